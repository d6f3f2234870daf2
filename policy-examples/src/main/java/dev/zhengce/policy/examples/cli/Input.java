package dev.zhengce.policy.examples.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.zhengce.policy.calc.Application;
import dev.zhengce.policy.calc.Observation;
import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.PolicyException;
import dev.zhengce.policy.model.PolicyJson;
import dev.zhengce.policy.model.Subsidy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * One input document — a file, or standard input for {@code -} — read whole, and its rows.
 * JSON goes through the model's hardened {@link PolicyJson}; CSV is read here, strictly: a
 * header naming known columns, one cell per column, plain decimals (at most two decimals for
 * money). Every failure is an {@link InputError} naming the file, the row and the field.
 */
final class Input {
    /** The input formats. */
    enum Format {
        /** JSON. */
        JSON,
        /** CSV with a header line. */
        CSV
    }

    /** Longest input accepted, as for JSON documents. */
    static final long MAX_BYTES = PolicyJson.MAX_DOCUMENT_LENGTH;

    private static final Pattern MONEY = Pattern.compile("\\d{1,15}(\\.\\d{1,2})?");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,30}(\\.\\d{1,12})?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private static final List<String> APPLICATION_FIELDS =
            List.of("id", "applicant", "rule", "year", "listingYear", "rate", "amount", "honour");
    private static final List<String> OBSERVATION_FIELDS = List.of("target", "year", "value", "judgement", "note");

    private final String name;
    private final byte[] bytes;
    private final Format format;

    private Input(String name, byte[] bytes, Format format) {
        this.name = name;
        this.bytes = bytes;
        this.format = format;
    }

    /**
     * Reads a file, or standard input for {@code -}.
     *
     * @param path   the path, or {@code -}
     * @param stdin  standard input
     * @param format the format, or {@code null} to tell it from the file name (or, for
     *               standard input, from the first character: {@code [} or <code>{</code> is JSON)
     * @return the input
     */
    static Input read(String path, InputStream stdin, Format format) {
        String name = "-".equals(path) ? "<stdin>" : path;
        byte[] bytes;
        try {
            if ("-".equals(path)) {
                bytes = stdin.readNBytes((int) MAX_BYTES + 1);
            } else {
                Path p = Path.of(path);
                if (Files.size(p) > MAX_BYTES) {
                    throw new InputError(name + ": larger than " + MAX_BYTES + " bytes");
                }
                bytes = Files.readAllBytes(p);
            }
        } catch (NoSuchFileException e) {
            throw new InputError(name + ": no such file", e);
        } catch (IOException | java.nio.file.InvalidPathException e) {
            throw new InputError(name + ": cannot read: " + e.getMessage(), e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new InputError(name + ": larger than " + MAX_BYTES + " bytes");
        }
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            bytes = java.util.Arrays.copyOfRange(bytes, 3, bytes.length);
        }
        return new Input(name, bytes, format != null ? format : detect(path, bytes));
    }

    private static Format detect(String path, byte[] bytes) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return Format.CSV;
        }
        if (lower.endsWith(".json") || !"-".equals(path)) {
            return Format.JSON;
        }
        for (byte b : bytes) {
            if (!Character.isWhitespace(b)) {
                return b == '[' || b == '{' ? Format.JSON : Format.CSV;
            }
        }
        return Format.JSON;
    }

    /** Returns the name used in messages: the path, or {@code <stdin>}. */
    String name() {
        return name;
    }

    /** Returns the format. */
    Format format() {
        return format;
    }

    /**
     * Reads one JSON value.
     *
     * @param type the type
     * @param <T>  the type
     * @return the value
     */
    <T> T json(Class<T> type) {
        try {
            return PolicyJson.read(new ByteArrayInputStream(bytes), type);
        } catch (PolicyException e) {
            String where = jsonWhere(e.field());
            throw new InputError(name + (where.isEmpty() ? "" : ": " + where) + describe(e), e);
        }
    }

    /** Rows of a document, each with where it is: {@code row [3]} for JSON, {@code line 4} for CSV. */
    static final class Rows<T> {
        final List<T> values;
        final List<String> where;

        Rows(List<T> values, List<String> where) {
            this.values = List.copyOf(values);
            this.where = List.copyOf(where);
        }
    }

    /**
     * Reads applications, JSON (an array) or CSV.
     *
     * @param catalog the catalog, whose rules name the cost columns a CSV may have
     * @return the applications
     */
    Rows<Application> applications(Catalog catalog) {
        if (format == Format.JSON) {
            List<Application> list = List.of(json(Application[].class));
            List<String> where = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                where.add("row [" + i + "]");
            }
            return new Rows<>(list, where);
        }
        Set<String> costColumns = new LinkedHashSet<>();
        for (Subsidy rule : catalog.subsidies()) {
            costColumns.addAll(rule.basis());
            rule.conditions().forEach(c -> costColumns.add(c.fact()));
        }
        List<Application> list = new ArrayList<>();
        List<String> where = new ArrayList<>();
        List<String> required = List.of("id", "rule");
        csv(APPLICATION_FIELDS, costColumns, required, (line, row) -> {
            Application.Builder b = Application.builder();
            list.add(row(line, row, required, (field, v) -> {
                switch (field) {
                    case "id":
                        b.id(v);
                        break;
                    case "applicant":
                        b.applicant(v);
                        break;
                    case "rule":
                        b.rule(v);
                        break;
                    case "year":
                        b.year(year(line, field, v));
                        break;
                    case "listingYear":
                        b.listingYear(year(line, field, v));
                        break;
                    case "rate":
                        b.rate(decimal(line, field, v));
                        break;
                    case "amount":
                        b.amount(money(line, field, v));
                        break;
                    case "honour":
                        b.honour(v);
                        break;
                    default:
                        b.putCosts(field, money(line, field, v));
                }
            }, b::build));
            where.add("line " + line);
        });
        return new Rows<>(list, where);
    }

    /**
     * Reads observations, JSON (an array) or CSV.
     *
     * @return the observations
     */
    Rows<Observation> observations() {
        if (format == Format.JSON) {
            List<Observation> list = List.of(json(Observation[].class));
            List<String> where = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                where.add("row [" + i + "]");
            }
            return new Rows<>(list, where);
        }
        List<Observation> list = new ArrayList<>();
        List<String> where = new ArrayList<>();
        List<String> required = List.of("target", "year");
        csv(OBSERVATION_FIELDS, Set.of(), required, (line, row) -> {
            Observation.Builder b = Observation.builder();
            list.add(row(line, row, required, (field, v) -> {
                switch (field) {
                    case "target":
                        b.target(v);
                        break;
                    case "year":
                        b.year(year(line, field, v));
                        break;
                    case "value":
                        b.value(decimal(line, field, v));
                        break;
                    case "judgement":
                        try {
                            b.judgement(Observation.Judgement.valueOf(v));
                        } catch (IllegalArgumentException e) {
                            throw new InputError(name + ": line " + line + ", field judgement = " + v
                                    + ": one of MET, NOT_MET", e);
                        }
                        break;
                    default:
                        b.note(v);
                }
            }, b::build));
            where.add("line " + line);
        });
        return new Rows<>(list, where);
    }

    /**
     * Turns a failure about row {@code index} of this input, from the library, into an error
     * naming the row and the field.
     */
    InputError rowError(Rows<?> rows, int index, String id, PolicyException e) {
        String field = e.field() == null ? "" : e.field().replaceFirst("^observations\\[\\d+\\]\\.?", "");
        if (format == Format.CSV) {
            field = csvField(field, null);
        }
        return new InputError(name + ": " + rows.where.get(index) + (id == null ? "" : " (" + id + ")")
                + (field.isEmpty() ? "" : ", field " + field) + describe(e), e);
    }

    private interface RowHandler {
        void row(long line, Map<String, String> cells);
    }

    /**
     * Puts the non-empty cells of one CSV row into a builder and builds the value; an empty
     * required cell, or a value the library refuses, is an error naming the line and the field.
     */
    private <T> T row(long line, Map<String, String> cells, List<String> required, BiConsumer<String, String> put,
            Supplier<T> build) {
        String field = null;
        try {
            for (Map.Entry<String, String> cell : cells.entrySet()) {
                field = cell.getKey();
                String v = cell.getValue();
                if (v.isEmpty()) {
                    if (required.contains(field)) {
                        throw new InputError(name + ": line " + line + ", field " + field + ": required, empty");
                    }
                    continue;
                }
                put.accept(field, v);
            }
            field = null;
            return build.get();
        } catch (PolicyException e) {
            throw new InputError(name + ": line " + line + ", field " + csvField(e.field(), field) + describe(e), e);
        }
    }

    private void csv(List<String> fields, Set<String> extra, List<String> required, RowHandler handler) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputError(name + ": not UTF-8 text", e);
        }
        try (MappingIterator<List<String>> it = CsvReading.MAPPER.readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(text)) {
            if (!it.hasNextValue()) {
                throw new InputError(name + ": empty; the first line names the columns: " + fields);
            }
            List<String> header = it.nextValue();
            Set<String> seen = new LinkedHashSet<>();
            for (int i = 0; i < header.size(); i++) {
                String column = header.get(i);
                if (!fields.contains(column) && !extra.contains(column)) {
                    throw new InputError(name + ": line 1, column " + (i + 1) + " \"" + column + "\": unknown column; known: "
                            + fields + (extra.isEmpty() ? "" : " and the cost categories and facts " + extra));
                }
                if (!seen.add(column)) {
                    throw new InputError(name + ": line 1, column " + (i + 1) + " \"" + column + "\": named twice");
                }
            }
            for (String r : required) {
                if (!seen.contains(r)) {
                    throw new InputError(name + ": line 1: missing column \"" + r + "\"; required: " + required);
                }
            }
            while (it.hasNextValue()) {
                List<String> cells = it.nextValue();
                long line = it.getParser().currentTokenLocation().getLineNr();
                if (cells.size() != header.size()) {
                    throw new InputError(name + ": line " + line + ": " + cells.size() + " cells, but the header has "
                            + header.size() + " columns" + (cells.size() < header.size()
                                    ? "; missing: " + header.subList(cells.size(), header.size()) : ""));
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < cells.size(); i++) {
                    row.put(header.get(i), cells.get(i));
                }
                handler.row(line, row);
            }
        } catch (JacksonException e) {
            long line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            throw new InputError(name + ": " + (line > 0 ? "line " + line + ": " : "") + "not valid CSV: "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InputError(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    private int year(long line, String field, String v) {
        if (!YEAR.matcher(v).matches()) {
            throw new InputError(name + ": line " + line + ", field " + field + " = " + v + ": not a year (four digits)");
        }
        return Integer.parseInt(v);
    }

    private BigDecimal money(long line, String field, String v) {
        if (!MONEY.matcher(v).matches()) {
            String why = DECIMAL.matcher(v).matches()
                    ? (v.startsWith("-") ? "amount must not be negative" : "amount in yuan with at most 2 decimals (fen)")
                    : "not a number; write yuan as plain decimals such as 1234567.89";
            throw new InputError(name + ": line " + line + ", field " + field + " = " + v + ": " + why);
        }
        return new BigDecimal(v);
    }

    private BigDecimal decimal(long line, String field, String v) {
        if (!DECIMAL.matcher(v).matches()) {
            throw new InputError(name + ": line " + line + ", field " + field + " = " + v
                    + ": not a number; write plain decimals such as 0.05");
        }
        return new BigDecimal(v);
    }

    /** The CSV column of a library field: {@code costs.x} is column {@code x}. */
    private static String csvField(String libraryField, String current) {
        String f = libraryField == null || libraryField.isEmpty() ? (current == null ? "" : current) : libraryField;
        return f.startsWith("costs.") ? f.substring("costs.".length()) : f;
    }

    /** {@code row [3], field costs.x} from a JSON path such as {@code [3].costs.x}. */
    private static String jsonWhere(String path) {
        if (path == null || path.isEmpty()) {
            return "";
        }
        java.util.regex.Matcher m = Pattern.compile("^\\[(\\d+)\\]\\.?(.*)$").matcher(path);
        if (m.matches()) {
            return "row [" + m.group(1) + "]" + (m.group(2).isEmpty() ? "" : ", field " + m.group(2));
        }
        return "field " + path;
    }

    private static String describe(PolicyException e) {
        return e.value().map(v -> " = " + v).orElse("") + ": " + e.rule();
    }

    /** The CSV mapper, made on first use: reading JSON never pays for it. */
    private static final class CsvReading {
        static final CsvMapper MAPPER = CsvMapper.builder()
                .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
                .enable(CsvParser.Feature.TRIM_SPACES)
                .build();
    }
}
