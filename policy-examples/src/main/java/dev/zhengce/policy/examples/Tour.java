package dev.zhengce.policy.examples;

import dev.zhengce.policy.calc.Application;
import dev.zhengce.policy.calc.Award;
import dev.zhengce.policy.calc.Inconsistency;
import dev.zhengce.policy.calc.Divergence;
import dev.zhengce.policy.calc.Policy;
import dev.zhengce.policy.calc.Scorecard;
import dev.zhengce.policy.calc.WhatIf;
import dev.zhengce.policy.calc.Totals;
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
            if ("--lang".equals(args[i]) && i + 1 < args.length
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
        out.println(catalog.notice().issuer().in(language) + ", " + catalog.notice().date()
                + label("，方案覆盖 ", ", its plans cover ") + catalog.notice().firstYear() + "–" + catalog.notice().lastYear());
        catalog.notice().validity().ifPresent(v -> {
            out.println("  " + v.unknown().in(language));
            v.endings().forEach(e -> out.println("  " + e.relation().in(language) + " " + e + " — " + e.source().in(language)));
        });
        out.println(label("（示例数据除注明“real figure”并给出来源者外均为虚构，仅作演示，并非官方数据。）",
                "(The sample data are illustrative, not official figures, except those marked “real figure” with their source.)"));
        plans();
        subsidies();
        scorecard();
        consistency();
        readings();
        out.println();
        out.println(label("目录版本 ", "catalog version ") + catalog.notice().version() + ", SHA-256 " + catalog.sha256());
    }

    private void plans() {
        heading(label("一、四个方案", "1. The four plans"));
        for (Plan plan : catalog.plans()) {
            out.println("■ " + plan.title().in(language) + "  [" + plan.id() + "]");
            out.println("    " + plan.tasks().size() + label(" 项任务，", " tasks, ") + plan.targets().size()
                    + label(" 个方案目标", " plan-level targets"));
            for (Task task : plan.tasks()) {
                String lead = task.lead().map(id -> catalog.department(id).name().in(language)).orElse("—");
                out.println("  " + (task.kind() == Task.Kind.KEY_TASK ? "▸ " : "▹ ") + task.title().in(language)
                        + "  (" + label("牵头", "lead") + ": " + lead + ")");
            }
        }
    }

    private void subsidies() {
        heading(label("二、资金规则与示例计算", "2. The money rules, worked on the sample applications"));
        List<Application> samples = Samples.applications();
        for (Subsidy rule : catalog.subsidies()) {
            out.println();
            out.println("¥ " + rule.name().in(language) + "  [" + rule.id() + "]");
            out.println("  " + rule);
            out.println("  " + quote(rule.citation()));
            if (rule.kind() == Subsidy.Kind.SURCHARGE) {
                out.println("  " + label("这是对企业的加价，不是补助：没有可计算的奖励。",
                        "A surcharge on the enterprise, not a payment: there is no award to compute."));
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
        out.println(label("合计（示例申请）：", "Totals of the sample applications: ") + Texts.totals(totals, language));
    }

    private void scorecard() {
        heading(label("三、目标完成情况（示例观测值）", "3. Target attainment over the sample observations"));
        out.println(policy.attainment().scorecard(Samples.observations(), AS_OF).explain(language));
    }

    private void consistency() {
        List<Inconsistency> found = policy.inconsistencies();
        heading(label("四、文件自身的不一致之处（" + found.size() + " 处）",
                "4. Where the notice contradicts itself (" + found.size() + " findings)"));
        for (Inconsistency i : found) {
            out.println("• " + i.kind() + ": " + i.text().in(language));
            out.println(i.citations().stream().map(c -> "    " + quote(c)).distinct().collect(Collectors.joining("\n")));
        }
    }

    /** Every ambiguity, its readings with their reasons, and what each alternative changes on the samples. */
    private void readings() {
        heading(label("五、可作两种理解之处（" + catalog.ambiguities().size() + " 处）",
                "5. Where the notice can be read two ways (" + catalog.ambiguities().size() + ")"));
        Scorecard asWritten = policy.attainment().scorecard(Samples.observations(), AS_OF);
        for (Ambiguity a : catalog.ambiguities()) {
            out.println();
            out.println("? " + a.question().in(language) + "  [" + a.id() + "]");
            out.println("    " + quote(a.citation()));
            out.println("  " + label("目录的读法 ", "the catalog reads ") + a.reading().id() + ": "
                    + a.reading().description().in(language) + " — " + a.reading().reason().in(language));
            for (Reading r : a.alternatives()) {
                out.println("  " + label("另一读法 ", "or ") + r.id() + ": " + r.description().in(language) + " — "
                        + r.reason().in(language));
                Policy read = Policy.of(catalog.under(Readings.parse(a.id() + "=" + r.id())));
                Divergence d = Divergence.of(asWritten, read.attainment().scorecard(Samples.observations(), AS_OF));
                out.println("    " + label("示例观测值下结论改变的目标：", "verdicts that change on the sample observations: ")
                        + (d.rows().isEmpty() ? label("无", "none")
                                : d.rows().stream().map(Divergence.Row::toString).collect(Collectors.joining("; "))));
                WhatIf w = WhatIf.between(policy.subsidies(), read.subsidies());
                for (Application sample : Samples.applications()) {
                    if (a.elements().contains(sample.rule())) {
                        String after;
                        try {
                            after = status(w.alternative().award(sample));
                        } catch (PolicyException e) {
                            after = label("无法计算：", "cannot be computed: ") + e.getMessage();
                        }
                        out.println("    " + sample.id() + ": " + status(w.baseline().award(sample)) + " → " + after);
                    }
                }
            }
        }
    }

    private String status(Award award) {
        String amount = award.amount().map(Cny::format).orElse(label("金额待定", "amount undetermined"));
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

    private String label(String zh, String en) {
        return language == Language.ZH ? zh : en;
    }
}
