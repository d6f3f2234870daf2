package dev.zhengce.policy.calc;

import dev.zhengce.policy.model.Bilingual;
import dev.zhengce.policy.model.Citation;
import dev.zhengce.policy.model.Condition;
import dev.zhengce.policy.model.Cny;
import java.math.BigDecimal;
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
        /** A one-time award was already given to this recipient. */
        ALREADY_AWARDED,
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

    private Finding(Kind kind, String subject, Condition condition, BigDecimal actual, Citation citation) {
        this(kind, subject, condition, actual, citation, 0, 0, 0);
    }

    private Finding(Kind kind, String subject, Condition condition, BigDecimal actual, Citation citation, int year,
            int first, int last) {
        this.kind = kind;
        this.subject = subject;
        this.condition = condition;
        this.actual = actual;
        this.citation = citation;
        this.year = year;
        this.first = first;
        this.last = last;
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
        return new Finding(Kind.OUTSIDE_WINDOW, null, null, null, citation, year, first, first + years - 1);
    }

    static Finding alreadyAwarded(String applicant, Citation citation) {
        return new Finding(Kind.ALREADY_AWARDED, applicant, null, null, citation);
    }

    /** Returns the kind. */
    public Kind kind() {
        return kind;
    }

    /** Returns what it is about: a fact id, a parameter, a year range or a recipient. */
    public String subject() {
        return subject != null ? subject : year + " ∉ " + first + "–" + last;
    }

    /** Returns the source sentence behind it. */
    public Optional<Citation> citation() {
        return Optional.ofNullable(citation);
    }

    /** Returns the finding in Chinese and English. */
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
                return Bilingual.of("一次性奖励已发放给 " + subject(), "one-time award already given to " + subject());
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
