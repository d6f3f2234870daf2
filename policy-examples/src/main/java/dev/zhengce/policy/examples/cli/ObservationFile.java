package dev.zhengce.policy.examples.cli;

import dev.zhengce.policy.calc.AttainmentEvaluator;
import dev.zhengce.policy.calc.Observation;
import dev.zhengce.policy.calc.Scorecard;
import dev.zhengce.policy.model.PolicyException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Observations read from bytes that came with a name (an uploaded file), exactly as
 * {@code zhengce attainment} reads a file: a JSON array, CSV (UTF-8, a byte-order mark skipped)
 * or the first sheet of an {@code .xlsx} workbook, with the columns target, year, value,
 * judgement, note. The first bad row stops the reading with a {@link Refused} naming the file,
 * the row (the line of CSV, the sheet and row of a workbook, the element of JSON) and the field,
 * in the tool's own words. Immutable once read.
 */
public final class ObservationFile {
    private final String name;
    private final List<Input.Row<Observation>> rows;

    private ObservationFile(String name, List<Input.Row<Observation>> rows) {
        this.name = name;
        this.rows = rows;
    }

    /**
     * Reads every row of an uploaded file.
     *
     * @param name  the file's name, whose ending (.csv, .xlsx, .json) gives the format
     * @param bytes the file's bytes, read to the end (not closed)
     * @return the observations with where each was read
     * @throws Refused if the file cannot be read or a row is bad
     */
    public static ObservationFile read(String name, InputStream bytes) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
        try {
            Input input = Input.of(name, bytes, new Input.Options(StandardCharsets.UTF_8, null, 1));
            List<Input.Row<Observation>> rows = new ArrayList<>();
            try (Input.Source<Observation> source = input.observations()) {
                for (Input.Row<Observation> row = source.next(); row != null; row = source.next()) {
                    if (row.error != null) {
                        throw row.error;
                    }
                    rows.add(row);
                }
            }
            return new ObservationFile(name, List.copyOf(rows));
        } catch (InputError e) {
            throw new Refused(e);
        }
    }

    /** {@return the file's name} */
    public String name() {
        return name;
    }

    /** {@return the observations, in the order read} */
    public List<Observation> observations() {
        List<Observation> values = new ArrayList<>(rows.size());
        rows.forEach(r -> values.add(r.value));
        return values;
    }

    /**
     * Evaluates the observations as of a year; a row the evaluator refuses is named as the tool
     * names it (its line, sheet row or element, and its field).
     *
     * @param evaluator the evaluator
     * @param asOf      the year the scorecard is as of
     * @return the scorecard
     * @throws Refused if the evaluator refuses a row
     * @throws PolicyException if it refuses the whole input
     */
    public Scorecard scorecard(AttainmentEvaluator evaluator, int asOf) {
        try {
            return evaluator.scorecard(observations(), asOf);
        } catch (PolicyException e) {
            OptionalInt at = FieldPath.row(e, "observations");
            if (at.isEmpty() || at.getAsInt() >= rows.size()) {
                throw e;
            }
            Input.Row<Observation> row = rows.get(at.getAsInt());
            throw new Refused(row.refused(name, row.value.target(), e));
        }
    }

    /** Returns the file's name and the number of observations. */
    @Override
    public String toString() {
        return "ObservationFile[" + name + ", " + rows.size() + " observations]";
    }

    /**
     * A file or a row of it refused, in the command-line tool's words: the file, the row, the
     * field and why.
     */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** The row, or {@code null} for the whole file. */
        private final String where;
        /** What is wrong, without the file and the row. */
        private final String reason;

        Refused(InputError e) {
            super(e.getMessage(), e.getCause());
            this.where = e.where();
            this.reason = e.reason();
        }

        /** {@return the row: {@code line 4}, {@code sheet 观测, row 4}, {@code row [3]}; empty for the whole file} */
        public java.util.Optional<String> where() {
            return java.util.Optional.ofNullable(where);
        }

        /** {@return what is wrong, without the file and the row} */
        public String reason() {
            return reason;
        }
    }
}
