package dev.zhengce.policy.model;

import java.math.BigDecimal;

/**
 * Amounts of yuan in Chinese uppercase numerals (大写金额), as cheques, invoices and payment
 * documents write them: {@code 96万元} is 玖拾陆万元整, {@code 75,000.05 元} is 柒万伍仟元零伍分.
 *
 * <p>The rules are those of the People's Bank of China for filling in bills and settlement
 * vouchers (《正确填写票据和结算凭证的基本规定》, in the 支付结算办法):
 * <ul>
 *   <li>digits 零壹贰叁肆伍陆柒捌玖, places 拾佰仟, groups 万 and 亿, then 元, 角, 分; every
 *       digit is written with its place, so ten is 壹拾 (壹拾万元整), never 拾;</li>
 *   <li>整 after 元 when the amount has no 角 and no 分, and only then: 壹佰元整, but
 *       壹佰元伍角 (the rules let 整 follow 角; it is not written here) and 壹佰元伍角伍分;</li>
 *   <li>one 零 for a run of zeros between two digits, however long: 陆仟零柒元壹角肆分
 *       (6,007.14), 壹亿零壹万元整 (100,010,000);</li>
 *   <li>零 after 元 when there is no 角 but a 分: 壹万陆仟肆佰零玖元零贰分 (16,409.02);</li>
 *   <li>where the rules leave 零 to the writer (a zero at the 万 or 元 place before a digit at
 *       the 仟 or 角 place), it is left out, as the amount is read aloud: 壹拾万柒仟元伍角叁分
 *       (107,000.53), 壹仟陆佰捌拾元叁角贰分 (1,680.32), 壹拾亿柒仟万元整 (1,070,000,000); so
 *       zeros at the end of a group before a full group are not written, while a group that
 *       starts with zeros is preceded by 零: 壹万零伍佰元整 (10,500);</li>
 *   <li>above 亿, the number of 亿 is written the same way, up to 玖仟玖佰玖拾玖万…亿 (兆 is not
 *       used on payment documents): 壹万亿元整 is 10<sup>12</sup> 元;</li>
 *   <li>zero is 零元整; an amount below one yuan has no 元: 伍角, 伍分, 伍角伍分.</li>
 * </ul>
 *
 * <p>Every amount the SDK accepts can be written, up to {@linkplain Cny#LIMIT 10<sup>15</sup> 元}
 * exclusive (玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分). Amounts the SDK refuses
 * are refused here for the same reasons: negative amounts (a payment document has none),
 * fractions of a fen (round first, with {@link Cny#roundToFen(BigDecimal)}), and amounts of
 * 10<sup>15</sup> 元 or more. The text carries no currency name: a document prints 人民币 before it.
 */
public final class ChineseAmount {
    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    /** The places within a group of four digits; the ones place has none. */
    private static final String PLACES = " 拾佰仟";

    private static final long WAN = 10_000L;
    private static final long YI = 100_000_000L;

    private ChineseAmount() {}

    /**
     * Writes an amount of yuan in Chinese uppercase numerals, such as 壹仟万元整 for
     * {@code 10000000}.
     *
     * @param yuan the amount in yuan, not negative, at most two decimals, below
     *             {@link Cny#LIMIT}
     * @return the amount in words, from the highest digit to 整 or the last 角 or 分
     * @throws InvalidInputException naming the field {@code amount} if the amount is negative,
     *                               finer than a fen or too large
     */
    public static String write(BigDecimal yuan) {
        BigDecimal checked = Cny.yuan("amount", yuan);
        long fen = checked.movePointRight(Cny.SCALE).longValueExact();
        long whole = fen / 100;
        int jiao = (int) (fen / 10 % 10);
        int fenDigit = (int) (fen % 10);
        StringBuilder b = new StringBuilder(48);
        if (whole > 0) {
            belowWanYi(b, whole);
            b.append('元');
        }
        if (jiao == 0 && fenDigit == 0) {
            return (whole == 0 ? b.append("零元") : b).append('整').toString();
        }
        if (jiao > 0) {
            b.append(DIGITS.charAt(jiao)).append('角');
        } else if (whole > 0) {
            b.append('零');
        }
        if (fenDigit > 0) {
            b.append(DIGITS.charAt(fenDigit)).append('分');
        }
        return b.toString();
    }

    /** Writes 0 < n < 10^16: the number of 亿, 亿, then the rest, with 零 if the rest starts below 仟万. */
    private static void belowWanYi(StringBuilder b, long n) {
        long high = n / YI;
        long low = n % YI;
        if (high > 0) {
            belowYi(b, high);
            b.append('亿');
            if (low > 0 && low < YI / 10) {
                b.append('零');
            }
        }
        belowYi(b, low);
    }

    /** Writes 0 ≤ n < 10^8 (nothing for 0): the number of 万, 万, then the rest, with 零 if the rest starts below 仟. */
    private static void belowYi(StringBuilder b, long n) {
        long high = n / WAN;
        long low = n % WAN;
        if (high > 0) {
            belowWan(b, (int) high);
            b.append('万');
            if (low > 0 && low < WAN / 10) {
                b.append('零');
            }
        }
        belowWan(b, (int) low);
    }

    /** Writes 0 ≤ n < 10^4 (nothing for 0) from its first digit, one 零 for zeros between digits, none after the last. */
    private static void belowWan(StringBuilder b, int n) {
        boolean started = false;
        boolean zeros = false;
        for (int place = 3, power = 1000; place >= 0; place--, power /= 10) {
            int digit = n / power % 10;
            if (digit == 0) {
                zeros = started;
            } else {
                if (zeros) {
                    b.append('零');
                    zeros = false;
                }
                started = true;
                b.append(DIGITS.charAt(digit));
                if (place > 0) {
                    b.append(PLACES.charAt(place));
                }
            }
        }
    }
}
