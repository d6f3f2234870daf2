package dev.zhengce.policy.examples.cli;

import dev.zhengce.policy.calc.Application;
import dev.zhengce.policy.calc.Award;
import dev.zhengce.policy.calc.Finding;
import dev.zhengce.policy.calc.Ledger;
import dev.zhengce.policy.calc.Overrides;
import dev.zhengce.policy.calc.Provenance;
import dev.zhengce.policy.calc.SubsidyCalculator;
import dev.zhengce.policy.calc.Totals;
import dev.zhengce.policy.calc.WhatIf;
import dev.zhengce.policy.examples.Texts;
import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.Cny;
import dev.zhengce.policy.model.Language;
import dev.zhengce.policy.model.PolicyException;
import dev.zhengce.policy.model.PolicyJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code zhengce subsidy}: applications in, awards out, with what-if overrides and totals. */
@Command(name = "subsidy", mixinStandardHelpOptions = true, versionProvider = Zhengce.Version.class,
        description = "Computes the award of every application (JSON array or CSV) under the notice's money rules, "
            + "with totals. With --set, compares the notice as written (baseline) with the overrides (alternative).",
        footer = {"", "Examples:",
            "  zhengce subsidy applications.csv",
            "  zhengce subsidy --format json --explain applications.json",
            "  zhengce subsidy --set intelligent-transformation-subsidy.cap=5000000 \\",
            "      --set innovation-center-cultivation-subsidy.window-years=6 applications.json",
            "  cat applications.csv | zhengce subsidy --format csv -",
            "  zhengce subsidy --ledger jdbc:h2:./awards applications-2019-03.csv   (monthly batches, one ledger)"})
final class SubsidyCommand implements Runnable {
    /** Output formats. */
    enum Format { table, json, csv }

    @ParentCommand
    Zhengce root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Applications: a .json array or a .csv file, or - for standard input.")
    String file;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json|csv",
            description = "Output: table (default), json or csv.")
    Format format;

    @Option(names = "--input-format", paramLabel = "json|csv",
            description = "Input format; by default from the file name (.json, .csv), for - from the first character.")
    Input.Format inputFormat;

    @Option(names = "--set", paramLabel = "RULE.PARAMETER=VALUE",
            description = "A what-if override, repeatable: rate, cap, threshold, window-years or amount of a rule, "
                + "such as robot-subsidy.rate=0.3 (a fraction) or intelligent-transformation-subsidy.cap=5000000 (yuan).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--explain", description = "Add every award's steps (table, json).")
    boolean explain;

    @Mixin
    LedgerOption ledgerOption;

    @Override
    public void run() {
        try {
            award();
        } finally {
            ledgerOption.close();
        }
    }

    private void award() {
        Language language = root.language();
        Catalog catalog = root.policy().catalog();
        SubsidyCalculator baseline = root.policy().subsidies();
        Input input = Input.read(file, root.stdin(), inputFormat);
        Input.Rows<Application> rows = input.applications(catalog);
        Overrides overrides;
        SubsidyCalculator alternative;
        try {
            overrides = Overrides.parse(sets.toArray(new String[0]));
            alternative = baseline.with(overrides);
        } catch (PolicyException e) {
            throw new InputError("--set " + e.getMessage(), e);
        }
        String text;
        // opened once the input and the overrides are read: bad input opens no database
        Ledger ledger = ledgerOption.open(!overrides.isEmpty());
        if (overrides.isEmpty()) {
            List<Award> awards = new ArrayList<>();
            Iterator<Award> it = baseline.awards(rows.values.stream(), ledger).iterator();
            for (int i = 0; i < rows.values.size(); i++) {
                try {
                    awards.add(it.next());
                } catch (PolicyException e) {
                    throw input.rowError(rows, i, rows.values.get(i).id(), e);
                }
            }
            Totals totals = Totals.of(catalog, awards.stream());
            text = format == Format.json ? json(awards, totals, language)
                    : format == Format.csv ? csv(awards, language) : table(awards, totals, language);
        } else {
            List<WhatIf.Difference> diffs = new ArrayList<>();
            Iterator<WhatIf.Difference> it = WhatIf.of(baseline, overrides).compare(rows.values.stream()).iterator();
            for (int i = 0; i < rows.values.size(); i++) {
                try {
                    diffs.add(it.next());
                } catch (PolicyException e) {
                    throw input.rowError(rows, i, rows.values.get(i).id(), e);
                }
            }
            Totals base = Totals.of(catalog, diffs.stream().map(WhatIf.Difference::baseline));
            Totals alt = Totals.of(catalog, diffs.stream().map(WhatIf.Difference::alternative));
            text = format == Format.json ? json(overrides, diffs, base, alt, language)
                    : format == Format.csv ? csv(diffs) : table(overrides, diffs, base, alt, language);
        }
        Zhengce.emit(spec, text);
    }

    private String table(List<Award> awards, Totals totals, Language language) {
        boolean zh = language == Language.ZH;
        Table t = zh ? new Table("申请", "申请人", "规则", "结论", ">金额", "说明")
                : new Table("id", "applicant", "rule", "status", ">amount", "note");
        for (Award a : awards) {
            t.row(a.application().id(), a.application().recipient(), a.rule().id(), a.status().name(),
                    a.amount().map(Cny::format).orElse("—"), note(a, language));
        }
        StringBuilder b = new StringBuilder(t.render());
        b.append('\n').append(zh ? "合计：" : "Totals: ").append(Texts.totals(totals, language)).append('\n');
        if (explain) {
            for (Award a : awards) {
                b.append('\n').append(a.explain(language)).append('\n');
            }
        }
        if (!awards.isEmpty()) {
            b.append('\n').append(provenance(awards.get(0).provenance())).append('\n');
        }
        return b.toString();
    }

    private static String note(Award a, Language language) {
        if (a.repeat()) {
            return language == Language.ZH ? "重复提交：此前已结算，不再支付" : "repeat: settled before, not paid again";
        }
        if (!a.findings().isEmpty()) {
            return a.findings().stream().map(f -> f.text().in(language)).collect(Collectors.joining("; "));
        }
        if (a.capBound()) {
            return language == Language.ZH ? "达到上限" : "cap reached";
        }
        return "";
    }

    private String json(List<Award> awards, Totals totals, Language language) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("provenance", provenanceMap(awards.isEmpty() ? null : awards.get(0).provenance()));
        doc.put("awards", awards.stream().map(a -> award(a, language)).collect(Collectors.toList()));
        doc.put("totals", totals(totals));
        return PolicyJson.writePretty(doc) + "\n";
    }

    private static String csv(List<Award> awards, Language language) {
        List<List<String>> rows = new ArrayList<>();
        for (Award a : awards) {
            rows.add(List.of(a.application().id(), a.application().recipient(), a.rule().id(), a.status().name(),
                    a.amount().map(BigDecimal::toPlainString).orElse(""), Boolean.toString(a.capBound()),
                    a.findings().stream().map(f -> f.text().in(language)).collect(Collectors.joining("; "))));
        }
        return Csv.write(List.of("id", "applicant", "rule", "status", "amount", "capBound", "findings"), rows);
    }

    private String table(Overrides overrides, List<WhatIf.Difference> diffs, Totals base, Totals alt,
            Language language) {
        boolean zh = language == Language.ZH;
        Table t = zh ? new Table("申请", "规则", ">按文件", ">假设情形", ">差额")
                : new Table("id", "rule", ">baseline", ">alternative", ">delta");
        for (WhatIf.Difference d : diffs) {
            t.row(d.baseline().application().id(), d.baseline().rule().id(), cell(d.baseline()), cell(d.alternative()),
                    d.delta().map(SubsidyCommand::signed).orElse("—"));
        }
        StringBuilder b = new StringBuilder(zh ? "假设情形：" : "What-if: ").append(overrides).append("\n\n");
        b.append(t.render()).append('\n');
        b.append(zh ? "按文件合计：" : "Baseline totals: ").append(Texts.totals(base, language)).append("\n\n");
        b.append(zh ? "假设情形合计：" : "Alternative totals: ").append(Texts.totals(alt, language)).append("\n\n");
        b.append(zh ? "合计差额：" : "Change in total: ").append(signed(alt.total().subtract(base.total()))).append('\n');
        if (explain) {
            for (WhatIf.Difference d : diffs) {
                b.append('\n').append(d.baseline().explain(language)).append('\n');
                b.append(zh ? "假设情形 → " : "what-if → ").append(d.alternative().explain(language)).append('\n');
            }
        }
        if (!diffs.isEmpty()) {
            b.append('\n').append(provenance(diffs.get(0).alternative().provenance())).append('\n');
        }
        return b.toString();
    }

    private String json(Overrides overrides, List<WhatIf.Difference> diffs, Totals base, Totals alt, Language language) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("overrides", overrides.toString());
        doc.put("provenance", provenanceMap(diffs.isEmpty() ? null : diffs.get(0).alternative().provenance()));
        List<Object> list = new ArrayList<>();
        for (WhatIf.Difference d : diffs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", d.baseline().application().id());
            m.put("rule", d.baseline().rule().id());
            m.put("baseline", award(d.baseline(), language));
            m.put("alternative", award(d.alternative(), language));
            d.delta().ifPresent(x -> m.put("delta", x));
            list.add(m);
        }
        doc.put("comparison", list);
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("baseline", totals(base));
        totals.put("alternative", totals(alt));
        totals.put("delta", alt.total().subtract(base.total()));
        doc.put("totals", totals);
        return PolicyJson.writePretty(doc) + "\n";
    }

    private static String csv(List<WhatIf.Difference> diffs) {
        List<List<String>> rows = new ArrayList<>();
        for (WhatIf.Difference d : diffs) {
            rows.add(List.of(d.baseline().application().id(), d.baseline().application().recipient(),
                    d.baseline().rule().id(), d.baseline().status().name(),
                    d.baseline().amount().map(BigDecimal::toPlainString).orElse(""), d.alternative().status().name(),
                    d.alternative().amount().map(BigDecimal::toPlainString).orElse(""),
                    d.delta().map(BigDecimal::toPlainString).orElse("")));
        }
        return Csv.write(List.of("id", "applicant", "rule", "baselineStatus", "baselineAmount", "alternativeStatus",
                "alternativeAmount", "delta"), rows);
    }

    private Map<String, Object> award(Award a, Language language) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.application().id());
        m.put("applicant", a.application().recipient());
        m.put("rule", a.rule().id());
        m.put("status", a.status().name());
        a.amount().ifPresent(x -> m.put("amount", x));
        a.base().ifPresent(x -> m.put("base", x));
        a.rate().ifPresent(x -> m.put("rate", x));
        a.uncapped().ifPresent(x -> m.put("uncapped", x));
        m.put("capBound", a.capBound());
        List<Object> findings = new ArrayList<>();
        for (Finding f : a.findings()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("kind", f.kind().name());
            fm.put("subject", f.subject());
            fm.put("text", f.text().in(language));
            findings.add(fm);
        }
        m.put("findings", findings);
        if (explain) {
            m.put("steps", a.steps().stream().map(s -> s.in(language)).collect(Collectors.toList()));
            m.put("citations", a.citations().stream().map(c -> c.sentence()).distinct().collect(Collectors.toList()));
        }
        return m;
    }

    private static Map<String, Object> totals(Totals t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("payable", t.payable());
        m.put("notEligible", t.notEligible());
        m.put("undetermined", t.undetermined());
        m.put("total", t.total());
        m.put("byRule", t.byRule());
        m.put("byYear", t.byYear());
        m.put("byPayer", t.byPayer());
        m.put("byDepartment", t.byDepartment());
        return m;
    }

    static Map<String, ?> provenanceMap(Provenance p) {
        return p == null ? Map.of() : p.asMap();
    }

    private static String provenance(Provenance p) {
        return "[" + p + "]";
    }

    private static String cell(Award a) {
        return a.amount().map(Cny::format).orElse("—") + (a.status() == Award.Status.PAYABLE ? "" : " " + a.status());
    }

    private static String signed(BigDecimal d) {
        return d.signum() < 0 ? "−" + Cny.format(d.negate()) : (d.signum() > 0 ? "+" : "") + Cny.format(d);
    }
}
