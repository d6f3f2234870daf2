package dev.zhengce.policy.examples.cli;

import dev.zhengce.policy.calc.Assumptions;
import dev.zhengce.policy.calc.Attainment;
import dev.zhengce.policy.calc.AttainmentEvaluator;
import dev.zhengce.policy.calc.Divergence;
import dev.zhengce.policy.calc.Observation;
import dev.zhengce.policy.calc.Scorecard;
import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.Comparison;
import dev.zhengce.policy.model.Language;
import dev.zhengce.policy.model.PolicyException;
import dev.zhengce.policy.model.PolicyJson;
import dev.zhengce.policy.model.Readings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code zhengce attainment}: observations in, a scorecard of every target out. */
@Command(name = "attainment", mixinStandardHelpOptions = true, versionProvider = Zhengce.Version.class,
        description = "Measures every target of the notice against observations (JSON array or CSV with the "
            + "columns target, year, value, judgement, note) as of a year, and prints the scorecard.",
        footer = {"", "Examples:", "  zhengce attainment --as-of 2018 --lang en observations.csv",
            "  zhengce attainment --tolerance intelligent-enterprises-2020=1 --threshold rd-institution-coverage-2020=95 observations.json",
            "  zhengce attainment --reading emission-quota-years=every-year --quota green-so2-emissions-2020=1200 observations.json",
            "", "The ambiguities and their readings: zhengce catalog list ambiguities"})
final class AttainmentCommand implements Runnable {
    /** Output formats. */
    enum Format { table, json }

    private static final Pattern ROW = Pattern.compile("^observations\\[(\\d+)\\]");

    @ParentCommand
    Zhengce root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Observations: a .json array or a .csv file, or - for standard input.")
    String file;

    @Option(names = "--as-of", paramLabel = "YEAR",
            description = "The year the scorecard is as of (default: the latest year observed).")
    Integer asOf;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json", description = "Output: table (default) or json.")
    Format format;

    @Option(names = "--input-format", paramLabel = "json|csv",
            description = "Input format; by default from the file name (.json, .csv), for - from the first character.")
    Input.Format inputFormat;

    @Option(names = "--tolerance", paramLabel = "TARGET=N",
            description = "The tolerance of a 左右 (about) target, which the notice never states; repeatable.")
    Map<String, String> tolerances = new LinkedHashMap<>();

    @Option(names = "--threshold", paramLabel = "TARGET=PERCENT",
            description = "What counts as 基本实现全覆盖 (basically full coverage) for a target; repeatable.")
    Map<String, String> thresholds = new LinkedHashMap<>();

    @Option(names = "--quota", paramLabel = "TARGET=N",
            description = "The quota assigned from above for a 控制在…目标范围内 target; repeatable.")
    Map<String, String> quotas = new LinkedHashMap<>();

    @Option(names = "--reading", paramLabel = "AMBIGUITY=READING",
            description = "Read an ambiguous place of the notice another way (zhengce catalog list ambiguities); "
                + "repeatable. The scorecard is then followed by the targets whose verdict differs from the catalog's reading.")
    List<String> readings = new ArrayList<>();

    private static final Pattern NUMBER = Pattern.compile("\\d{1,18}(\\.\\d{1,12})?");

    /** The analyst's assumptions: each names a target of the right kind and a plain non-negative number. */
    private Assumptions assumptions() {
        Assumptions.Builder b = Assumptions.builder();
        tolerances.forEach((id, v) -> b.putTolerances(id, assumption("--tolerance", id, v, Comparison.ABOUT)));
        thresholds.forEach((id, v) -> b.putThresholds(id, assumption("--threshold", id, v, Comparison.FULL_COVERAGE)));
        quotas.forEach((id, v) -> b.putQuotas(id, assumption("--quota", id, v, Comparison.WITHIN_QUOTA)));
        return b.build();
    }

    private BigDecimal assumption(String option, String id, String value, Comparison kind) {
        Comparison actual;
        try {
            actual = catalog().target(id).comparison();
        } catch (PolicyException e) {
            throw new InputError(option + " " + id + ": no target with this id in the catalog", e);
        }
        if (actual != kind) {
            throw new InputError(option + " " + id + ": the target is " + actual + ", not " + kind);
        }
        if (!NUMBER.matcher(value).matches()) {
            throw new InputError(option + " " + id + " = " + value + ": a plain non-negative decimal, such as 1 or 95.5");
        }
        return new BigDecimal(value);
    }

    /** The catalog under the readings chosen; the catalog as written when none is. */
    private Catalog catalog() {
        Catalog written = root.policy().catalog();
        try {
            return written.under(Readings.parse(readings.toArray(new String[0])));
        } catch (PolicyException e) {
            throw new InputError("--reading: " + e.getMessage(), e);
        }
    }

    @Override
    public void run() {
        Language language = root.language();
        Catalog catalog = catalog();
        Assumptions assumptions = assumptions();
        Input input = Input.read(file, root.stdin(), inputFormat);
        Input.Rows<Observation> rows = input.observations();
        int year = asOf != null ? asOf
                : rows.values.stream().mapToInt(Observation::year).max()
                        .orElse(catalog.notice().firstYear());
        if (year < 2000 || year > 2100) {
            throw new InputError("--as-of = " + year + ": a year within 2000..2100");
        }
        Scorecard card;
        Divergence divergence = null;
        try {
            card = AttainmentEvaluator.of(catalog).with(assumptions).scorecard(rows.values, year);
            if (catalog != catalog.asWritten()) {
                divergence = Divergence.of(AttainmentEvaluator.of(catalog.asWritten()).with(assumptions)
                        .scorecard(rows.values, year), card);
            }
        } catch (PolicyException e) {
            Matcher m = ROW.matcher(e.field() == null ? "" : e.field());
            if (m.find()) {
                int i = Integer.parseInt(m.group(1));
                throw input.rowError(rows, i, rows.values.get(i).target(), e);
            }
            throw new InputError(input.name() + ": " + e.getMessage(), e);
        }
        Zhengce.emit(spec, format == Format.json ? json(card, divergence, language)
                : card.render(language) + "\n" + (divergence == null ? "" : "\n" + divergence.render(language) + "\n"));
    }

    private static String json(Scorecard card, Divergence divergence, Language language) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("asOf", card.asOf());
        if (divergence != null) {
            doc.put("readings", card.catalog().readings().chosen());
        }
        doc.put("overall", tally(card.overall()));
        Map<String, Object> byPlan = new LinkedHashMap<>();
        card.byPlan().forEach((k, v) -> byPlan.put(k, tally(v)));
        doc.put("byPlan", byPlan);
        List<Object> targets = new ArrayList<>();
        for (Attainment a : card.attainments()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("target", a.target().id());
            m.put("verdict", a.verdict().name());
            m.put("aspirational", a.aspirational());
            a.observed().ifPresent(x -> m.put("observed", x));
            a.expected().ifPresent(x -> m.put("expected", x));
            a.ratio().ifPresent(x -> m.put("ratio", x));
            a.gap().ifPresent(x -> m.put("gap", x));
            m.put("reason", a.reason().in(language));
            targets.add(m);
        }
        doc.put("targets", targets);
        if (divergence != null) {
            List<Object> changed = new ArrayList<>();
            for (Divergence.Row r : divergence.rows()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("target", r.alternative().target().id());
                m.put("asWritten", r.baseline().verdict().name());
                m.put("asRead", r.alternative().verdict().name());
                m.put("reasonAsWritten", r.baseline().reason().in(language));
                m.put("reasonAsRead", r.alternative().reason().in(language));
                m.put("sentence", r.citation().sentence());
                r.reading().ifPresent(x -> m.put("reading", r.ambiguity().orElseThrow().id() + "=" + x.id()));
                changed.add(m);
            }
            doc.put("divergence", changed);
        }
        return PolicyJson.writePretty(doc) + "\n";
    }

    private static Map<String, Integer> tally(Scorecard.Tally t) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (Attainment.Verdict v : Attainment.Verdict.values()) {
            m.put(v.name(), t.count(v));
        }
        return m;
    }
}
