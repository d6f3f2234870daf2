package dev.zhengce.policy.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.moneta.MonetaMoneyModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import javax.money.UnknownCurrencyException;

/**
 * The one JSON mapping of the model, hardened for untrusted documents.
 *
 * <p>Reading rejects, with an {@link InvalidDataException} naming the field: unknown fields,
 * duplicate keys, trailing tokens after the document, {@code null} anywhere (absent optional
 * values are left out, never written as {@code null}), coercions (a string where a number
 * belongs, a fraction where an integer belongs, a number for an enum), numbers longer than
 * 100 digits, nesting deeper than 64, strings longer than 1,000,000 characters, documents
 * longer than 16 MB, and every value the model's own checks refuse. Writing leaves out absent
 * values and writes decimals in plain notation, so that what is written reads back equal.
 *
 * <p>The mapper is configured once and never exposed: it cannot be reconfigured by a caller,
 * and it is safe to use from many threads.
 */
public final class PolicyJson {
    /** Longest number accepted, in characters. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /** Deepest nesting accepted. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Longest string accepted, in characters. */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** Longest document accepted, in bytes or characters. */
    public static final long MAX_DOCUMENT_LENGTH = 16_000_000L;

    static {
        // before the first amount read, which makes Moneta log its configuration at INFO
        MonetaLog.quiet();
    }

    private static final JsonMapper MAPPER = build();

    private PolicyJson() {}

    /**
     * Reads a value from a JSON text.
     *
     * @param json the document
     * @param type the type to read
     * @param <T>  the type
     * @return the value, valid
     * @throws InvalidDataException if the document is not a valid value of the type
     * @throws InvalidInputException if a value breaks a check of a caller's input type (the same
     *         exception its builder throws for the same mistake), the path then from the document's root
     */
    public static <T> T read(String json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(type, "type");
        JsonParser parser = null;
        try (JsonParser p = MAPPER.createParser(json)) {
            parser = p;
            return nonNull(MAPPER.readValue(p, type), type);
        } catch (JacksonException e) {
            throw translate(e, parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a value from a JSON document in UTF-8. The stream is not closed.
     *
     * @param json the document
     * @param type the type to read
     * @param <T>  the type
     * @return the value, valid
     * @throws InvalidDataException if the document is not a valid value of the type
     * @throws InvalidInputException if a value breaks a check of a caller's input type (the same
     *         exception its builder throws for the same mistake), the path then from the document's root
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static <T> T read(InputStream json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(type, "type");
        byte[] bytes;
        try {
            // one byte more than the limit, so that the parser reports a document too long
            bytes = json.readNBytes((int) MAX_DOCUMENT_LENGTH + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int bad = firstMalformedUtf8(bytes);
        if (bad >= 0) {
            throw new InvalidDataException(pathAt(bytes, bad), null, "not valid UTF-8 at byte " + bad);
        }
        JsonParser parser = null;
        try (JsonParser p = MAPPER.createParser(bytes)) {
            parser = p;
            return nonNull(MAPPER.readValue(p, type), type);
        } catch (JacksonException e) {
            throw translate(e, parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document that is {@code null} is no value: null is refused everywhere. */
    private static <T> T nonNull(T value, Class<T> type) {
        if (value == null) {
            throw new InvalidDataException(
                    "", "null", "null is not a " + type.getSimpleName() + "; the document must be one");
        }
        return value;
    }

    /**
     * The offset of the first byte that is not well-formed UTF-8, or -1. Java's decoder is
     * strict where Jackson's is lenient: it refuses overlong forms (C0 AF for '/') and encoded
     * surrogates.
     */
    private static int firstMalformedUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                return in.position();
            }
            if (r.isOverflow()) {
                out.clear();
            } else {
                return decoder.flush(out).isError() ? in.position() : -1;
            }
        }
    }

    /** The path of the value the parser was in when it reached a byte offset, such as {@code plans[0].id}. */
    private static String pathAt(byte[] bytes, int offset) {
        try (JsonParser p = MAPPER.createParser(bytes, 0, offset)) {
            try {
                while (p.nextToken() != null) {
                    // walk to the offset
                }
            } catch (JacksonException e) {
                // the end of the prefix, inside a value
            }
            return path(p.getParsingContext());
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * Writes a value as compact JSON.
     *
     * @param value the value
     * @return the document
     */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getName(), e);
        }
    }

    /**
     * Writes a value as indented JSON, for people.
     *
     * @param value the value
     * @return the document
     */
    public static String writePretty(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getName(), e);
        }
    }

    private static JsonMapper build() {
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                        .build())
                .build();
        return JsonMapper.builder(factory)
                .addModule(new Jdk8Module())
                .addModule(dates())
                .addModule(new MonetaMoneyModule().withoutFormatting())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .defaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL))
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
                .withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Textual,
                        c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Integer,
                        c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Float, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Boolean,
                        c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Enum, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .build();
    }

    /**
     * Dates, the model's only time type ({@link Notice#date()}), as ISO text such as
     * {@code "2017-11-24"} and nothing else: written by hand rather than through Jackson's
     * java.time module, whose seventy-odd classes a cold start would load for one field.
     */
    private static SimpleModule dates() {
        return new SimpleModule("zhengce-dates")
                .addSerializer(LocalDate.class, new JsonSerializer<LocalDate>() {
                    @Override
                    public void serialize(LocalDate date, JsonGenerator gen, SerializerProvider provider)
                            throws IOException {
                        gen.writeString(date.toString());
                    }
                })
                .addDeserializer(LocalDate.class, new JsonDeserializer<LocalDate>() {
                    @Override
                    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                        if (p.currentToken() != JsonToken.VALUE_STRING) {
                            return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
                        }
                        String text = p.getText();
                        try {
                            return LocalDate.parse(text);
                        } catch (DateTimeParseException e) {
                            return (LocalDate)
                                    ctxt.handleWeirdStringValue(LocalDate.class, text, "not a date written yyyy-MM-dd");
                        }
                    }
                });
    }

    /** Turns any Jackson failure into the library's exception, naming the field. */
    static PolicyException translate(JacksonException e, JsonParser parser) {
        // where the parser itself failed (a malformed number, NaN, a duplicate key, a limit), its
        // context names the value it was in; otherwise the binding path does
        String path = parser != null && failedInParser(e) ? path(parser.getParsingContext()) : path(e);
        Throwable cause = e.getCause();
        if (rootCause(e) instanceof UnknownCurrencyException) {
            return new InvalidDataException(
                    join(path, "currency"),
                    ((UnknownCurrencyException) rootCause(e)).getCurrencyCode(),
                    "not a currency code; amounts are in CNY",
                    e);
        }
        if (cause instanceof PolicyException) {
            // the same mistake is the same exception, whether it comes through a builder or JSON
            PolicyException p = (PolicyException) cause;
            return p instanceof InvalidInputException
                    ? new InvalidInputException(join(path, p.field()), p.value().orElse(null), p.rule(), e)
                    : new InvalidDataException(join(path, p.field()), p.value().orElse(null), p.rule(), e);
        }
        if (e instanceof UnrecognizedPropertyException) {
            UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
            return new InvalidDataException(
                    path,
                    null,
                    "unknown field \"" + u.getPropertyName() + "\"; known fields: " + u.getKnownPropertyIds(),
                    e);
        }
        if (e instanceof InvalidNullException) {
            return new InvalidDataException(path, "null", "null is not allowed; leave an absent value out", e);
        }
        if (e instanceof ValueInstantiationException && cause != null) {
            String message = String.valueOf(cause.getMessage());
            if (message.startsWith("Cannot build")) {
                int open = message.indexOf('[');
                int close = message.indexOf(']', open);
                String missing = open >= 0 && close > open ? message.substring(open + 1, close) : "";
                return new InvalidDataException(
                        join(path, missing),
                        null,
                        "required field missing: " + (open >= 0 ? message.substring(open) : message),
                        e);
            }
            return new InvalidDataException(path, null, PolicyException.abbreviate(message), e);
        }
        if (e instanceof StreamConstraintsException) {
            if (String.valueOf(e.getOriginalMessage()).startsWith("Document length")) {
                return new InvalidDataException(
                        "", null, "document too long: " + firstLine(e), e); // the whole document
            }
            return new InvalidDataException(path, null, "document too large or too deep: " + firstLine(e), e);
        }
        if (e instanceof MismatchedInputException) {
            MismatchedInputException m = (MismatchedInputException) e;
            String expected = m.getTargetType() == null ? "" : "expected " + simpleName(m.getTargetType()) + ": ";
            return new InvalidDataException(path, null, expected + firstLine(e), e);
        }
        return new InvalidDataException(path, null, firstLine(e) + location(e.getLocation()), e);
    }

    private static boolean failedInParser(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StreamReadException || t instanceof StreamConstraintsException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String path(JacksonException e) {
        if (e instanceof StreamReadException && ((StreamReadException) e).getProcessor() != null) {
            return path(((StreamReadException) e).getProcessor().getParsingContext());
        }
        if (!(e instanceof JsonMappingException)) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        List<JsonMappingException.Reference> refs = ((JsonMappingException) e).getPath();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    /** The path of the value being read when the parser failed, such as {@code plans[0].id}. */
    private static String path(JsonStreamContext context) {
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.addFirst("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                parts.addFirst((c.getParent() != null && !c.getParent().inRoot() ? "." : "") + c.getCurrentName());
            }
        }
        return String.join("", parts);
    }

    private static String join(String path, String field) {
        if (path.isEmpty()) {
            return field;
        }
        return field == null || field.isEmpty() ? path : path + "." + field;
    }

    private static String firstLine(JacksonException e) {
        String m = String.valueOf(e.getOriginalMessage());
        int nl = m.indexOf('\n');
        return PolicyException.abbreviate(nl < 0 ? m : m.substring(0, nl));
    }

    private static String location(JsonLocation l) {
        return l == null || l.getLineNr() < 0 ? "" : " (line " + l.getLineNr() + ", column " + l.getColumnNr() + ")";
    }

    private static String simpleName(Class<?> type) {
        return type.isEnum() ? "one of " + java.util.Arrays.toString(type.getEnumConstants()) : type.getSimpleName();
    }
}
