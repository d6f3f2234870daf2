package dev.zhengce.policy.examples.cli;

import dev.zhengce.policy.calc.Application;
import dev.zhengce.policy.calc.Observation;
import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.PolicyException;
import dev.zhengce.policy.model.PolicyJson;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * One input — a file, or standard input for {@code -} — and its rows, read one at a time.
 *
 * <p>This class is the file: it is opened, its format told from its name or first bytes, its
 * text decoded strictly in the encoding given (UTF-8 by default). JSON arrays are split into
 * their elements here, each read by the model's hardened {@link PolicyJson}; CSV and sheets of
 * {@code .xlsx} workbooks are read as tables by {@link TableRows}, with the columns of
 * {@link Columns}. Every
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
            throw new InputError(
                    path + ": the old Excel format (.xls) is not read: save the workbook as .xlsx, or as CSV");
        }
        Format f = format != null
                ? format
                : lower.endsWith(".csv") ? Format.CSV : lower.endsWith(".xlsx") ? Format.XLSX : Format.JSON;
        return new Input(path, p, null, f, options, size);
    }

    /**
     * Opens bytes that are not a file of this machine (an upload), under the name they came
     * with: the format from the name's ending (.csv, .xlsx, .json), otherwise from the first bytes.
     *
     * @param name    the name used in messages, such as the uploaded file's
     * @param bytes   the bytes, read once
     * @param options the encoding, sheet and header row
     * @return the input
     */
    static Input of(String name, InputStream bytes, Options options) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xls")) {
            throw new InputError(
                    name + ": the old Excel format (.xls) is not read: save the workbook as .xlsx, or as CSV");
        }
        BufferedInputStream in = new BufferedInputStream(bytes, 1 << 16);
        Format f = lower.endsWith(".csv")
                ? Format.CSV
                : lower.endsWith(".xlsx") ? Format.XLSX : lower.endsWith(".json") ? Format.JSON : sniff(in);
        return new Input(name, null, in, f, options, -1);
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

    /** Returns how the input is read: encoding, sheet, header row. */
    Options options() {
        return options;
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

        Row(
                T value,
                InputError error,
                long number,
                LongFunction<String> places,
                Supplier<List<String>> cells,
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

        /**
         * Returns this row, in its place, with a value computed from this row's (or refused after
         * all, by the calculator), and with its cells as read where they are given.
         *
         * @param computed the value, or {@code null} when refused
         * @param refusal  the error that refuses the row, or {@code null}
         * @param read     the row's cells as read, kept, or {@code null} when they will not be asked
         * @param <R>      the computed value's type
         * @return the row
         */
        <R> Row<R> as(R computed, InputError refusal, List<String> read) {
            return new Row<>(
                    refusal == null ? computed : null,
                    refusal,
                    number,
                    places,
                    read == null ? Row::noCells : () -> read,
                    fields);
        }

        private static List<String> noCells() {
            throw new IllegalStateException("the cells of a row read ahead are kept only where they are needed");
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
            return new InputError(
                    file, where() + (id == null ? "" : " (" + id + ")"), fields.apply(field) + describe(e), e);
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
     * category or fact ({@link Columns}).
     *
     * @param catalog the catalog, whose rules name the cost columns a table may have
     * @return the rows
     */
    Source<Application> applications(Catalog catalog) {
        return format == Format.JSON ? elements(Application.class) : Columns.applications(this, catalog);
    }

    /**
     * Reads observations: a JSON array, CSV or a sheet with the columns target, year, value,
     * judgement, note ({@link Columns}).
     *
     * @return the rows
     */
    Source<Observation> observations() {
        return format == Format.JSON ? elements(Observation.class) : Columns.observations(this);
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
                    throw new InputError(
                            name + ": " + (array.index() < 0 ? "" : "in or after row [" + array.index() + "]: ")
                                    + e.getMessage(),
                            e);
                } catch (IOException e) {
                    throw new InputError(name + ": cannot read: " + e.getMessage(), e);
                }
                if (element == null) {
                    return null;
                }
                int index = array.index();
                try {
                    return new Row<>(
                            PolicyJson.read(element, type), null, index, ROW, () -> List.of(element.strip()), FIELD);
                } catch (PolicyException e) {
                    return new Row<>(
                            null,
                            new InputError(name, ROW.apply(index), FIELD.apply(e.field()) + describe(e), e),
                            index,
                            ROW,
                            () -> List.of(element.strip()),
                            FIELD);
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

    /** Opens the input as cells: the rows of a sheet, or of CSV. */
    Cells cells() {
        if (format == Format.XLSX) {
            return Xlsx.read(path, path == null ? stdin : null, name, options.sheet);
        }
        Text text = text();
        return Cells.csv(new Csv.Rows(text), text, name);
    }

    static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException | UncheckedIOException e) {
            // the input was read, or reading it failed: that is what counts
        }
    }

    /** Returns a refusal's value and rule, for a message after the field: {@code  = -0.9: …}. */
    static String describe(PolicyException e) {
        return e.value().map(v -> " = " + v).orElse("") + ": " + e.rule();
    }
}
