package dev.zhengce.policy.examples;

import dev.zhengce.policy.calc.Totals;
import dev.zhengce.policy.model.Cny;
import dev.zhengce.policy.model.Language;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The texts of this module (the tour, the command-line tool, the chart, the ledger), in its
 * resource bundle {@code dev.zhengce.policy.examples.messages} ({@code messages_zh_CN.properties},
 * {@code messages_en.properties}, UTF-8), chosen by a {@link Locale}; and totals as text. The
 * bundle sits in the module's own package and is loaded by this class, as a named module's
 * bundles must be.
 */
public final class Texts {
    private static final String BUNDLE = "dev.zhengce.policy.examples.messages";

    private Texts() {}

    /**
     * Returns a text of this module in a language, its arguments filled in (MessageFormat; numbers
     * are written as they are, not grouped).
     *
     * @param language the language
     * @param key      the key
     * @param args     the arguments
     * @return the text
     */
    public static String get(Language language, String key, Object... args) {
        return get(language.locale(), key, args);
    }

    /**
     * Returns a text of this module in a locale's language (Chinese for a Chinese locale,
     * English for any other), its arguments filled in.
     *
     * @param locale the locale
     * @param key    the key
     * @param args   the arguments
     * @return the text
     */
    public static String get(Locale locale, String key, Object... args) {
        Locale l = Language.of(locale).locale();
        Object[] written = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            written[i] = args[i] instanceof Number ? args[i].toString() : args[i];
        }
        return new MessageFormat(ResourceBundle.getBundle(BUNDLE, l).getString(key), l).format(written);
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
        StringBuilder b = new StringBuilder();
        b.append(get(language, "totals.counts", totals.payable(), totals.notEligible(), totals.undetermined()))
                .append(totals.repeats() == 0 ? "" : get(language, "totals.repeats", totals.repeats()))
                .append(get(language, "totals.total", amount.apply(totals.total())));
        sums(b, get(language, "subsidy.byRule"), totals.byRule(), amount);
        sums(b, get(language, "subsidy.byYear"), totals.byYear(), amount);
        sums(b, get(language, "subsidy.byPayer"), totals.byPayer(), amount);
        sums(b, get(language, "subsidy.byLeadDepartment"), totals.byDepartment(), amount);
        return b.toString();
    }

    private static void sums(
            StringBuilder b, String title, Map<String, BigDecimal> sums, Function<BigDecimal, String> amount) {
        b.append("\n  ").append(title).append(':');
        int width = sums.keySet().stream().mapToInt(String::length).max().orElse(0);
        sums.forEach((k, v) -> b.append("\n    ")
                .append(k)
                .append(" ".repeat(width - k.length() + 2))
                .append(String.format(java.util.Locale.ROOT, "%20s", amount.apply(v))));
    }
}
