package dev.zhengce.policy.examples.cli;

import dev.zhengce.policy.calc.Assumptions;
import dev.zhengce.policy.calc.Attainment;
import dev.zhengce.policy.calc.Divergence;
import dev.zhengce.policy.calc.Observation;
import dev.zhengce.policy.calc.Policy;
import dev.zhengce.policy.calc.Scorecard;
import dev.zhengce.policy.examples.Texts;
import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.Comparison;
import dev.zhengce.policy.model.DecimalLimit;
import dev.zhengce.policy.model.Language;
import dev.zhengce.policy.model.PolicyException;
import dev.zhengce.policy.model.PolicyJson;
import dev.zhengce.policy.model.Readings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code zhengce attainment}: observations in, a scorecard of every target out. */
@Command(
        name = "attainment",
        mixinStandardHelpOptions = true,
        versionProvider = Zhengce.Version.class,
        description = "Measures every target of the notice against observations (JSON array or CSV with the "
                + "columns target, year, value, judgement, note) as of a year, and prints the scorecard.",
        footer = {
            "",
            "Examples:",
            "  zhengce attainment --as-of 2018 --lang en observations.csv",
            "  zhengce attainment --tolerance intelligent-enterprises-2020=1 --threshold rd-institution-coverage-2020=95 observations.json",
            "  zhengce attainment --lang zh -o scorecard.xlsx observations.xlsx",
            "  zhengce attainment --reading emission-quota-years=every-year --quota green-so2-emissions-2020=1200 observations.json",
            "",
            "The ambiguities and their readings: zhengce catalog list ambiguities"
        })
final class AttainmentCommand implements Runnable {
    /** Output formats. */
    enum Format {
        table,
        json,
        xlsx
    }

    @ParentCommand
    Zhengce root;

    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "FILE",
            description = "Observations: a .json array, a .csv file or an .xlsx workbook, or - for standard input.")
    String file;

    @Option(
            names = "--as-of",
            paramLabel = "YEAR",
            description = "The year the scorecard is as of (default: the latest year observed).")
    Integer asOf;

    @Option(
            names = "--format",
            paramLabel = "table|json|xlsx",
            description = "Output: table (the default), json or xlsx (a workbook, with --output); by default from the "
                    + "name of --output.")
    Format format;

    @Mixin
    FileOptions.In in = new FileOptions.In();

    @Mixin
    FileOptions.Out out = new FileOptions.Out();

    @Option(
            names = "--tolerance",
            paramLabel = "TARGET=N",
            description = "The tolerance of a 左右 (about) target, which the notice never states; repeatable.")
    Map<String, String> tolerances = new LinkedHashMap<>();

    @Option(
            names = "--threshold",
            paramLabel = "TARGET=PERCENT",
            description = "What counts as 基本实现全覆盖 (basically full coverage) for a target; repeatable.")
    Map<String, String> thresholds = new LinkedHashMap<>();

    @Option(
            names = "--quota",
            paramLabel = "TARGET=N",
            description = "The quota assigned from above for a 控制在…目标范围内 target; repeatable.")
    Map<String, String> quotas = new LinkedHashMap<>();

    @Option(
            names = "--reading",
            paramLabel = "AMBIGUITY=READING",
            description =
                    "Read an ambiguous place of the notice another way (zhengce catalog list ambiguities); "
                            + "repeatable. The scorecard is then followed by the targets whose verdict differs from the catalog's reading.")
    List<String> readings = new ArrayList<>();

    /** The catalog under the readings chosen; the catalog as written when none is. */
    private Catalog catalog() {
        Catalog written = root.policy().catalog();
        try {
            return written.under(Readings.parse(readings.toArray(new String[0])));
        } catch (PolicyException e) {
            throw new InputError("--reading: " + e.getMessage(), e);
        }
    }

    /** A plain non-negative decimal, of the shape the library's limit allows ({@link DecimalLimit}). */
    private static final Pattern NUMBER =
            Pattern.compile("\\d{1," + DecimalLimit.MAX_DIGITS + "}(\\.\\d{1," + DecimalLimit.MAX_DECIMALS + "})?");

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
        if (!NUMBER.matcher(value).matches() || !DecimalLimit.admits(new BigDecimal(value))) {
            throw new InputError(option + " " + id + " = " + value + ": a plain non-negative decimal ("
                    + DecimalLimit.WORDS + "), such as 1 or 95.5");
        }
        return new BigDecimal(value);
    }

    @Override
    public void run() {
        Language language = root.language();
        Assumptions assumptions = assumptions();
        SubsidyCommand.Format named = SubsidyCommand.outputFormat(null, out.output);
        Format output = format != null
                ? format
                : named == SubsidyCommand.Format.json
                        ? Format.json
                        : named == SubsidyCommand.Format.xlsx ? Format.xlsx : Format.table;
        if (output == Format.xlsx && out.output == null) {
            throw new InputError("--format xlsx: a workbook is written to a file; give --output FILE.xlsx");
        }
        Catalog catalog = catalog();
        Input input = Input.open(file, root.stdin(), in.format, in.options());
        try (Input.Source<Observation> source = input.observations();
                Output target = Output.open(out.output, root.stdout());
                Rejects rejects = out.rejects == null
                        ? null
                        : Rejects.open(out.rejects, source.columns(), out.excelCsv, root.stdout());
                Progress progress = root.progress("attainment", source::bytesRead, input.size())) {
            // the scorecard takes them all: they are kept, with where each was read
            List<Input.Row<Observation>> rows = new ArrayList<>();
            List<List<String>> cells = new ArrayList<>();
            Accepted<Observation> accepted = new Accepted<>(source, rejects, progress, null);
            while (accepted.hasNext()) {
                accepted.next();
                rows.add(accepted.current());
                if (rejects != null) {
                    cells.add(accepted.current().cells.get());
                }
            }
            progress.close();
            List<Observation> values = new ArrayList<>();
            rows.forEach(r -> values.add(r.value));
            int year = asOf != null
                    ? asOf
                    : values.stream()
                            .mapToInt(Observation::year)
                            .max()
                            .orElse(catalog.notice().firstYear());
            if (year < 2000 || year > 2100) {
                throw new InputError("--as-of = " + year + ": a year within 2000..2100");
            }
            Scorecard card = null;
            Divergence divergence = null;
            while (card == null) {
                try {
                    card = Policy.of(catalog).attainment().with(assumptions).scorecard(values, year);
                    if (catalog != catalog.asWritten()) {
                        divergence = Divergence.of(
                                Policy.of(catalog.asWritten())
                                        .attainment()
                                        .with(assumptions)
                                        .scorecard(values, year),
                                card);
                    }
                } catch (PolicyException e) {
                    OptionalInt at = FieldPath.row(e, "observations");
                    if (at.isEmpty()) {
                        throw new InputError(input.name() + ": " + e.getMessage(), e);
                    }
                    int i = at.getAsInt();
                    Input.Row<Observation> row = rows.get(i);
                    InputError error = row.refused(input.name(), row.value.target(), e);
                    if (rejects == null) {
                        throw error;
                    }
                    rejects.add(error, cells.remove(i));
                    rows.remove(i);
                    values.remove(i);
                }
            }
            if (output == Format.xlsx) {
                try (Xlsx.Book book = new Xlsx.Book(target.stream())) {
                    xlsx(book, card, language);
                }
            } else {
                try (Writer w = target.text(false)) {
                    w.write(
                            output == Format.json
                                    ? json(card, divergence, language)
                                    : card.explain(language) + "\n"
                                            + (divergence == null ? "" : "\n" + divergence.explain(language) + "\n"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            if (rejects != null) {
                rejects.commit();
            }
            target.commit();
            if (rejects != null) {
                spec.commandLine()
                        .getErr()
                        .println("zhengce attainment: " + rejects.count() + " bad row"
                                + (rejects.count() == 1 ? "" : "s") + " skipped, written with the reasons to "
                                + rejects.name());
            }
        }
    }

    /** The scorecard as a workbook: a sheet of targets, a sheet of counts by plan. */
    private static void xlsx(Xlsx.Book book, Scorecard card, Language language) {
        book.sheet(
                Texts.get(language, "attainment.targets"),
                List.of(
                        Texts.get(language, "attainment.target"),
                        Texts.get(language, "attainment.verdict"),
                        Texts.get(language, "attainment.aspirational"),
                        Texts.get(language, "attainment.observed"),
                        Texts.get(language, "attainment.expected"),
                        Texts.get(language, "attainment.ratio"),
                        Texts.get(language, "attainment.gap"),
                        Texts.get(language, "attainment.reason")));
        for (Attainment a : card.attainments()) {
            book.row(
                    a.target().id(),
                    a.verdict().name(),
                    a.aspirational(),
                    a.observed().orElse(null),
                    a.expected().orElse(null),
                    a.ratio().orElse(null),
                    a.gap().orElse(null),
                    a.reason().in(language));
        }
        List<String> header = new ArrayList<>();
        header.add(Texts.get(language, "attainment.plan"));
        for (Attainment.Verdict v : Attainment.Verdict.values()) {
            header.add(v.name());
        }
        book.sheet(Texts.get(language, "attainment.summary"), header);
        summary(book, Texts.get(language, "attainment.all"), card.overall());
        card.byPlan().forEach((plan, tally) -> summary(book, plan, tally));
    }

    private static void summary(Xlsx.Book book, String name, Scorecard.Tally tally) {
        Object[] cells = new Object[Attainment.Verdict.values().length + 1];
        cells[0] = name;
        for (Attainment.Verdict v : Attainment.Verdict.values()) {
            cells[v.ordinal() + 1] = tally.count(v);
        }
        book.row(cells);
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
                r.reading()
                        .ifPresent(x ->
                                m.put("reading", r.ambiguity().orElseThrow().id() + "=" + x.id()));
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
