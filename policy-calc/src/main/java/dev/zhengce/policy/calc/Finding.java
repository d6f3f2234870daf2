package dev.zhengce.policy.calc;

import dev.zhengce.policy.model.Bilingual;
import dev.zhengce.policy.model.Citation;
import dev.zhengce.policy.model.Condition;
import dev.zhengce.policy.model.Cny;
import dev.zhengce.policy.model.Language;
import dev.zhengce.policy.model.Subsidy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Why an award is not payable, or cannot be determined: an unmet condition, a year outside the
 * support window, a one-time award already given, or a number or fact the caller must supply.
 */
public final class Finding {
    /** The kinds of finding. */
    public enum Kind {
        /** An eligibility condition does not hold: not eligible. */
        CONDITION_NOT_MET,
        /** The year is outside the rule's support window: nothing is paid for it. */
        OUTSIDE_WINDOW,
        /** A one-time award was already given to this recipient (for this honour, where per honour). */
        ALREADY_AWARDED,
        /** Earlier awards of the same recipient and year used the whole yearly cap. */
        CAP_EXHAUSTED,
        /** The recipient was already granted under another status of the same programme that year. */
        OTHER_STATUS_THAT_YEAR,
        /**
         * The notice does not let the amount be computed for this application: a year beyond its
         * years that the caller has not confirmed, an amendment within the year, terms set by
         * another document, support of a form not stated ({@link Caveat}): undetermined.
         */
        CAVEAT,
        /** The notice leaves a number open and the caller did not supply it: undetermined. */
        MISSING_PARAMETER,
        /** A fact a condition needs is missing: undetermined. */
        MISSING_FACT
    }

    private final Kind kind;
    /** What it is about; {@code null} for a year outside the window, written from the years when asked. */
    private final String subject;
    private final Condition condition;
    private final BigDecimal actual;
    private final Citation citation;
    private final int year;
    private final int first;
    private final int last;
    /** The text, written when made, of the findings about earlier grants. */
    private final Bilingual text;

    private Finding(Kind kind, String subject, Condition condition, BigDecimal actual, Citation citation) {
        this(kind, subject, condition, actual, citation, 0, 0, 0, null);
    }

    private Finding(Kind kind, String subject, Condition condition, BigDecimal actual, Citation citation, int year,
            int first, int last, Bilingual text) {
        this.kind = kind;
        this.subject = subject;
        this.condition = condition;
        this.actual = actual;
        this.citation = citation;
        this.year = year;
        this.first = first;
        this.last = last;
        this.text = text;
    }

    static Finding conditionNotMet(Condition condition, BigDecimal actual) {
        return new Finding(Kind.CONDITION_NOT_MET, condition.fact(), condition, actual, condition.citation());
    }

    static Finding missingFact(Condition condition) {
        return new Finding(Kind.MISSING_FACT, condition.fact(), condition, null, condition.citation());
    }

    static Finding missingParameter(String parameter, String wording, Citation citation) {
        return new Finding(Kind.MISSING_PARAMETER, parameter + " (" + wording + ")", null, null, citation);
    }

    static Finding outsideWindow(int year, int first, int years, Citation citation) {
        return new Finding(Kind.OUTSIDE_WINDOW, null, null, null, citation, year, first, first + years - 1, null);
    }

    static Finding alreadyAwarded(String recipient, String honour, List<Grant> earlier, Citation citation) {
        String what = honour == null ? "" : "（" + honour + "）";
        String whatEn = honour == null ? "" : " for " + honour;
        return new Finding(Kind.ALREADY_AWARDED, recipient, null, null, citation, 0, 0, 0, Bilingual.of(
                "一次性奖励" + what + "已发放给 " + recipient + "：" + list(earlier, Language.ZH),
                "one-time award" + whatEn + " already given to " + recipient + ": " + list(earlier, Language.EN)));
    }

    static Finding caveat(Caveat caveat) {
        return new Finding(Kind.CAVEAT, caveat.kind().name(), null, null, caveat.citation().orElse(null), 0, 0, 0,
                caveat.text());
    }

    static Finding capExhausted(Subsidy rule, BigDecimal cap, List<Grant> earlier, BigDecimal remaining) {
        Bilingual used = capUse(rule, cap, earlier, remaining);
        return new Finding(Kind.CAP_EXHAUSTED, earlier.get(0).recipient(), null, null, rule.citation(), 0, 0, 0,
                Bilingual.of(used.zh() + "：不再补助", used.en() + ": nothing more is paid"));
    }

    static Finding otherStatus(String recipient, int year, List<Grant> earlier, Citation citation) {
        Grant first = earlier.get(0);
        return new Finding(Kind.OTHER_STATUS_THAT_YEAR, recipient, null, null, citation, 0, 0, 0, Bilingual.of(
                recipient + " " + year + "年已按 " + first.rule() + " 获得补助（" + list(earlier, Language.ZH)
                        + "）：同一单位同一年度只按一种身份补助",
                recipient + " was granted under " + first.rule() + " in " + year + " (" + list(earlier, Language.EN)
                        + "): one unit, one year, one status"));
    }

    /**
     * Returns how earlier grants used a yearly cap: the cap, each earlier award with its amount,
     * and what remains.
     */
    static Bilingual capUse(Subsidy rule, BigDecimal cap, List<Grant> earlier, BigDecimal remaining) {
        String capText = Cny.format(cap);
        String left = Cny.format(remaining.max(Shares.ZERO));
        return Bilingual.of(
                "年度上限 " + capText + " 已由 " + list(earlier, Language.ZH) + " 使用，剩余 " + left,
                "the yearly cap of " + capText + " was used by " + list(earlier, Language.EN) + "; " + left + " remains");
    }

    private static String list(List<Grant> grants, Language language) {
        StringBuilder b = new StringBuilder();
        for (Grant g : grants) {
            if (!g.counts()) {
                continue;
            }
            if (b.length() > 0) {
                b.append(language == Language.ZH ? "、" : ", ");
            }
            b.append(g.application()).append(language == Language.ZH ? "（" : " (").append(Cny.format(g.amount()))
                    .append(language == Language.ZH ? "）" : ")");
        }
        return b.toString();
    }

    /** {@return the kind} */
    public Kind kind() {
        return kind;
    }

    /** {@return what it is about: a fact id, a parameter, a year range or a recipient} */
    public String subject() {
        return subject != null ? subject : year + " ∉ " + first + "–" + last;
    }

    /** {@return the source sentence behind it} */
    public Optional<Citation> citation() {
        return Optional.ofNullable(citation);
    }

    /** {@return the finding in Chinese and English} */
    public Bilingual text() {
        switch (kind) {
            case CONDITION_NOT_MET:
                String c = condition + " — " + Cny.format(actual);
                return Bilingual.of("条件未满足：" + c, "condition not met: " + c);
            case MISSING_FACT:
                return Bilingual.of("缺少事实 " + subject() + "，无法判断条件 " + condition,
                        "missing fact " + subject() + ": cannot decide " + condition);
            case MISSING_PARAMETER:
                return Bilingual.of("文件未规定 " + subject() + "，需由调用方提供：无法确定金额",
                        "the notice leaves " + subject() + " to local decision; the caller must supply it: undetermined");
            case OUTSIDE_WINDOW:
                return Bilingual.of("不在支持期内：" + subject(), "outside the support window: " + subject());
            case ALREADY_AWARDED:
            case CAP_EXHAUSTED:
            case OTHER_STATUS_THAT_YEAR:
            case CAVEAT:
                return text;
            default:
                throw new IllegalStateException(kind.name());
        }
    }

    /** Returns the Chinese and English text. */
    @Override
    public String toString() {
        return text().toString();
    }
}
