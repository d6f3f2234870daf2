package dev.zhengce.policy.model;

/** The unit of a target's number, or of the level a reduction target observes. */
public enum Unit {
    /** A count: enterprises (家), workshops (个), people (人), robots (台). */
    COUNT,
    /** A percentage: {@code 18} means 18 %. */
    PERCENT,
    /** Percentage points: {@code 10} means 10 个百分点. */
    PERCENTAGE_POINTS,
    /** Yuan (元): {@code 4000000000} for 40亿元. */
    YUAN,
    /** Tonnes (吨), for emissions; the notice states no number, only the state's quota. */
    TONNE,
    /**
     * Tonnes of standard coal equivalent per 10,000 yuan (吨标准煤/万元): the level of energy use per
     * unit of industrial value added, roughly 0.3 to 2 for a county's industry.
     */
    TCE_PER_10K_YUAN,
    /** No number: qualitative goals. */
    NONE;

    /**
     * {@return the unit as written in that language: {@code 个百分点} or {@code percentage points}}
     *
     * @param language the language to write it in
     */
    public String symbol(Language language) {
        return symbol(language.locale());
    }

    /**
     * {@return the unit as written in a locale's language: {@code 个百分点} or {@code percentage points}}
     *
     * @param locale the locale to write it in
     */
    public String symbol(java.util.Locale locale) {
        return Messages.get(locale, "unit." + name());
    }
}
