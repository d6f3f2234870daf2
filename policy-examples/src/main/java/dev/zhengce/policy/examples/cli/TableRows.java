package dev.zhengce.policy.examples.cli;

import static dev.zhengce.policy.examples.cli.Input.closeQuietly;
import static dev.zhengce.policy.examples.cli.Input.describe;

import dev.zhengce.policy.examples.cli.Input.Format;
import dev.zhengce.policy.examples.cli.Input.Options;
import dev.zhengce.policy.examples.cli.Input.Row;
import dev.zhengce.policy.examples.cli.Input.Source;
import dev.zhengce.policy.model.PolicyException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * The rows of a table — CSV or a sheet of a workbook — read strictly into values: a header
 * naming known columns once each, then each row cell by cell into a builder, plain numbers or
 * numbers as office files write them ({@link Numbers}). A problem of one row is handed over
 * with the row ({@link Row}), so that a caller may skip it; a problem of the whole table (its
 * header) is thrown. Which columns a value has, and how each is read, is {@link Columns}'.
 */
final class TableRows {
    private final Input input;
    private final String name;
    private final Format format;
    private final Options options;

    /**
     * Obtains the table of an input.
     *
     * @param input a CSV file or a workbook
     */
    TableRows(Input input) {
        this.input = input;
        this.name = input.name();
        this.format = input.format();
        this.options = input.options();
    }

    /** Puts a cell's text of one column into a builder; a refusal says why, and the caller names the cell. */
    interface Column<B> {
        void set(B builder, String text) throws Numbers.Refused;
    }

    /**
     * Reads the rows of the table: the header names known columns, once each, the required
     * among them; each row then goes into a builder, cell by cell.
     *
     * @param fields   the columns of the value's own fields
     * @param extra    the other columns a table may have (an application's cost categories)
     * @param required the columns that must be there, with a value in every row
     * @param builder  a new builder per row
     * @param columns  how a column's text goes into the builder
     * @param build    the builder's build
     * @param <B>      the builder's type
     * @param <T>      the value's type
     * @return the rows
     */
    <B, T> Source<T> read(
            List<String> fields,
            Set<String> extra,
            List<String> required,
            Supplier<B> builder,
            Function<String, Column<B>> columns,
            Function<B, T> build) {
        Cells cells = input.cells();
        try {
            List<String> header = header(cells, fields, extra, required);
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                index.put(header.get(i), i);
            }
            int width = cells.size();
            Function<String, String> fieldNames = f -> {
                String column = f == null ? "" : f.startsWith("costs.") ? f.substring("costs.".length()) : f;
                Integer i = index.get(column);
                return column.isEmpty() ? "" : i == null ? ", field " + column : cells.field(i, column);
            };
            LongFunction<String> places = cells::where;
            Supplier<List<String>> raw = cells::raw;
            boolean[] isRequired = new boolean[header.size()];
            List<Column<B>> setters = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                isRequired[i] = required.contains(header.get(i));
                setters.add(columns.apply(header.get(i)));
            }
            return new Source<>() {
                @Override
                public Row<T> next() {
                    if (!cells.next()) {
                        return null;
                    }
                    long number = cells.number();
                    try {
                        return new Row<>(row(), null, number, places, raw, fieldNames);
                    } catch (InputError e) {
                        return new Row<>(null, e, number, places, raw, fieldNames);
                    }
                }

                private T row() {
                    int size = cells.size();
                    if (cells.fixedWidth() && size != width) {
                        throw new InputError(
                                name,
                                cells.where(cells.number()),
                                ": " + size + " cells, but the header has " + width
                                        + " columns"
                                        + (size < width
                                                ? "; missing: "
                                                        + header.subList(Math.min(size, header.size()), header.size())
                                                : ""),
                                null);
                    }
                    B b = builder.get();
                    String column = null;
                    int i = 0;
                    try {
                        for (; i < header.size(); i++) {
                            column = header.get(i);
                            String v = cells.text(i);
                            if (v.isEmpty()) {
                                if (isRequired[i]) {
                                    throw new InputError(
                                            name,
                                            cells.where(cells.number()),
                                            cells.field(i, column) + ": required, empty",
                                            null);
                                }
                                continue;
                            }
                            try {
                                setters.get(i).set(b, v);
                            } catch (Numbers.Refused r) {
                                throw new InputError(
                                        name,
                                        cells.where(cells.number()),
                                        cells.field(i, column) + " = " + v + ": " + r.getMessage(),
                                        null);
                            }
                        }
                        for (; i < size; i++) {
                            column = null;
                            if (!cells.text(i).isEmpty()) {
                                throw new InputError(
                                        name,
                                        cells.where(cells.number()),
                                        ", column " + Xlsx.column(i) + ": a value in a column without a name",
                                        null);
                            }
                        }
                        column = null;
                        return build.apply(b);
                    } catch (Numbers.Refused r) {
                        throw new InputError(
                                name,
                                cells.where(cells.number()),
                                (column == null ? ", column " + Xlsx.column(i) : cells.field(i, column)) + ": "
                                        + r.getMessage(),
                                null);
                    } catch (PolicyException e) {
                        String f = e.field() == null || e.field().isEmpty() ? column : e.field();
                        throw new InputError(name, cells.where(cells.number()), fieldNames.apply(f) + describe(e), e);
                    }
                }

                @Override
                public List<String> columns() {
                    return header;
                }

                @Override
                public long bytesRead() {
                    return cells.bytesRead();
                }

                @Override
                public void close() {
                    closeQuietly(cells);
                }
            };
        } catch (RuntimeException e) {
            closeQuietly(cells);
            throw e;
        }
    }

    /** Reads and checks the header: the first row with a cell at or after the header row. */
    private List<String> header(Cells cells, List<String> fields, Set<String> extra, List<String> required) {
        do {
            if (!cells.next()) {
                throw new InputError(name + ": empty; the first " + (format == Format.CSV ? "line" : "row")
                        + " names the columns: " + fields);
            }
        } while (cells.number() < options.headerRow);
        List<String> header = new ArrayList<>();
        int last = -1;
        for (int i = 0; i < cells.size(); i++) {
            String column;
            try {
                column = cells.text(i);
            } catch (Numbers.Refused r) {
                throw new InputError(name + ": " + cells.headerCell(i) + ": " + r.getMessage());
            }
            header.add(column);
            if (!column.isEmpty()) {
                last = i;
            }
        }
        // a sheet's empty cells after the last name are no columns; in CSV every cell is one
        List<String> named = cells.fixedWidth() ? header : header.subList(0, last + 1);
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < named.size(); i++) {
            String column = named.get(i);
            if (column.isEmpty() && !cells.fixedWidth()) {
                throw new InputError(name + ": " + cells.headerCell(i) + ": a column without a name (a merged header "
                        + "cell keeps its text in its first cell only; give each column its own name)");
            }
            if (!fields.contains(column) && !extra.contains(column)) {
                throw new InputError(name + ": " + cells.headerCell(i) + " \"" + column + "\": unknown column; known: "
                        + fields + (extra.isEmpty() ? "" : " and the cost categories and facts " + extra)
                        + (cells.number() == 1 && options.headerRow == 1
                                ? ". If the column names are on a later row (under a title), give --header-row N"
                                : ""));
            }
            if (!seen.add(column)) {
                throw new InputError(name + ": " + cells.headerCell(i) + " \"" + column + "\": named twice");
            }
        }
        for (String r : required) {
            if (!seen.contains(r)) {
                throw new InputError(name + ": " + cells.where(cells.number()) + ": missing column \"" + r
                        + "\"; required: " + required);
            }
        }
        return List.copyOf(named);
    }
}
