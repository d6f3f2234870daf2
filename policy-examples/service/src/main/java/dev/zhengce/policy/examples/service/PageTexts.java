package dev.zhengce.policy.examples.service;

import dev.zhengce.policy.calc.Attainment;
import dev.zhengce.policy.calc.Award;
import dev.zhengce.policy.calc.Inconsistency;
import dev.zhengce.policy.calc.Step;
import dev.zhengce.policy.examples.chart.ScorecardChart;
import dev.zhengce.policy.model.Bilingual;
import dev.zhengce.policy.model.ChineseAmount;
import dev.zhengce.policy.model.Cny;
import dev.zhengce.policy.model.Language;
import dev.zhengce.policy.model.Target;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The SDK's own texts as the pages show them, the same the command-line tool prints: every call
 * of the SDK's text methods ({@code in(Language)}, {@code explain(Language)}, {@code line(Language)},
 * the chart's verdict names, the amounts in figures and in 大写) is here, so that moving those
 * texts into resource bundles changes this class only. The pages' own labels are in the bundle
 * {@code web/pages} ({@code pages_zh.properties}, {@code pages_en.properties}).
 *
 * <p>Templates reach it as {@code ${t}}, one instance per request, bound to the page's language.
 */
public final class PageTexts {
    private final Language language;

    private PageTexts(Language language) {
        this.language = language;
    }

    /**
     * Obtains the texts of a language.
     *
     * @param language the language
     * @return the texts
     */
    public static PageTexts of(Language language) {
        return new PageTexts(language);
    }

    /**
     * Returns the language of the {@code lang} parameter: Chinese unless it is {@code en}.
     *
     * @param lang the parameter, or {@code null}
     * @return the language
     */
    public static Language language(String lang) {
        return "en".equalsIgnoreCase(lang) ? Language.EN : Language.ZH;
    }

    /**
     * Returns the locale of a language, for the pages' own labels.
     *
     * @param language the language
     * @return {@code zh_CN} or {@code en}
     */
    public static Locale locale(Language language) {
        return language.locale();
    }

    /** {@return the language} */
    public Language language() {
        return language;
    }

    /** {@return {@code zh} or {@code en}, as the {@code lang} parameter and the HTML attribute write it} */
    public String code() {
        return language.locale().getLanguage();
    }

    /**
     * Returns a bilingual text in the page's language.
     *
     * @param text the text
     * @return the text
     */
    public String of(Bilingual text) {
        return text.in(language);
    }

    /**
     * Returns a step of an award's computation.
     *
     * @param step the step
     * @return the step's text
     */
    public String step(Step step) {
        return step.explain(language);
    }

    /**
     * Returns an award's explanation, as {@code zhengce subsidy} prints it.
     *
     * @param award the award
     * @return the explanation
     */
    public String explain(Award award) {
        return award.explain(language);
    }

    /**
     * Returns an attainment's line, as {@code zhengce attainment} prints it.
     *
     * @param attainment the attainment
     * @return the line
     */
    public String line(Attainment attainment) {
        return attainment.explain(language);
    }

    /**
     * Returns the name of an attainment verdict, as the scorecard chart writes it.
     *
     * @param verdict the verdict
     * @return the name, such as 已完成
     */
    public String verdict(Attainment.Verdict verdict) {
        return ScorecardChart.verdict(verdict, language);
    }

    /**
     * Returns a contradiction the checker found.
     *
     * @param inconsistency the contradiction
     * @return its text
     */
    public String inconsistency(Inconsistency inconsistency) {
        return inconsistency.text().in(language);
    }

    /**
     * Returns an amount in figures, as the SDK formats yuan.
     *
     * @param yuan the amount
     * @return such as {@code 240,000.00 元}
     */
    public String yuan(BigDecimal yuan) {
        return Cny.format(yuan);
    }

    /**
     * Returns an amount in Chinese uppercase numerals (大写), as on a cheque.
     *
     * @param yuan the amount
     * @return such as 贰拾肆万元整
     */
    public String capitals(BigDecimal yuan) {
        return ChineseAmount.write(yuan);
    }

    /**
     * Returns a target's figure: the comparison, the value (a range's ends) and the unit.
     *
     * @param target the target
     * @return such as {@code > 15个}
     */
    public String figure(Target target) {
        return target.figure(language.locale());
    }
}
