package dev.zhengce.policy.examples.cli;

import dev.zhengce.policy.calc.Application;
import dev.zhengce.policy.calc.Observation;
import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.PolicyException;
import dev.zhengce.policy.model.PolicyJson;
import dev.zhengce.policy.model.Subsidy;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * One input — a file, or standard input for {@code -} — and its rows, read one at a time.
 *
 * <p>JSON arrays are split into their elements, each read by the model's hardened
 * {@link PolicyJson}; CSV and sheets of {@code .xlsx} workbooks are read here, strictly: a
 * header naming known columns, plain numbers or numbers as office files write them
 * ({@link Numbers}). Text is decoded strictly in the encoding given (UTF-8 by default). Every
 * problem is an {@link InputError} naming the file, the row and the field: a problem of one
 * row is handed over with the row, so that a caller may skip it; a problem of the whole input
 * is thrown.
 */
final class Input {
    /** The input formats. */
    enum Format {
        /** JSON. */
        JSON,
        /** CSV with a header line. */
        CSV,
        /** An Excel workbook, one sheet of it. */
        XLSX
    }

    /** How an input is read: its text's encoding, and for tables the sheet and the header's row. */
    static final class Options {
        final Charset encoding;
        final String sheet;
        final int headerRow;

        /**
         * Obtains options.
         *
         * @param encoding  the encoding of text (CSV, JSON)
         * @param sheet     the sheet of a workbook, or {@code null} for the first
         * @param headerRow the row (line of CSV) from which the header is looked for, from 1
         */
        Options(Charset encoding, String sheet, int headerRow) {
            this.encoding = encoding;
            this.sheet = sheet;
            this.headerRow = headerRow;
        }
    }

    private static final List<String> APPLICATION_FIELDS =
            List.of("id", "applicant", "rule", "year", "listingYear", "rate", "amount", "honour");
    private static final List<String> OBSERVATION_FIELDS = List.of("target", "year", "value", "judgement", "note");
    /** Where an element of a JSON array is. */
    private static final LongFunction<String> ROW = i -> "row [" + i + "]";
    /** A field of a JSON element, as the model names it. */
    private static final Function<String, String> FIELD = f -> f == null || f.isEmpty() ? "" : ", field " + f;

    private final String name;
    private final Path path;
    private final InputStream stdin;
    private final Format format;
    private final Options options;
    private final long size;

    private Input(String name, Path path, InputStream stdin, Format format, Options options, long size) {
        this.name = name;
        this.path = path;
        this.stdin = stdin;
        this.format = format;
        this.options = options;
        this.size = size;
    }

    /**
     * Opens a file, or standard input for {@code -}.
     *
     * @param path    the path, or {@code -}
     * @param stdin   standard input
     * @param format  the format, or {@code null} to tell it from the file name (or, for standard
     *                input, from the first bytes: a workbook is a zip, {@code [} or <code>{</code> is JSON)
     * @param options the encoding, sheet and header row
     * @return the input
     */
    static Input open(String path, InputStream stdin, Format format, Options options) {
        if ("-".equals(path)) {
            BufferedInputStream in = new BufferedInputStream(stdin, 1 << 16);
            return new Input("<stdin>", null, in, format != null ? format : sniff(in), options, -1);
        }
        Path p;
        long size;
        try {
            p = Path.of(path);
            if (Files.isDirectory(p)) {
                throw new InputError(path + ": a directory, not a file");
            }
            size = Files.size(p);
        } catch (NoSuchFileException e) {
            throw new InputError(path + ": no such file", e);
        } catch (IOException | InvalidPathException e) {
            throw new InputError(path + ": cannot read: " + e.getMessage(), e);
        }
        String lower = path.toLowerCase(Locale.ROOT);
        if (format == null && lower.endsWith(".xls")) {
            throw new InputError(path + ": the old Excel format (.xls) is not read: save the workbook as .xlsx, or as CSV");
        }
        Format f = format != null ? format
                : lower.endsWith(".csv") ? Format.CSV : lower.endsWith(".xlsx") ? Format.XLSX : Format.JSON;
        return new Input(path, p, null, f, options, size);
    }

    private static Format sniff(BufferedInputStream in) {
        try {
            in.mark(1 << 16);
            byte[] head = in.readNBytes(1 << 12);
            in.reset();
            if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
                return Format.XLSX;
            }
            for (byte b : head) {
                if (b == '[' || b == '{') {
                    return Format.JSON;
                }
                if (!Character.isWhitespace(b) && (b & 0xff) != 0xef && (b & 0xff) != 0xbb && (b & 0xff) != 0xbf) {
                    return Format.CSV;
                }
            }
            return Format.JSON;
        } catch (IOException e) {
            throw new InputError("<stdin>: cannot read: " + e.getMessage(), e);
        }
    }

    /** Returns the name used in messages: the path, or {@code <stdin>}. */
    String name() {
        return name;
    }

    /** Returns the format. */
    Format format() {
        return format;
    }

    /** Returns the size in bytes, or -1 when it is not known (standard input). */
    long size() {
        return size;
    }

    private InputStream bytes() {
        if (path == null) {
            return stdin;
        }
        try {
            return Files.newInputStream(path);
        } catch (IOException e) {
            throw new InputError(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    private Text text() {
        return new Text(bytes(), options.encoding);
    }

    /**
     * Reads one JSON value, the whole document (at most {@link PolicyJson#MAX_DOCUMENT_LENGTH} characters).
     *
     * @param type the type
     * @param <T>  the type
     * @return the value
     */
    <T> T json(Class<T> type) {
        if (format == Format.XLSX) {
            throw new InputError(name + ": a workbook, but a JSON document is expected");
        }
        StringBuilder b = new StringBuilder();
        try (Text t = text()) {
            char[] buf = new char[1 << 14];
            int n;
            while ((n = t.read(buf, 0, buf.length)) >= 0) {
                b.append(buf, 0, n);
                if (b.length() > PolicyJson.MAX_DOCUMENT_LENGTH) {
                    throw new InputError(name + ": larger than " + PolicyJson.MAX_DOCUMENT_LENGTH + " characters");
                }
            }
        } catch (Text.Malformed e) {
            throw new InputError(name + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new InputError(name + ": cannot read: " + e.getMessage(), e);
        }
        try {
            return PolicyJson.read(b.toString(), type);
        } catch (PolicyException e) {
            String field = e.field() == null || e.field().isEmpty() ? "" : ": field " + e.field();
            throw new InputError(name + field + describe(e), e);
        }
    }

    /**
     * One row read: a value, or the error that refuses it; where it is; its cells as read, for
     * a rejects file.
     *
     * @param <T> the value's type
     */
    static final class Row<T> {
        final T value;
        final InputError error;
        /** The row's cells as read; asked only before the next row is read. */
        final Supplier<List<String>> cells;
        private final long number;
        private final LongFunction<String> places;
        private final Function<String, String> fields;

        Row(T value, InputError error, long number, LongFunction<String> places, Supplier<List<String>> cells,
                Function<String, String> fields) {
            this.value = value;
            this.error = error;
            this.number = number;
            this.places = places;
            this.cells = cells;
            this.fields = fields;
        }

        /** Returns where the row is: {@code line 4}, {@code row [3]}, {@code sheet 申报表, row 4}. */
        String where() {
            return places.apply(number);
        }

        /** Returns this row with its cells as read, kept. */
        Row<T> withCells(List<String> read) {
            return new Row<>(value, error, number, places, () -> read, fields);
        }

        /** Returns a row that reads well, refused after all (by the calculator), with its cells as read. */
        static <T> Row<T> refused(Row<T> row, InputError error, List<String> read) {
            return new Row<>(null, error, row.number, row.places, () -> read, row.fields);
        }

        /**
         * Turns the library's refusal of this row's value into an error naming the row and the
         * field (the column of CSV or of a sheet).
         *
         * @param file the file's name
         * @param id   the value's id, shown after the row, or {@code null}
         * @param e    the refusal
         * @return the error
         */
        InputError refused(String file, String id, PolicyException e) {
            String field = FieldPath.withinRow(e, "observations");
            return new InputError(file, where() + (id == null ? "" : " (" + id + ")"), fields.apply(field) + describe(e), e);
        }
    }

    /**
     * Rows read one at a time.
     *
     * @param <T> the value's type
     */
    interface Source<T> extends Closeable {
        /**
         * Reads the next row.
         *
         * @return the row, or {@code null} after the last
         * @throws InputError if the input cannot be read on (not the text it claims, a broken quote…)
         */
        Row<T> next();

        /** Returns the names of the input's columns, for a rejects file. */
        List<String> columns();

        /** Returns the bytes read so far, for the progress bar. */
        long bytesRead();

        @Override
        void close();
    }

    /**
     * Reads applications: a JSON array, CSV or a sheet, with one column per field and per cost
     * category or fact.
     *
     * @param catalog the catalog, whose rules name the cost columns a table may have
     * @return the rows
     */
    Source<Application> applications(Catalog catalog) {
        if (format == Format.JSON) {
            return elements(Application.class);
        }
        Set<String> costColumns = new LinkedHashSet<>();
        for (Subsidy rule : catalog.subsidies()) {
            costColumns.addAll(rule.basis());
            rule.conditions().forEach(c -> costColumns.add(c.fact()));
        }
        return table(APPLICATION_FIELDS, costColumns, List.of("id", "rule"), Application::builder, column -> {
            switch (column) {
                case "id":
                    return (b, v) -> b.id(v);
                case "applicant":
                    return (b, v) -> b.applicant(v);
                case "rule":
                    return (b, v) -> b.rule(v);
                case "year":
                    return (b, v) -> b.year(Numbers.year(v));
                case "listingYear":
                    return (b, v) -> b.listingYear(Numbers.year(v));
                case "rate":
                    return (b, v) -> b.rate(Numbers.read(v, Numbers.Kind.FRACTION));
                case "amount":
                    return (b, v) -> b.amount(Numbers.read(v, Numbers.Kind.MONEY));
                case "honour":
                    return (b, v) -> b.honour(v);
                default:
                    return (b, v) -> b.cost(column, Numbers.read(v, Numbers.Kind.MONEY));
            }
        }, Application.Builder::build);
    }

    /**
     * Reads observations: a JSON array, CSV or a sheet with the columns target, year, value,
     * judgement, note.
     *
     * @return the rows
     */
    Source<Observation> observations() {
        if (format == Format.JSON) {
            return elements(Observation.class);
        }
        return table(OBSERVATION_FIELDS, Set.of(), List.of("target", "year"), Observation::builder, column -> {
            switch (column) {
                case "target":
                    return (b, v) -> b.target(v);
                case "year":
                    return (b, v) -> b.year(Numbers.year(v));
                case "value":
                    return (b, v) -> b.value(Numbers.read(v, Numbers.Kind.VALUE));
                case "judgement":
                    return (b, v) -> {
                        try {
                            b.judgement(Observation.Judgement.valueOf(v));
                        } catch (IllegalArgumentException e) {
                            throw new Numbers.Refused("one of MET, NOT_MET");
                        }
                    };
                default:
                    return (b, v) -> b.note(v);
            }
        }, Observation.Builder::build);
    }

    /** The elements of a JSON array, each read by {@link PolicyJson}. */
    private <T> Source<T> elements(Class<T> type) {
        if (format == Format.XLSX) {
            throw new InputError(name + ": a workbook, but JSON is expected");
        }
        Text text = text();
        JsonArray array = new JsonArray(text);
        return new Source<>() {
            @Override
            public Row<T> next() {
                String element;
                try {
                    element = array.next();
                } catch (JsonArray.Malformed e) {
                    throw new InputError(name + ": " + e.getMessage(), e);
                } catch (Text.Malformed e) {
                    throw new InputError(name + ": " + (array.index() < 0 ? "" : "in or after row [" + array.index() + "]: ")
                            + e.getMessage(), e);
                } catch (IOException e) {
                    throw new InputError(name + ": cannot read: " + e.getMessage(), e);
                }
                if (element == null) {
                    return null;
                }
                int index = array.index();
                try {
                    return new Row<>(PolicyJson.read(element, type), null, index, ROW, () -> List.of(element.strip()), FIELD);
                } catch (PolicyException e) {
                    return new Row<>(null, new InputError(name, ROW.apply(index), FIELD.apply(e.field()) + describe(e), e),
                            index, ROW, () -> List.of(element.strip()), FIELD);
                }
            }

            @Override
            public List<String> columns() {
                return List.of("json");
            }

            @Override
            public long bytesRead() {
                return text.bytesRead();
            }

            @Override
            public void close() {
                closeQuietly(text);
            }
        };
    }

    /** Puts a cell's text of one column into a builder; a refusal says why, and the caller names the cell. */
    private interface Column<B> {
        void set(B builder, String text) throws Numbers.Refused;
    }

    private Cells cells() {
        if (format == Format.XLSX) {
            return Xlsx.read(path, path == null ? stdin : null, name, options.sheet);
        }
        Text text = text();
        return Cells.csv(new Csv.Rows(text), text, name);
    }

    /**
     * Rows of a table (CSV or a sheet): the header names known columns, once each, the
     * required among them; each row then goes into a builder, cell by cell.
     */
    private <B, T> Source<T> table(List<String> fields, Set<String> extra, List<String> required, Supplier<B> builder,
            Function<String, Column<B>> columns, Function<B, T> build) {
        Cells cells = cells();
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
                        throw new InputError(name, cells.where(cells.number()), ": " + size + " cells, but the header has " + width
                                + " columns" + (size < width ? "; missing: " + header.subList(Math.min(size, header.size()),
                                        header.size()) : ""), null);
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
                                    throw new InputError(name, cells.where(cells.number()), cells.field(i, column) + ": required, empty", null);
                                }
                                continue;
                            }
                            try {
                                setters.get(i).set(b, v);
                            } catch (Numbers.Refused r) {
                                throw new InputError(name, cells.where(cells.number()), cells.field(i, column) + " = " + v + ": "
                                        + r.getMessage(), null);
                            }
                        }
                        for (; i < size; i++) {
                            column = null;
                            if (!cells.text(i).isEmpty()) {
                                throw new InputError(name, cells.where(cells.number()), ", column " + Xlsx.column(i)
                                        + ": a value in a column without a name", null);
                            }
                        }
                        column = null;
                        return build.apply(b);
                    } catch (Numbers.Refused r) {
                        throw new InputError(name, cells.where(cells.number()), (column == null ? ", column " + Xlsx.column(i)
                                : cells.field(i, column)) + ": " + r.getMessage(), null);
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
                                ? ". If the column names are on a later row (under a title), give --header-row N" : ""));
            }
            if (!seen.add(column)) {
                throw new InputError(name + ": " + cells.headerCell(i) + " \"" + column + "\": named twice");
            }
        }
        for (String r : required) {
            if (!seen.contains(r)) {
                throw new InputError(name + ": " + cells.where(cells.number()) + ": missing column \"" + r + "\"; required: " + required);
            }
        }
        return List.copyOf(named);
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException | UncheckedIOException e) {
            // the input was read, or reading it failed: that is what counts
        }
    }

    private static String describe(PolicyException e) {
        return e.value().map(v -> " = " + v).orElse("") + ": " + e.rule();
    }
}
