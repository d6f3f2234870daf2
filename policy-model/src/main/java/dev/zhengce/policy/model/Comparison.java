package dev.zhengce.policy.model;

/**
 * How a target's number is to be read, from the Chinese legal wording ({@code docs/reading.md}; Civil
 * Code art. 1259: 以上, 以下, 以内 include the number, 超过, 不满 exclude it).
 */
public enum Comparison {
    /** 以上, 不低于, 达到: at least the value (≥). */
    AT_LEAST("≥", "以上 / 不低于 / 达到", "at least"),
    /** 超过, 突破, 高于: more than the value (&gt;). */
    MORE_THAN(">", "超过 / 突破 / 高于", "more than"),
    /** 以下, 不超过, 最高不超过, 以内: at most the value (≤). */
    AT_MOST("≤", "以下 / 不超过 / 以内", "at most"),
    /** 不满, 低于: less than the value (&lt;). */
    LESS_THAN("<", "不满 / 低于", "less than"),
    /** A至B: between the value and the upper value, both included. */
    BETWEEN("[a, b]", "A至B", "between, both ends included"),
    /** 左右: about the value, within a tolerance the analyst states. */
    ABOUT("≈", "左右", "about (needs a stated tolerance)"),
    /** 比Y年降低X%: a reduction of at least the value (percent) against the baseline year. */
    REDUCTION("↓", "比基准年降低", "reduction against a baseline year of at least"),
    /** 由A提高到B以上: from the baseline value to at least the value. */
    FROM_TO("→", "由A提高到B以上", "from the baseline to at least"),
    /** 控制在国家下达的目标范围内: within a quota assigned from above, not stated in the text. */
    WITHIN_QUOTA("≤ quota", "控制在下达的目标范围内", "within the assigned quota"),
    /** 基本实现全覆盖: basically full coverage, near 100 %, needing a stated threshold. */
    FULL_COVERAGE("≈100%", "基本实现全覆盖", "basically full coverage (needs a stated threshold)"),
    /** 明显提高, 居全省前列: a qualitative goal that needs a judgement. */
    QUALITATIVE("?", "定性目标", "qualitative (needs a judgement)");

    private final String symbol;
    private final String zh;
    private final String en;

    Comparison(String symbol, String zh, String en) {
        this.symbol = symbol;
        this.zh = zh;
        this.en = en;
    }

    /** {@return a short symbol, such as {@code ≥}} */
    public String symbol() {
        return symbol;
    }

    /** {@return the Chinese wording and its English meaning} */
    public Bilingual wording() {
        return Bilingual.of(zh, en);
    }

    /** {@return whether a target with this comparison states a number ({@code value})} */
    public boolean hasValue() {
        return this != WITHIN_QUOTA && this != FULL_COVERAGE && this != QUALITATIVE;
    }

    /** {@return whether this is one of the four plain order relations ≥, &gt;, ≤, &lt;} */
    public boolean isOrder() {
        return this == AT_LEAST || this == MORE_THAN || this == AT_MOST || this == LESS_THAN;
    }
}
