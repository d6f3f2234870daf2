package dev.zhengce.policy.examples.cli;

import dev.zhengce.policy.calc.Attainment;
import dev.zhengce.policy.calc.AttainmentEvaluator;
import dev.zhengce.policy.calc.Observation;
import dev.zhengce.policy.calc.Scorecard;
import dev.zhengce.policy.model.Language;
import dev.zhengce.policy.model.PolicyException;
import dev.zhengce.policy.model.PolicyJson;
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
        footer = {"", "Example:", "  zhengce attainment --as-of 2018 --lang en observations.csv"})
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

    @Override
    public void run() {
        Language language = root.language();
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
            card = AttainmentEvaluator.of(root.policy().catalog()).scorecard(rows.values, year);
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
