package dev.zhengce.policy.examples;

import dev.zhengce.policy.calc.Totals;
import dev.zhengce.policy.model.Cny;
import dev.zhengce.policy.model.Language;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;

/** Text shared by the tour and the command-line tool: totals in Chinese or English. */
public final class Texts {
    private Texts() {
    }

    /**
     * Returns totals as text, one sum per line.
     *
     * @param totals   the totals
     * @param language the language
     * @return the text
     */
    public static String totals(Totals totals, Language language) {
        return totals(totals, language, Cny::format);
    }

    /**
     * Returns totals as text, one sum per line, each amount written by a format (such as in 万元).
     *
     * @param totals   the totals
     * @param language the language
     * @param amount   writes an amount in yuan
     * @return the text
     */
    public static String totals(Totals totals, Language language, Function<BigDecimal, String> amount) {
        boolean zh = language == Language.ZH;
        StringBuilder b = new StringBuilder();
        b.append(zh ? "可支付 " : "payable ").append(totals.payable())
                .append(zh ? "，不符合条件 " : ", not eligible ").append(totals.notEligible())
                .append(zh ? "，金额待定 " : ", undetermined ").append(totals.undetermined())
                .append(totals.repeats() == 0 ? "" : (zh ? "，重复提交（不再计入）" : ", repeats (not counted again) ")
                        + totals.repeats())
                .append(zh ? "；合计 " : "; total ").append(amount.apply(totals.total()));
        sums(b, zh ? "按规则" : "by rule", totals.byRule(), amount);
        sums(b, zh ? "按年度" : "by year", totals.byYear(), amount);
        sums(b, zh ? "按出资方" : "by payer", totals.byPayer(), amount);
        sums(b, zh ? "按牵头部门" : "by lead department", totals.byDepartment(), amount);
        return b.toString();
    }

    private static void sums(StringBuilder b, String title, Map<String, BigDecimal> sums,
            Function<BigDecimal, String> amount) {
        b.append("\n  ").append(title).append(':');
        int width = sums.keySet().stream().mapToInt(String::length).max().orElse(0);
        sums.forEach((k, v) -> b.append("\n    ").append(k).append(" ".repeat(width - k.length() + 2))
                .append(String.format(java.util.Locale.ROOT, "%20s", amount.apply(v))));
    }
}
