package dev.zhengce.policy.examples.service;

import dev.zhengce.policy.model.DecimalLimit;
import dev.zhengce.policy.model.PolicyException;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A page's form as it was submitted, and the messages to show beside its fields. A field is
 * named as the API's problem details name it ({@code facts.software-investment},
 * {@code costs.hardware-investment}, {@code year}, {@code observations}): the form's inputs carry
 * those names, and a {@link PolicyException} of the SDK lands beside the input its
 * {@link PolicyException#field()} names, or at the top of the form when no input has that name.
 */
final class PageForm {
    /** A plain non-negative decimal, as a person types it: digits, a point, digits. */
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,30}(\\.[0-9]{1,12})?");

    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

    private final Map<String, String> values;
    private final Map<String, String> errors = new LinkedHashMap<>();

    PageForm(Map<String, String> values) {
        this.values = values;
    }

    /**
     * Reads a request's parameters as a form: each field's values joined by commas, in the
     * order sent, without the CSRF token.
     *
     * @param request the request
     * @return the form
     */
    static PageForm of(HttpServletRequest request) {
        Map<String, String> values = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> {
            if (!"_csrf".equals(k)) {
                values.put(k, String.join(",", v));
            }
        });
        return new PageForm(values);
    }

    /** {@return the submitted values, by field} */
    Map<String, String> values() {
        return values;
    }

    /** {@return the messages, by field; {@code ""} for the form as a whole} */
    Map<String, String> errors() {
        return errors;
    }

    /** {@return whether a field or the form has a message} */
    boolean failed() {
        return !errors.isEmpty();
    }

    /**
     * Returns a field's text, trimmed, if it is not blank.
     *
     * @param field the field
     * @return the text
     */
    Optional<String> text(String field) {
        String v = values.get(field);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    /**
     * Reads a field as a plain non-negative decimal ({@code 3000000}, {@code 0.3}); a message
     * beside it when it is not one.
     *
     * @param field the field
     * @return the value, if given and readable
     */
    Optional<BigDecimal> decimal(String field) {
        Optional<String> text = text(field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String t = text.get().replace(",", "");
        if (!DECIMAL.matcher(t).matches() || !DecimalLimit.admits(new BigDecimal(t))) {
            refuse(
                    field,
                    text.get(),
                    "a plain non-negative decimal (" + DecimalLimit.WORDS + "), such as 3000000 or 0.3");
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(t));
    }

    /**
     * Reads a field as a year of four digits.
     *
     * @param field the field
     * @return the year, if given and readable
     */
    Optional<Integer> year(String field) {
        Optional<String> text = text(field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (!YEAR.matcher(text.get()).matches()) {
            refuse(field, text.get(), "a year of four digits, such as 2018");
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(text.get()));
    }

    /**
     * Puts a message beside a field, in the words the SDK uses: {@code = value: rule}.
     *
     * @param field the field, or {@code ""} for the whole form
     * @param value the value refused, or {@code null}
     * @param rule  what was expected
     */
    void refuse(String field, String value, String rule) {
        errors.putIfAbsent(
                field == null ? "" : field, (value == null ? "" : "= " + Queries.abbreviate(value) + ": ") + rule);
    }

    /**
     * Puts the SDK's refusal beside the field it names, under the prefix of the form's names
     * ({@code facts.} where the SDK names a fact within the profile it was given, {@code ""} where
     * the names are the same), or at the top of the form when it names no field.
     *
     * @param e      the refusal
     * @param prefix the prefix of the form's field names, or {@code ""}
     */
    void refuse(PolicyException e, String prefix) {
        String field = e.field() == null || e.field().isEmpty() ? "" : prefix + e.field();
        refuse(field, e.value().orElse(null), e.rule());
    }
}
