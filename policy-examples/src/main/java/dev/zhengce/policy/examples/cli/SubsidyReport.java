package dev.zhengce.policy.examples.cli;

import dev.zhengce.policy.calc.Award;
import dev.zhengce.policy.calc.Explainer;
import dev.zhengce.policy.calc.Finding;
import dev.zhengce.policy.calc.Overrides;
import dev.zhengce.policy.calc.Provenance;
import dev.zhengce.policy.calc.Totals;
import dev.zhengce.policy.calc.WhatIf;
import dev.zhengce.policy.examples.AwardJson;
import dev.zhengce.policy.examples.Texts;
import dev.zhengce.policy.model.Ambiguity;
import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.Language;
import dev.zhengce.policy.model.PolicyJson;
import dev.zhengce.policy.model.Reading;
import dev.zhengce.policy.model.Readings;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * The output of {@code zhengce subsidy}, written as the awards come, one row at a time: a
 * table, CSV, JSON or an Excel workbook. Awards (or what-if differences) are handed over in
 * order, then the totals.
 */
abstract class SubsidyReport implements AutoCloseable {
    /** What every format needs to know. */
    static final class Settings {
        final Language language;
        final boolean explain;
        final AmountUnit unit;
        final boolean excelCsv;
        final Overrides overrides;
        /** The catalog of the alternative: the catalog as written, or under the readings chosen. */
        final Catalog read;

        Settings(
                Language language,
                boolean explain,
                AmountUnit unit,
                boolean excelCsv,
                Overrides overrides,
                Catalog read) {
            this.language = language;
            this.explain = explain;
            this.unit = unit;
            this.excelCsv = excelCsv;
            this.overrides = overrides;
            this.read = read;
        }

        /** The alternative of a what-if: the readings chosen, then the overrides, such as {@code a=b, r.rate=0.1}. */
        String whatIf() {
            Readings readings = read.readings();
            if (readings.isEmpty()) {
                return overrides.toString();
            }
            return overrides.isEmpty() ? readings.toString() : readings + ", " + overrides;
        }

        /** {@return a text of the examples' bundle in this report's language} */
        String text(String key, Object... args) {
            return Texts.get(language, key, args);
        }

        /**
         * For each reading chosen: the reading, what it reads and why, and the sentence it reads,
         * one entry a line, indented by the caller.
         */
        List<String> readingNotes() {
            List<String> notes = new ArrayList<>();
            for (Map.Entry<String, String> e : read.readings().chosen().entrySet()) {
                Ambiguity a = read.ambiguity(e.getKey());
                Reading r = read.reading(a.id());
                notes.add(e.getKey() + "=" + e.getValue() + ": "
                        + r.description().in(language) + Texts.get(language, "subsidy.dash")
                        + r.reason().in(language));
                notes.add("    “" + a.citation().sentence() + "”");
            }
            return notes;
        }
    }

    final Settings settings;
    private Provenance provenance;

    SubsidyReport(Settings settings) {
        this.settings = settings;
    }

    /**
     * Obtains the report of a format.
     *
     * @param format   the format
     * @param output   where it goes
     * @param settings language, explanations, unit
     * @return the report
     */
    static SubsidyReport of(SubsidyCommand.Format format, Output output, Settings settings) {
        switch (format) {
            case csv:
                return new CsvReport(output.text(settings.excelCsv), settings);
            case json:
                return new JsonReport(output.text(false), settings);
            case xlsx:
                return new XlsxReport(new Xlsx.Book(output.stream()), settings);
            default:
                return new TableReport(output.text(false), settings);
        }
    }

    /** Hands over the next award. */
    final void award(Award a) {
        if (provenance == null) {
            provenance = a.provenance();
        }
        onAward(a);
    }

    /** Hands over the next what-if difference. */
    final void difference(WhatIf.Difference d) {
        if (provenance == null) {
            provenance = d.alternative().provenance();
        }
        onDifference(d);
    }

    /** The provenance of the first award, or {@code null} when there was none. */
    Provenance provenance() {
        return provenance;
    }

    abstract void onAward(Award a);

    abstract void onDifference(WhatIf.Difference d);

    /** Ends a report of awards with their totals ({@code null} for CSV, which carries none). */
    abstract void end(Totals totals);

    /** Ends a what-if report with the totals of both sides ({@code null} for CSV, which carries none). */
    abstract void end(Overrides overrides, Totals baseline, Totals alternative);

    /** Flushes what is written; the output is committed (or not) by the caller. */
    @Override
    public abstract void close();

    static String note(Award a, Language language) {
        if (a.repeat()) {
            return Texts.get(language, "subsidy.repeat");
        }
        if (!a.findings().isEmpty()) {
            return findings(a, language);
        }
        if (a.capBound()) {
            return Texts.get(language, "subsidy.capReached");
        }
        return "";
    }

    static String findings(Award a, Language language) {
        return findings(a, Explainer.of(language), new StringBuilder(64)).toString();
    }

    /** Writes an award's findings at the end of a builder, separated by {@code "; "}. */
    static StringBuilder findings(Award a, Explainer explainer, StringBuilder to) {
        List<Finding> findings = a.findings();
        for (int i = 0; i < findings.size(); i++) {
            if (i > 0) {
                to.append("; ");
            }
            explainer.explain(findings.get(i), to);
        }
        return to;
    }

    static void write(Writer out, String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void close(Writer out) {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table for people, as {@code zhengce subsidy} has always printed it. */
    private static final class TableReport extends SubsidyReport {
        private final Writer out;
        private Table table;
        /** The explanations, which follow the table and the totals. */
        private final Output.Spill explanations = new Output.Spill();

        private final Writer explained = new OutputStreamWriter(explanations, StandardCharsets.UTF_8);

        TableReport(Writer out, Settings settings) {
            super(settings);
            this.out = out;
        }

        @Override
        void onAward(Award a) {
            if (table == null) {
                table = new Table(
                        settings.text("subsidy.id"),
                        settings.text("subsidy.applicant"),
                        settings.text("subsidy.rule"),
                        settings.text("subsidy.status"),
                        ">" + settings.text("subsidy.amount"),
                        settings.text("subsidy.note"));
            }
            table.row(
                    a.application().id(),
                    a.application().recipient(),
                    a.rule().id(),
                    a.status().name(),
                    a.amount().map(settings.unit::format).orElse("—"),
                    note(a, settings.language));
            if (settings.explain) {
                write(explained, "\n" + a.explain(settings.language) + "\n");
            }
        }

        @Override
        void onDifference(WhatIf.Difference d) {
            if (table == null) {
                table = new Table(
                        settings.text("subsidy.id"),
                        settings.text("subsidy.rule"),
                        ">" + settings.text("subsidy.baseline"),
                        ">" + settings.text("subsidy.alternative"),
                        ">" + settings.text("subsidy.delta"));
            }
            table.row(
                    d.baseline().application().id(),
                    d.baseline().rule().id(),
                    cell(d.baseline()),
                    cell(d.alternative()),
                    d.delta().map(this::signed).orElse("—"));
            if (settings.explain) {
                write(
                        explained,
                        "\n" + d.baseline().explain(settings.language) + "\n" + settings.text("subsidy.whatIf")
                                + d.alternative().explain(settings.language) + "\n");
            }
        }

        private String cell(Award a) {
            return a.amount().map(settings.unit::format).orElse("—")
                    + (a.status() == Award.Status.PAYABLE ? "" : " " + a.status());
        }

        private String signed(BigDecimal d) {
            return d.signum() < 0
                    ? "−" + settings.unit.format(d.negate())
                    : (d.signum() > 0 ? "+" : "") + settings.unit.format(d);
        }

        @Override
        void end(Totals totals) {
            if (table == null) {
                onAwardHeaderOnly();
            }
            table.render(out);
            write(
                    out,
                    "\n" + settings.text("subsidy.totals")
                            + Texts.totals(totals, settings.language, settings.unit::format) + "\n");
            tail();
        }

        private void onAwardHeaderOnly() {
            table = new Table(
                    settings.text("subsidy.id"),
                    settings.text("subsidy.applicant"),
                    settings.text("subsidy.rule"),
                    settings.text("subsidy.status"),
                    ">" + settings.text("subsidy.amount"),
                    settings.text("subsidy.note"));
        }

        @Override
        void end(Overrides overrides, Totals base, Totals alt) {
            if (table == null) {
                table = new Table(
                        settings.text("subsidy.id"),
                        settings.text("subsidy.rule"),
                        ">" + settings.text("subsidy.baseline"),
                        ">" + settings.text("subsidy.alternative"),
                        ">" + settings.text("subsidy.delta"));
            }
            write(out, settings.text("subsidy.whatIfHeading") + settings.whatIf() + "\n\n");
            table.render(out);
            write(
                    out,
                    "\n" + settings.text("subsidy.baselineTotals")
                            + Texts.totals(base, settings.language, settings.unit::format) + "\n\n"
                            + settings.text("subsidy.alternativeTotals")
                            + Texts.totals(alt, settings.language, settings.unit::format) + "\n\n"
                            + settings.text("subsidy.changeInTotal")
                            + signed(alt.total().subtract(base.total())) + "\n");
            List<String> notes = settings.readingNotes();
            if (!notes.isEmpty()) {
                write(out, "\n" + settings.text("subsidy.readingsChosen") + "\n");
                notes.forEach(n -> write(out, "  " + n + "\n"));
            }
            tail();
        }

        /** The explanations, then the provenance. */
        private void tail() {
            try {
                explained.close();
                try (Reader in = new InputStreamReader(explanations.read(), StandardCharsets.UTF_8)) {
                    in.transferTo(out);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (provenance() != null) {
                write(out, "\n[" + provenance() + "]\n");
            }
        }

        @Override
        public void close() {
            try {
                if (table != null) {
                    table.close();
                }
                explanations.delete();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                close(out);
            }
        }
    }

    /** CSV: a header, then a row per award (or difference); no totals. */
    private static final class CsvReport extends SubsidyReport {
        private final Writer out;
        private final Csv.Printer printer;
        private final Explainer explainer;
        /** A row's findings, written here rather than into a string of their own. */
        private final StringBuilder findings = new StringBuilder(256);

        private boolean started;

        CsvReport(Writer out, Settings settings) {
            super(settings);
            this.out = out;
            this.printer = new Csv.Printer(out, settings.excelCsv);
            this.explainer = Explainer.of(settings.language);
        }

        private void header(boolean whatIf) {
            if (!started) {
                started = true;
                printer.row(
                        whatIf
                                ? List.of(
                                        "id",
                                        "applicant",
                                        "rule",
                                        "baselineStatus",
                                        "baselineAmount",
                                        "alternativeStatus",
                                        "alternativeAmount",
                                        "delta")
                                : List.of("id", "applicant", "rule", "status", "amount", "capBound", "findings"));
            }
        }

        @Override
        void onAward(Award a) {
            header(false);
            // cell by cell, the amount's digits written as they are: no array, no string per amount
            printer.cell(a.application().id());
            printer.cell(a.application().recipient());
            printer.known(a.rule().id());
            printer.known(a.status().name());
            printer.amount(a.amount().orElse(null));
            printer.known(a.capBound() ? "true" : "false");
            findings.setLength(0);
            printer.cell(findings(a, explainer, findings));
            printer.end();
        }

        @Override
        void onDifference(WhatIf.Difference d) {
            header(true);
            printer.row(
                    d.baseline().application().id(),
                    d.baseline().application().recipient(),
                    d.baseline().rule().id(),
                    d.baseline().status().name(),
                    d.baseline().amount().map(BigDecimal::toPlainString).orElse(""),
                    d.alternative().status().name(),
                    d.alternative().amount().map(BigDecimal::toPlainString).orElse(""),
                    d.delta().map(BigDecimal::toPlainString).orElse(""));
        }

        @Override
        void end(Totals totals) {
            header(false);
        }

        @Override
        void end(Overrides overrides, Totals baseline, Totals alternative) {
            header(true);
        }

        @Override
        public void close() {
            close(out);
        }
    }

    /**
     * JSON, indented as {@link PolicyJson#writePretty} writes it: the document's frame is
     * written here, each award (and the totals) by {@code PolicyJson} and indented to its depth.
     * An award is in its one JSON form ({@link AwardJson}, as the service writes it), the
     * provenance once for the document; every decimal is a string.
     */
    private static final class JsonReport extends SubsidyReport {
        private final Writer out;
        private int count;

        JsonReport(Writer out, Settings settings) {
            super(settings);
            this.out = out;
        }

        private void start(boolean whatIf) {
            write(
                    out,
                    "{\n"
                            + (!whatIf
                                    ? ""
                                    : "  \"overrides\" : " + PolicyJson.write(settings.overrides.toString())
                                            + ",\n"
                                            + (settings.read.readings().isEmpty()
                                                    ? ""
                                                    : "  \"readings\" : "
                                                            + nested(settings.read
                                                                    .readings()
                                                                    .chosen()) + ",\n"))
                            + "  \"provenance\" : "
                            + nested(
                                    provenance() == null
                                            ? Map.of()
                                            : provenance().asMap()) + ",\n"
                            + "  \"" + (whatIf ? "comparison" : "awards") + "\" : [");
        }

        private static String nested(Object value) {
            return PolicyJson.writePretty(value).replace("\n", "\n  ");
        }

        private void element(Object value, boolean whatIf) {
            if (count == 0) {
                start(whatIf);
                write(out, " ");
            } else {
                write(out, ", ");
            }
            write(out, nested(value));
            count++;
        }

        @Override
        void onAward(Award a) {
            element(json(a), false);
        }

        @Override
        void onDifference(WhatIf.Difference d) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", d.baseline().application().id());
            m.put("rule", d.baseline().rule().id());
            m.put("baseline", json(d.baseline()));
            m.put("alternative", json(d.alternative()));
            d.delta().ifPresent(x -> m.put("delta", AwardJson.yuan(x)));
            element(m, true);
        }

        @Override
        void end(Totals totals) {
            if (count == 0) {
                start(false);
            }
            write(out, " ],\n  \"totals\" : " + nested(totals(totals)) + "\n}\n");
        }

        @Override
        void end(Overrides overrides, Totals base, Totals alt) {
            if (count == 0) {
                start(true);
            }
            Map<String, Object> totals = new LinkedHashMap<>();
            totals.put("baseline", totals(base));
            totals.put("alternative", totals(alt));
            totals.put("delta", AwardJson.yuan(alt.total().subtract(base.total())));
            write(out, " ],\n  \"totals\" : " + nested(totals) + "\n}\n");
        }

        private Map<String, Object> json(Award a) {
            return AwardJson.of(a, settings.explain, false);
        }

        @Override
        public void close() {
            close(out);
        }
    }

    static Map<String, Object> totals(Totals t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("payable", t.payable());
        m.put("notEligible", t.notEligible());
        m.put("undetermined", t.undetermined());
        m.put("total", AwardJson.yuan(t.total()));
        m.put("byRule", AwardJson.yuan(t.byRule()));
        m.put("byYear", AwardJson.yuan(t.byYear()));
        m.put("byPayer", AwardJson.yuan(t.byPayer()));
        m.put("byDepartment", AwardJson.yuan(t.byDepartment()));
        return m;
    }

    /**
     * An Excel workbook: a sheet of awards (or of the comparison), then a sheet of totals;
     * amounts are numbers with two decimals (in 万元: four to six), headers in the language asked.
     */
    private static final class XlsxReport extends SubsidyReport {
        private final Xlsx.Book book;
        private boolean started;

        XlsxReport(Xlsx.Book book, Settings settings) {
            super(settings);
            this.book = book;
        }

        private String money() {
            return settings.unit.excelFormat();
        }

        private String amountTitle(String key) {
            return settings.text("subsidy.inUnit", settings.text(key), settings.unit.symbol());
        }

        private void start(boolean whatIf) {
            if (started) {
                return;
            }
            started = true;
            List<String> header = new ArrayList<>();
            if (whatIf) {
                header.addAll(List.of(
                        settings.text("subsidy.id"),
                        settings.text("subsidy.applicant"),
                        settings.text("subsidy.rule"),
                        settings.text("subsidy.baselineStatus")));
                header.add(amountTitle("subsidy.baselineAmount"));
                header.add(settings.text("subsidy.alternativeStatus"));
                header.add(amountTitle("subsidy.alternativeAmount"));
                header.add(amountTitle("subsidy.delta"));
                if (settings.explain) {
                    header.add(settings.text("subsidy.baselineExplanation"));
                    header.add(settings.text("subsidy.alternativeExplanation"));
                }
                book.sheet(
                        settings.text("subsidy.comparison"),
                        header,
                        null,
                        null,
                        null,
                        null,
                        money(),
                        null,
                        money(),
                        money());
            } else {
                header.addAll(List.of(
                        settings.text("subsidy.id"),
                        settings.text("subsidy.applicant"),
                        settings.text("subsidy.rule"),
                        settings.text("subsidy.status")));
                header.add(amountTitle("subsidy.amount"));
                header.addAll(List.of(settings.text("subsidy.capBound"), settings.text("subsidy.findings")));
                if (settings.explain) {
                    header.add(settings.text("subsidy.explanation"));
                }
                book.sheet(settings.text("subsidy.awards"), header, null, null, null, null, money());
            }
        }

        private BigDecimal amount(Award a) {
            return a.amount().map(settings.unit::of).orElse(null);
        }

        @Override
        void onAward(Award a) {
            start(false);
            book.row(
                    a.application().id(),
                    a.application().recipient(),
                    a.rule().id(),
                    a.status().name(),
                    amount(a),
                    a.capBound(),
                    a.findings().isEmpty() ? null : findings(a, settings.language),
                    settings.explain ? a.explain(settings.language) : null);
        }

        @Override
        void onDifference(WhatIf.Difference d) {
            start(true);
            book.row(
                    d.baseline().application().id(),
                    d.baseline().application().recipient(),
                    d.baseline().rule().id(),
                    d.baseline().status().name(),
                    amount(d.baseline()),
                    d.alternative().status().name(),
                    amount(d.alternative()),
                    d.delta().map(settings.unit::of).orElse(null),
                    settings.explain ? d.baseline().explain(settings.language) : null,
                    settings.explain ? d.alternative().explain(settings.language) : null);
        }

        @Override
        void end(Totals totals) {
            start(false);
            book.sheet(
                    settings.text("subsidy.totalsSheet"),
                    List.of(
                            settings.text("subsidy.group"),
                            settings.text("subsidy.key"),
                            settings.text("subsidy.count"),
                            amountTitle("subsidy.amount")),
                    null,
                    null,
                    null,
                    money());
            book.row(settings.text("subsidy.payable"), "", totals.payable(), settings.unit.of(totals.total()));
            book.row(settings.text("subsidy.notEligible"), "", totals.notEligible(), null);
            book.row(settings.text("subsidy.undetermined"), "", totals.undetermined(), null);
            sums(settings.text("subsidy.byRule"), totals.byRule(), null);
            sums(settings.text("subsidy.byYear"), totals.byYear(), null);
            sums(settings.text("subsidy.byPayer"), totals.byPayer(), null);
            sums(settings.text("subsidy.byLeadDepartment"), totals.byDepartment(), null);
        }

        private void sums(String group, SortedMap<String, BigDecimal> sums, SortedMap<String, BigDecimal> others) {
            TreeSet<String> keys = new TreeSet<>(sums.keySet());
            if (others != null) {
                keys.addAll(others.keySet());
            }
            for (String k : keys) {
                BigDecimal a = sums.getOrDefault(k, BigDecimal.ZERO.setScale(2));
                if (others == null) {
                    book.row(group, k, null, settings.unit.of(a));
                } else {
                    BigDecimal b = others.getOrDefault(k, BigDecimal.ZERO.setScale(2));
                    book.row(group, k, settings.unit.of(a), settings.unit.of(b), settings.unit.of(b.subtract(a)));
                }
            }
        }

        @Override
        void end(Overrides overrides, Totals base, Totals alt) {
            start(true);
            book.sheet(
                    settings.text("subsidy.totalsSheet"),
                    List.of(
                            settings.text("subsidy.group"),
                            settings.text("subsidy.key"),
                            amountTitle("subsidy.baseline"),
                            amountTitle("subsidy.alternative"),
                            amountTitle("subsidy.delta")),
                    null,
                    null,
                    money(),
                    money(),
                    money());
            book.row(settings.text("subsidy.whatIfRow"), settings.whatIf(), null, null, null);
            book.row(
                    settings.text("subsidy.total"),
                    "",
                    settings.unit.of(base.total()),
                    settings.unit.of(alt.total()),
                    settings.unit.of(alt.total().subtract(base.total())));
            sums(settings.text("subsidy.byRule"), base.byRule(), alt.byRule());
            sums(settings.text("subsidy.byYear"), base.byYear(), alt.byYear());
            sums(settings.text("subsidy.byPayer"), base.byPayer(), alt.byPayer());
            sums(settings.text("subsidy.byLeadDepartment"), base.byDepartment(), alt.byDepartment());
        }

        @Override
        public void close() {
            book.close();
        }
    }
}
