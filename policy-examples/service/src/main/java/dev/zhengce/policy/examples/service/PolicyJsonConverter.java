package dev.zhengce.policy.examples.service;

import dev.zhengce.policy.model.InvalidDataException;
import dev.zhengce.policy.model.PolicyException;
import dev.zhengce.policy.model.PolicyJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Spring's JSON message converter for this service, made of the SDK's own hardened mapping
 * ({@link PolicyJson}): there is no second rulebook. Request bodies are read exactly as
 * {@code PolicyJson.read} reads them — unknown fields, duplicate keys, trailing data, nulls,
 * coercions, pathological numbers and bytes that are not UTF-8 are refused, naming the field —
 * and, for arrays, a {@code null} row is refused too. Replies are written by
 * {@code PolicyJson.write} (decimals in plain notation), problem details as RFC 9457 documents.
 *
 * <p>It stands before Spring's own JSON converter and claims every body of the SDK's types, so that
 * no other mapping can read a body this one refused; a {@code charset} other than UTF-8 is refused
 * (415). Spring's converter is left for what the SDK does not write (Actuator's reports).
 */
public final class PolicyJsonConverter extends AbstractHttpMessageConverter<Object> {
    /** Creates the converter for {@code application/json} and {@code application/problem+json}, in UTF-8. */
    public PolicyJsonConverter() {
        super(StandardCharsets.UTF_8, MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
    }

    /** The SDK's own types (and arrays of them), the only ones read or written as the SDK's documents. */
    private static boolean sdkType(Class<?> clazz) {
        Class<?> c = clazz.isArray() ? clazz.getComponentType() : clazz;
        return c.getName().startsWith("dev.zhengce.policy.");
    }

    @Override
    protected boolean supports(Class<?> clazz) {
        return sdkType(clazz)
                || Map.class.isAssignableFrom(clazz)
                || List.class.isAssignableFrom(clazz)
                || ProblemDetail.class.isAssignableFrom(clazz);
    }

    /**
     * Reads the SDK's types from any JSON body, whatever its charset says, so that no other
     * converter reads them: a charset other than UTF-8 is refused when read
     * ({@link UnsupportedCharset}, 415).
     */
    @Override
    public boolean canRead(Class<?> clazz, MediaType mediaType) {
        return sdkType(clazz)
                && mediaType != null
                && (MediaType.APPLICATION_JSON.isCompatibleWith(mediaType)
                        || "json".equals(mediaType.getSubtypeSuffix()));
    }

    @Override
    public boolean canWrite(Class<?> clazz, MediaType mediaType) {
        return supports(clazz) && canWrite(mediaType);
    }

    @Override
    protected Object readInternal(Class<?> clazz, HttpInputMessage input) throws IOException {
        Charset charset = input.getHeaders().getContentType() == null
                ? null
                : input.getHeaders().getContentType().getCharset();
        if (charset != null && !charset.equals(StandardCharsets.UTF_8)) {
            throw new UnsupportedCharset(charset.name());
        }
        Object value;
        try {
            value = PolicyJson.read(input.getBody(), clazz);
        } catch (PolicyException e) {
            throw new HttpMessageNotReadableException(e.getMessage(), e, input);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (clazz.isArray()) {
            for (int i = 0, n = Array.getLength(value); i < n; i++) {
                if (Array.get(value, i) == null) {
                    InvalidDataException e = new InvalidDataException(
                            "[" + i + "]", "null", "null is not allowed; leave an absent value out");
                    throw new HttpMessageNotReadableException(e.getMessage(), e, input);
                }
            }
        }
        return value;
    }

    /** A body declared in a charset other than UTF-8: a 415. */
    public static final class UnsupportedCharset extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnsupportedCharset(String charset) {
            super("charset " + charset + " is not accepted; send application/json in UTF-8", null, false, false);
        }
    }

    @Override
    protected void writeInternal(Object value, HttpOutputMessage output) throws IOException {
        Object document = value instanceof ProblemDetail ? Problems.document((ProblemDetail) value) : value;
        output.getBody().write(PolicyJson.write(document).getBytes(StandardCharsets.UTF_8));
    }
}
