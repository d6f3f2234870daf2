package dev.zhengce.policy.examples;

import dev.zhengce.policy.calc.Application;
import dev.zhengce.policy.calc.Award;
import dev.zhengce.policy.calc.Divergence;
import dev.zhengce.policy.calc.Explainer;
import dev.zhengce.policy.calc.Inconsistency;
import dev.zhengce.policy.calc.Policy;
import dev.zhengce.policy.calc.Scorecard;
import dev.zhengce.policy.calc.Totals;
import dev.zhengce.policy.calc.WhatIf;
import dev.zhengce.policy.model.Ambiguity;
import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.Citation;
import dev.zhengce.policy.model.Cny;
import dev.zhengce.policy.model.Language;
import dev.zhengce.policy.model.Plan;
import dev.zhengce.policy.model.PolicyException;
import dev.zhengce.policy.model.Reading;
import dev.zhengce.policy.model.Readings;
import dev.zhengce.policy.model.Subsidy;
import dev.zhengce.policy.model.Task;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The main job: a tour of the notice in Chinese or English ({@code --lang zh|en}) — its four
 * plans and their tasks with the lead department; every money rule with a worked award for
 * each sample application and its steps; totals; an attainment scorecard over the sample
 * observations; the places where the notice contradicts itself; and the places where it can be
 * read two ways, with what each other reading changes. The samples are illustrative, not
 * official data, except the observations marked as real with their source.
 */
public final class Tour {
    /** The year the sample scorecard is as of. */
    public static final int AS_OF = 2018;

    private final Policy policy;
    private final Catalog catalog;
    private final Language language;
    private final PrintStream out;

    private Tour(Policy policy, Language language, PrintStream out) {
        this.policy = policy;
        this.catalog = policy.catalog();
        this.language = language;
        this.out = out;
    }

    /**
     * Runs the tour.
     *
     * @param args {@code --lang zh} (default) or {@code --lang en}
     */
    public static void main(String[] args) {
        Language language = Language.ZH;
        for (int i = 0; i < args.length; i++) {
            if ("--lang".equals(args[i])
                    && i + 1 < args.length
                    && List.of("zh", "en").contains(args[i + 1].toLowerCase(Locale.ROOT))) {
                language = Language.valueOf(args[++i].toUpperCase(Locale.ROOT));
            } else {
                System.err.println("usage: Tour [--lang zh|en]");
                System.exit(2);
            }
        }
        run(language, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    /**
     * Runs the tour of the Mengzhou notice over the shipped samples.
     *
     * @param language the language
     * @param out      where to print
     */
    public static void run(Language language, PrintStream out) {
        new Tour(Policy.mengzhou(), language, out).run();
    }

    private void run() {
        out.println(catalog.notice().number() + " " + catalog.notice().title().in(language));
        out.println(
                catalog.notice().issuer().in(language) + ", " + catalog.notice().date() + text("tour.itsPlansCover")
                        + catalog.notice().firstYear() + "–" + catalog.notice().lastYear());
        catalog.notice().validity().ifPresent(v -> {
            out.println("  " + v.unknown().in(language));
            v.endings()
                    .forEach(e -> out.println("  " + e.relation().in(language) + " " + e + " — "
                            + e.source().in(language)));
        });
        out.println(text("tour.sampleData"));
        plans();
        subsidies();
        scorecard();
        consistency();
        readings();
        out.println();
        out.println(text("tour.catalogVersion") + catalog.notice().version() + ", SHA-256 " + catalog.sha256());
    }

    private void plans() {
        heading(text("tour.plans"));
        for (Plan plan : catalog.plans()) {
            out.println("■ " + plan.title().in(language) + "  [" + plan.id() + "]");
            out.println("    " + plan.tasks().size() + text("tour.tasks")
                    + plan.targets().size() + text("tour.planLevelTargets"));
            for (Task task : plan.tasks()) {
                String lead = task.lead()
                        .map(id -> catalog.department(id).name().in(language))
                        .orElse("—");
                out.println("  " + (task.kind() == Task.Kind.KEY_TASK ? "▸ " : "▹ ")
                        + task.title().in(language) + "  (" + text("tour.lead") + ": " + lead + ")");
            }
        }
    }

    private void subsidies() {
        heading(text("tour.rules"));
        List<Application> samples = Samples.applications();
        for (Subsidy rule : catalog.subsidies()) {
            out.println();
            out.println("¥ " + rule.name().in(language) + "  [" + rule.id() + "]");
            out.println("  " + Explainer.of(language).explain(rule, catalog));
            out.println("  " + quote(rule.citation()));
            if (rule.kind() == Subsidy.Kind.SURCHARGE) {
                out.println("  " + text("tour.surcharge"));
                continue;
            }
            for (Application a : samples) {
                if (a.rule().equals(rule.id())) {
                    Award award = policy.subsidies().award(a);
                    out.println("  " + a.id() + " (" + a.recipient() + ") → " + status(award));
                    out.println("    " + award.explain(language).replace("\n", "\n    "));
                }
            }
        }
        Totals totals = Totals.of(catalog, policy.subsidies().awards(samples.stream()));
        out.println();
        out.println(text("tour.totalsOfTheSampleApplications") + Texts.totals(totals, language));
    }

    private void scorecard() {
        heading(text("tour.scorecard"));
        out.println(policy.attainment().scorecard(Samples.observations(), AS_OF).explain(language));
    }

    private void consistency() {
        List<Inconsistency> found = policy.inconsistencies();
        heading(text("tour.inconsistencies", found.size()));
        for (Inconsistency i : found) {
            out.println("• " + i.kind() + ": " + i.text().in(language));
            out.println(i.citations().stream()
                    .map(c -> "    " + quote(c))
                    .distinct()
                    .collect(Collectors.joining("\n")));
        }
    }

    /** Every ambiguity, its readings with their reasons, and what each alternative changes on the samples. */
    private void readings() {
        heading(text("tour.readings", catalog.ambiguities().size()));
        Scorecard asWritten = policy.attainment().scorecard(Samples.observations(), AS_OF);
        for (Ambiguity a : catalog.ambiguities()) {
            out.println();
            out.println("? " + a.question().in(language) + "  [" + a.id() + "]");
            out.println("    " + quote(a.citation()));
            out.println("  " + text("tour.theCatalogReads") + a.reading().id() + ": "
                    + a.reading().description().in(language) + " — "
                    + a.reading().reason().in(language));
            for (Reading r : a.alternatives()) {
                out.println("  " + text("tour.or") + r.id() + ": "
                        + r.description().in(language) + " — " + r.reason().in(language));
                Policy read = Policy.of(catalog.under(Readings.parse(a.id() + "=" + r.id())));
                Divergence d = Divergence.of(asWritten, read.attainment().scorecard(Samples.observations(), AS_OF));
                out.println("    " + text("tour.verdictsThatChange")
                        + (d.rows().isEmpty()
                                ? text("tour.none")
                                : d.rows().stream()
                                        .map(Divergence.Row::toString)
                                        .collect(Collectors.joining("; "))));
                WhatIf w = WhatIf.between(policy.subsidies(), read.subsidies());
                for (Application sample : Samples.applications()) {
                    if (a.elements().contains(sample.rule())) {
                        String after;
                        try {
                            after = status(w.alternative().award(sample));
                        } catch (PolicyException e) {
                            after = text("tour.cannotBeComputed") + e.getMessage();
                        }
                        out.println("    " + sample.id() + ": "
                                + status(w.baseline().award(sample)) + " → " + after);
                    }
                }
            }
        }
    }

    private String status(Award award) {
        String amount = award.amount().map(Cny::format).orElse(text("tour.amountUndetermined"));
        return award.status() + ", " + amount;
    }

    private void heading(String title) {
        out.println();
        out.println(title);
        out.println("=".repeat(Math.min(60, title.length() * 2)));
    }

    private static String quote(Citation c) {
        return "“" + c.sentence() + "”";
    }

    private String text(String key, Object... args) {
        return Texts.get(language, key, args);
    }
}
