package dev.zhengce.policy.examples.cli;

import dev.zhengce.policy.calc.Application;
import dev.zhengce.policy.calc.Award;
import dev.zhengce.policy.calc.Claim;
import dev.zhengce.policy.calc.Ledger;
import dev.zhengce.policy.calc.Overrides;
import dev.zhengce.policy.calc.SubsidyCalculator;
import dev.zhengce.policy.calc.Totals;
import dev.zhengce.policy.calc.WhatIf;
import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.Language;
import dev.zhengce.policy.model.PolicyException;
import dev.zhengce.policy.model.Readings;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code zhengce subsidy}: applications in, awards out, with what-if overrides and totals. The
 * applications are read, computed and written one at a time (the calculator's batch,
 * {@link SubsidyCalculator#awards}), the totals summed as they pass, so that a file of any
 * length goes through in constant memory.
 */
@Command(
        name = "subsidy",
        mixinStandardHelpOptions = true,
        versionProvider = Zhengce.Version.class,
        description = "Computes the award of every application (JSON array, CSV or an .xlsx sheet) under the notice's "
                + "money rules, with totals. With --set, compares the notice as written (baseline) with the overrides "
                + "(alternative).",
        footer = {
            "",
            "Examples:",
            "  zhengce subsidy applications.csv",
            "  zhengce subsidy --format json --explain applications.json",
            "  zhengce subsidy --set intelligent-transformation-subsidy.cap=5000000 \\",
            "      --set innovation-center-cultivation-subsidy.window-years=6 applications.json",
            "  zhengce subsidy --reading green-subsidy-base=total-investment applications.csv",
            "  cat applications.csv | zhengce subsidy --format csv -",
            "  zhengce subsidy --encoding GB18030 --rejects rejects.csv -o awards.xlsx 申报表.csv",
            "  zhengce subsidy --lang zh --unit 万元 applications.xlsx",
            "  zhengce subsidy --ledger jdbc:h2:./awards applications-2019-03.csv   (monthly batches, one ledger)"
        })
final class SubsidyCommand implements Runnable {
    /** Output formats. */
    enum Format {
        table,
        json,
        csv,
        xlsx
    }

    @ParentCommand
    Zhengce root;

    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "FILE",
            description = "Applications: a .json array, a .csv file or an .xlsx workbook, or - for standard input.")
    String file;

    @Option(
            names = "--format",
            paramLabel = "table|json|csv|xlsx",
            description = "Output: table (the default), json, csv or xlsx (a workbook, with --output); by default from "
                    + "the name of --output.")
    Format format;

    @Mixin
    FileOptions.In in = new FileOptions.In();

    @Mixin
    FileOptions.Out out = new FileOptions.Out();

    @Option(
            names = "--set",
            paramLabel = "RULE.PARAMETER=VALUE",
            description =
                    "A what-if override, repeatable: rate, cap, threshold, window-years or amount of a rule, "
                            + "such as robot-subsidy.rate=0.3 (a fraction) or intelligent-transformation-subsidy.cap=5000000 (yuan).")
    List<String> sets = new ArrayList<>();

    @Option(
            names = "--reading",
            paramLabel = "AMBIGUITY=READING",
            description = "Another reading where the notice can be read two ways, repeatable, such as "
                    + "green-subsidy-base=total-investment: the awards under it (and any --set) are compared with the "
                    + "catalog's reading, side by side, with the sentence and the reason. The ambiguities: "
                    + "zhengce catalog list ambiguities.")
    List<String> readings = new ArrayList<>();

    @Option(names = "--explain", description = "Add every award's steps (table, json, xlsx).")
    boolean explain;

    @Mixin
    LedgerOption ledgerOption;

    @Option(
            names = "--unit",
            paramLabel = "元|万元",
            defaultValue = "元",
            converter = AmountUnit.Converter.class,
            description = "The unit of amounts in tables and workbooks: 元 (default) or 万元, exact (96.0000 万元 is "
                    + "960000.00 元). CSV and JSON carry yuan.")
    AmountUnit unit;

    /** The output's format: as asked, else as the output file's name says, else a table. */
    static Format outputFormat(Format asked, String output) {
        if (asked != null) {
            return asked;
        }
        String name = output == null ? "" : output.toLowerCase(Locale.ROOT);
        return name.endsWith(".csv")
                ? Format.csv
                : name.endsWith(".json") ? Format.json : name.endsWith(".xlsx") ? Format.xlsx : Format.table;
    }

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
        Catalog readAs;
        try {
            readAs = catalog.under(Readings.parse(readings.toArray(new String[0])));
        } catch (PolicyException e) {
            throw new InputError("--reading: " + e.getMessage(), e);
        }
        SubsidyCalculator other = readAs == catalog ? baseline : SubsidyCalculator.of(readAs);
        Overrides overrides;
        try {
            overrides = Overrides.parse(sets.toArray(new String[0]));
            other = other.with(overrides);
        } catch (PolicyException e) {
            throw new InputError("--set " + e.getMessage(), e);
        }
        Format output = outputFormat(format, out.output);
        if (output == Format.xlsx && out.output == null) {
            throw new InputError("--format xlsx: a workbook is written to a file; give --output FILE.xlsx");
        }
        if (unit != AmountUnit.YUAN && (output == Format.csv || output == Format.json)) {
            throw new InputError("--unit " + unit.symbol() + ": for tables and workbooks; " + output + " carries yuan");
        }
        Input input = Input.open(file, root.stdin(), in.format, in.options());
        WhatIf whatIf = overrides.isEmpty() && readAs == catalog ? null : WhatIf.between(baseline, other);
        SubsidyReport.Settings settings =
                new SubsidyReport.Settings(language, explain, unit, out.excelCsv, overrides, readAs);
        // opened once the options are read: bad options open no database
        Ledger ledger = ledgerOption.open(whatIf != null);
        try (Input.Source<Application> read = input.applications(catalog);
                Output target = Output.open(out.output, root.stdout());
                Rejects rejects = out.rejects == null
                        ? null
                        : Rejects.open(out.rejects, read.columns(), out.excelCsv, root.stdout());
                Progress progress = root.progress("subsidy", read::bytesRead, input.size());
                SubsidyReport report = SubsidyReport.of(output, target, settings)) {
            if (whatIf == null) {
                // each row's award is computed as it is read, on the reading thread (its refusal goes with the
                // row: skipped with a rejects file, else the first stops the batch); the ledger settles them in
                // input order, as the calculator's batch does
                Function<Input.Row<Application>, Claim> claim = row -> {
                    try {
                        Claim c = baseline.claim(row.value);
                        // the keys a ledger looks up hashed here, on the reading thread (a string keeps its
                        // hash), so that the thread that settles in order only looks them up
                        c.recipient().hashCode();
                        c.application().id().hashCode();
                        return c;
                    } catch (PolicyException e) {
                        throw row.refused(input.name(), row.value.id(), e);
                    }
                };
                if (ledgerOption.url == null) {
                    // a ledger in memory, which nothing outlasts: settled on the reading thread too, in input
                    // order, a few batches ahead of the output; its refusal stops the batch in its place
                    awards(
                            input,
                            read,
                            rejects,
                            progress,
                            row -> settle(ledger, claim.apply(row), row, input),
                            Function.identity(),
                            a -> a.application().id(),
                            output,
                            report,
                            catalog);
                } else {
                    // a database's ledger records each award as it is settled: here, as it is written
                    awards(
                            input,
                            read,
                            rejects,
                            progress,
                            claim,
                            ledger::settle,
                            c -> c.application().id(),
                            output,
                            report,
                            catalog);
                }
            } else {
                // with a rejects file, the comparison's refusals are tried as the rows are read
                try (ReadAhead<Application, Application> applications = new ReadAhead<>(read, false, row -> {
                    if (rejects != null) {
                        try {
                            whatIf.compare(row.value);
                        } catch (PolicyException e) {
                            throw row.refused(input.name(), row.value.id(), e);
                        }
                    }
                    return row.value;
                })) {
                    Accepted<Application> accepted = new Accepted<>(applications, rejects, progress, null);
                    named(
                            input,
                            accepted,
                            Application::id,
                            () -> compare(whatIf, overrides, catalog, output, report, accepted.stream()));
                }
            }
            progress.close();
            report.close();
            if (rejects != null) {
                rejects.commit();
            }
            target.commit();
            if (rejects != null) {
                spec.commandLine()
                        .getErr()
                        .println("zhengce subsidy: " + rejects.count() + " bad row" + (rejects.count() == 1 ? "" : "s")
                                + " skipped, written with the reasons to " + rejects.name());
            }
        }
    }

    /**
     * The awards of the rows, computed as they are read (on the reading thread), settled by a
     * ledger in input order, each written as it comes, then the totals (not for CSV).
     *
     * @param compute what the reading thread computes from a row: its claim, or its award settled
     * @param settle  the award of what was computed
     * @param id      the application id of what was computed, for a refusal's message
     */
    private static <R> void awards(
            Input input,
            Input.Source<Application> read,
            Rejects rejects,
            Progress progress,
            Function<Input.Row<Application>, R> compute,
            Function<R, Award> settle,
            Function<R, String> id,
            Format output,
            SubsidyReport report,
            Catalog catalog) {
        try (ReadAhead<Application, R> ahead = new ReadAhead<>(read, false, compute)) {
            Accepted<R> accepted = new Accepted<>(ahead, rejects, progress, null);
            named(input, accepted, id, () -> {
                Stream<Award> awards = accepted.stream().map(settle);
                if (output == Format.csv) {
                    // CSV carries the awards only: no totals to sum
                    awards.forEach(report::award);
                    report.end((Totals) null);
                } else {
                    report.end(Totals.of(catalog, awards.peek(report::award)));
                }
            });
        }
    }

    /**
     * Settles a claim on the reading thread; the ledger's refusal is named after the row, as
     * {@link #named} names it, and handed over in the row's place to stop the batch there.
     */
    private static Award settle(Ledger ledger, Claim claim, Input.Row<Application> row, Input input) {
        try {
            return ledger.settle(claim);
        } catch (PolicyException e) {
            throw new RefusedAhead(row.refused(input.name(), claim.application().id(), e));
        }
    }

    /** A ledger's refusal of a row settled ahead, which stops the batch (not a bad row to skip). */
    private static final class RefusedAhead extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** The refusal, named after its row. */
        final InputError refusal;

        RefusedAhead(InputError refusal) {
            super(refusal.getMessage(), refusal, false, false);
            this.refusal = refusal;
        }
    }

    /** The what-if: each difference written as it comes, both sides' totals summed in one pass (not for CSV). */
    private static void compare(
            WhatIf whatIf,
            Overrides overrides,
            Catalog catalog,
            Format output,
            SubsidyReport report,
            Stream<Application> applications) {
        if (output == Format.csv) {
            whatIf.compare(applications).forEach(report::difference);
            report.end(overrides, null, null);
            return;
        }
        try (SideTotals side = new SideTotals(catalog)) {
            Totals alternative = Totals.of(
                    catalog,
                    whatIf.compare(applications)
                            .peek(d -> {
                                report.difference(d);
                                side.add(d.baseline());
                            })
                            .map(WhatIf.Difference::alternative));
            report.end(overrides, side.finish(), alternative);
        }
    }

    /**
     * Runs the batch; a refusal by the library (a ledger's, as the rows are settled) is turned
     * into an error naming the row it was working on.
     */
    private static <R> void named(Input input, Accepted<R> accepted, Function<R, String> id, Runnable batch) {
        try {
            batch.run();
        } catch (RefusedAhead e) {
            throw e.refusal;
        } catch (PolicyException e) {
            Input.Row<R> row = accepted.current();
            if (row == null) {
                throw new InputError(input.name() + ": " + e.getMessage(), e);
            }
            throw row.refused(input.name(), id.apply(row.value), e);
        }
    }

    /**
     * {@link Totals#of} over awards handed over one at a time: it runs on a thread of its own and
     * takes them in batches, so that a what-if sums both sides in one pass over the input.
     */
    static final class SideTotals implements AutoCloseable {
        private static final int BATCH = 1024;
        private final List<Award> end = new ArrayList<>(0);
        private final BlockingQueue<List<Award>> queue = new ArrayBlockingQueue<>(8);
        private final FutureTask<Totals> task;
        private List<Award> batch = new ArrayList<>(BATCH);

        SideTotals(Catalog catalog) {
            Iterator<Award> awards = new Iterator<>() {
                private List<Award> current = List.of();
                private int i;

                @Override
                public boolean hasNext() {
                    while (current != end && i == current.size()) {
                        current = take();
                        i = 0;
                    }
                    return current != end;
                }

                @Override
                public Award next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return current.get(i++);
                }
            };
            task = new FutureTask<>(() -> Totals.of(
                    catalog,
                    StreamSupport.stream(Spliterators.spliteratorUnknownSize(awards, Spliterator.ORDERED), false)));
            Thread thread = new Thread(task, "zhengce-totals");
            thread.setDaemon(true);
            thread.start();
        }

        private List<Award> take() {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the totals were abandoned", e);
            }
        }

        private void put(List<Award> awards) {
            try {
                while (!queue.offer(awards, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    if (task.isDone()) {
                        finish();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }

        /** Hands over one award. */
        void add(Award award) {
            batch.add(award);
            if (batch.size() == BATCH) {
                put(batch);
                batch = new ArrayList<>(BATCH);
            }
        }

        /** Returns the totals of every award handed over. */
        Totals finish() {
            if (!task.isDone()) {
                put(batch);
                put(end);
            }
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("the totals failed", e.getCause());
            }
        }

        /** Stops the thread if the totals were not finished. */
        @Override
        public void close() {
            task.cancel(true);
        }
    }
}
