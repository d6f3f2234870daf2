package dev.zhengce.policy.calc;

import dev.zhengce.policy.model.Bilingual;
import dev.zhengce.policy.model.Language;
import dev.zhengce.policy.model.Subsidy;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.BiConsumer;

/**
 * Writes the calculators' results in one language: awards with their steps and findings,
 * attainments, scorecards, divergences and matches. The results hold data only (amounts, ids,
 * verdicts, the names the catalog gives); the words are this module's resource bundle,
 * {@code dev.zhengce.policy.calc.messages}, in Chinese ({@code zh_CN}) and English
 * ({@code en}), chosen by a {@link Locale}.
 *
 * <p>One verb shows a result in a language: {@code explain}, here and on the results
 * themselves ({@link Award#explain(Language)} is {@code Explainer.of(language).explain(award)}).
 * An explainer is immutable and safe to share between threads.
 */
public final class Explainer {
    private static final String BUNDLE = "dev.zhengce.policy.calc.messages";
    private static final Explainer ZH = new Explainer(Language.ZH);
    private static final Explainer EN = new Explainer(Language.EN);

    private final Language language;
    /** Every pattern of the bundle, compiled once. */
    private final Map<String, Template> templates;
    /** {@link #write(StringBuilder, Object)}, for the templates. */
    private final BiConsumer<StringBuilder, Object> writer = this::write;

    private Explainer(Language language) {
        this.language = language;
        // the bundle is in this module's own package, loaded by this module, as a named module's must be
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale());
        Map<String, Template> compiled = new HashMap<>();
        for (String key : bundle.keySet()) {
            compiled.put(key, Template.compile(bundle.getString(key)));
        }
        this.templates = Map.copyOf(compiled);
    }

    /**
     * Obtains the explainer of a locale's language: Chinese for a Chinese locale, English for
     * any other.
     *
     * @param locale the locale
     * @return the explainer
     */
    public static Explainer of(Locale locale) {
        return of(Language.of(locale));
    }

    /**
     * Obtains the explainer of a language.
     *
     * @param language the language
     * @return the explainer
     */
    public static Explainer of(Language language) {
        switch (Objects.requireNonNull(language, "language")) {
            case ZH:
                return ZH;
            default:
                return EN;
        }
    }

    /** {@return the locale the texts are written for: {@code zh_CN} or {@code en}} */
    public Locale locale() {
        return language.locale();
    }

    /**
     * Writes an award's explanation: the rule, then its steps numbered, one per line.
     *
     * @param award the award
     * @return the text
     */
    public String explain(Award award) {
        StringBuilder b = new StringBuilder();
        List<Step> steps = award.steps();
        for (int i = 0; i < steps.size(); i++) {
            b.append(i == 0 ? "" : "\n  " + i + ". ").append(explain(steps.get(i)));
        }
        return b.toString();
    }

    /**
     * Writes one step of a calculation.
     *
     * @param step the step
     * @return the text
     */
    public String explain(Step step) {
        return write(step.text);
    }

    /**
     * Writes why an award is not payable or undetermined.
     *
     * @param finding the finding
     * @return the text
     */
    public String explain(Finding finding) {
        return write(finding.words());
    }

    /**
     * Writes why an award is not payable or undetermined at the end of a builder, as
     * {@link #explain(Finding)} writes it: for many findings in a row, such as a file's
     * thousands, without a string of each.
     *
     * @param finding the finding
     * @param to      the builder
     * @return the builder
     */
    public StringBuilder explain(Finding finding, StringBuilder to) {
        write(to, finding.words());
        return to;
    }

    /**
     * Writes an attainment on one line: the target, its verdict, the figures, the reason.
     *
     * @param attainment the attainment
     * @return the line
     */
    public String explain(Attainment attainment) {
        StringBuilder b = new StringBuilder(attainment.target().id()).append("  ");
        String verdict = attainment.verdict().name();
        b.append(attainment.aspirational() ? text("attainment.aspirational", verdict) : verdict);
        attainment.observed().ifPresent(o -> b.append("  ").append(text("attainment.observed", plain(o))));
        attainment.expected().ifPresent(e -> b.append("  ").append(text("attainment.expected", plain(e))));
        attainment.ratio().ifPresent(r -> b.append("  ").append(text("attainment.ratio", r.toPlainString())));
        attainment.gap().ifPresent(g -> b.append("  ").append(text("attainment.gap", plain(g))));
        return b.append("  — ").append(write(attainment.words())).toString();
    }

    /**
     * Writes a scorecard: the summary, then by plan, then every target.
     *
     * @param scorecard the scorecard
     * @return the text
     */
    public String explain(Scorecard scorecard) {
        StringBuilder b = new StringBuilder(text("scorecard.title", scorecard.asOf()))
                .append("\n  ")
                .append(text("scorecard.overall", scorecard.overall()));
        scorecard
                .byPlan()
                .forEach((plan, tally) ->
                        b.append("\n  ").append(plan).append(": ").append(tally));
        String plan = null;
        for (Attainment a : scorecard.attainments()) {
            String of = scorecard.planOf(a);
            if (!of.equals(plan)) {
                plan = of;
                b.append("\n■ ").append(plan);
            }
            b.append("\n    ").append(explain(a));
        }
        return b.toString();
    }

    /**
     * Writes the targets whose verdict differs between two readings, side by side: both
     * verdicts and reasons, the sentence and the reading's reason.
     *
     * @param divergence the divergence
     * @return the text
     */
    public String explain(Divergence divergence) {
        String before = readings(divergence.baselineReadings());
        String after = readings(divergence.alternativeReadings());
        StringBuilder b = new StringBuilder(text(
                "divergence.title",
                before,
                after,
                divergence.asOf(),
                divergence.rows().size()));
        for (Divergence.Row r : divergence.rows()) {
            b.append("\n  ")
                    .append(r.alternative().target().id())
                    .append("  ")
                    .append(r.baseline().verdict())
                    .append(" → ")
                    .append(r.alternative().verdict())
                    .append("\n      [")
                    .append(before)
                    .append("] ")
                    .append(write(r.baseline().words()))
                    .append("\n      [")
                    .append(after)
                    .append("] ")
                    .append(write(r.alternative().words()))
                    .append("\n      ")
                    .append(r.citation());
            r.reading()
                    .ifPresent(x -> b.append("\n      ")
                            .append(r.ambiguity().orElseThrow().id())
                            .append('=')
                            .append(x.id())
                            .append(": ")
                            .append(x.reason().in(language)));
        }
        return b.toString();
    }

    /**
     * Writes why a rule does or may not fit an enterprise: each unmet condition, then each
     * missing fact or number, with the names the catalog gives; empty when it qualifies.
     *
     * @param match the match
     * @return the reasons, separated as the language separates clauses
     */
    public String explain(Match match) {
        StringBuilder b = new StringBuilder();
        String separator = text("match.separator");
        for (Object u : match.unmetWords()) {
            b.append(b.length() == 0 ? "" : separator).append(text("match.unmet", u));
        }
        for (Object m : match.missingWords()) {
            b.append(b.length() == 0 ? "" : separator).append(text("match.missing", m));
        }
        return b.toString();
    }

    /**
     * Writes a rule in one line: its id and name, its kind, its rate or amount over the names of
     * its cost categories, its cap and what the cap is counted over, its conditions.
     *
     * @param rule    the rule
     * @param catalog the catalog the rule is from, whose names the line uses
     * @return the line, such as {@code robot-subsidy：“机器换人”补贴 — 按比例补助，比例或金额由地方确定（一定比例）…}
     */
    public String explain(Subsidy rule, dev.zhengce.policy.model.Catalog catalog) {
        StringBuilder b = new StringBuilder(
                text("rule.summary", rule.id(), rule.name(), rule.kind().displayName(language.locale())));
        rule.rate()
                .ifPresent(r -> b.append(text(
                        "rule.rate", r.movePointRight(2).stripTrailingZeros().toPlainString() + "%")));
        rule.localParameters().forEach(p -> b.append(text("rule.local", p.wording())));
        if (!rule.basis().isEmpty()) {
            b.append(text(
                    "rule.basis",
                    new Text.Joined(
                            "list.plus",
                            rule.basis().stream().map(catalog::name).collect(java.util.stream.Collectors.toList()))));
        }
        rule.amount()
                .ifPresent(a -> b.append(text(
                        "rule.amount",
                        dev.zhengce.policy.model.Cny.format(
                                a.getNumber().numberValueExact(java.math.BigDecimal.class)))));
        rule.cap()
                .ifPresent(c -> b.append(text(
                        "rule.cap",
                        dev.zhengce.policy.model.Cny.format(c.getNumber().numberValueExact(java.math.BigDecimal.class)),
                        rule.capPeriod().orElseThrow())));
        rule.conditions()
                .forEach(c -> b.append(text(
                        "rule.condition",
                        catalog.name(c.fact()),
                        c.comparison().symbol(),
                        dev.zhengce.policy.model.Cny.format(c.yuan()))));
        if (rule.oneTime()) {
            b.append(text("rule.once"));
        }
        return b.toString();
    }

    private String readings(dev.zhengce.policy.model.Readings readings) {
        return readings.isEmpty() ? text("divergence.catalogReadings") : readings.toString();
    }

    private static String plain(java.math.BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** Writes a key of the bundle with its arguments. */
    String text(String key, Object... args) {
        Template template = template(key);
        if (args.length == 0) {
            // nothing to write: a text without arguments is its pattern's one literal
            return template.format(args);
        }
        StringBuilder b = new StringBuilder(64);
        template.appendTo(b, args, writer);
        return b.toString();
    }

    /** Writes a key of the bundle with its arguments at the end of a builder. */
    private void text(StringBuilder b, String key, Object[] args) {
        template(key).appendTo(b, args, writer);
    }

    private Template template(String key) {
        Template template = templates.get(key);
        if (template == null) {
            throw new MissingResourceException("no text " + key + " in " + BUNDLE, BUNDLE, key);
        }
        return template;
    }

    /** Writes an argument: a text, a list, a name in both languages, or a plain value as it is. */
    String write(Object arg) {
        if (arg instanceof String) {
            return (String) arg;
        }
        StringBuilder b = new StringBuilder(64);
        write(b, arg);
        return b.toString();
    }

    /** Writes an argument at the end of a builder, as {@link #write(Object)} writes it. */
    private void write(StringBuilder b, Object arg) {
        if (arg instanceof String) {
            b.append((String) arg);
        } else if (arg instanceof Text) {
            Text t = (Text) arg;
            text(b, t.key(), t.args());
        } else if (arg instanceof Text.Joined) {
            Text.Joined j = (Text.Joined) arg;
            String separator = text(j.separatorKey());
            // a separator between parts, after the first that wrote something
            int start = b.length();
            for (Object part : j.parts()) {
                if (b.length() > start) {
                    b.append(separator);
                }
                write(b, part);
            }
        } else if (arg instanceof Bilingual) {
            b.append(((Bilingual) arg).in(language));
        } else if (arg instanceof dev.zhengce.policy.model.Unit) {
            b.append(((dev.zhengce.policy.model.Unit) arg).symbol(language.locale()));
        } else if (arg instanceof Subsidy.CapPeriod) {
            b.append(((Subsidy.CapPeriod) arg).displayName(language.locale()));
        } else {
            // numbers as they are: MessageFormat would group a year as 2,017
            b.append(String.valueOf(arg));
        }
    }
}
