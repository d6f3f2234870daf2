package dev.zhengce.policy.examples.cli;

import dev.zhengce.policy.calc.Assumptions;
import dev.zhengce.policy.calc.Attainment;
import dev.zhengce.policy.calc.AttainmentEvaluator;
import dev.zhengce.policy.calc.Observation;
import dev.zhengce.policy.calc.Scorecard;
import dev.zhengce.policy.model.Comparison;
import dev.zhengce.policy.model.Language;
import dev.zhengce.policy.model.PolicyException;
import dev.zhengce.policy.model.PolicyJson;
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
            "  zhengce attainment --tolerance intelligent-enterprises-2020=1 --threshold rd-institution-coverage-2020=95 observations.json"})
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
            actual = root.policy().catalog().target(id).comparison();
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

    @Override
    public void run() {
        Language language = root.language();
        Assumptions assumptions = assumptions();
        Input input = Input.read(file, root.stdin(), inputFormat);
        Input.Rows<Observation> rows = input.observations();
        int year = asOf != null ? asOf
                : rows.values.stream().mapToInt(Observation::year).max()
                        .orElse(root.policy().catalog().notice().firstYear());
        if (year < 2000 || year > 2100) {
            throw new InputError("--as-of = " + year + ": a year within 2000..2100");
        }
        Scorecard card;
        try {
            card = AttainmentEvaluator.of(root.policy().catalog()).with(assumptions).scorecard(rows.values, year);
        } catch (PolicyException e) {
            Matcher m = ROW.matcher(e.field() == null ? "" : e.field());
            if (m.find()) {
                int i = Integer.parseInt(m.group(1));
                throw input.rowError(rows, i, rows.values.get(i).target(), e);
            }
            throw new InputError(input.name() + ": " + e.getMessage(), e);
        }
        Zhengce.emit(spec, format == Format.json ? json(card, language) : card.render(language) + "\n");
    }

    private static String json(Scorecard card, Language language) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("asOf", card.asOf());
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
