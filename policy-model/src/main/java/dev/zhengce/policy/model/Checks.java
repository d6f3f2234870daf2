package dev.zhengce.policy.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/** The model's data checks, each failing with an {@link InvalidDataException} naming the field. */
final class Checks {
    /** Makes the exception a check throws: data checks and input checks share the rules. */
    @FunctionalInterface
    interface Factory {
        PolicyException create(String field, String value, String rule);
    }

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Checks() {}

    /**
     * A number as text for a message: plain where that is short, scientific where the exponent
     * is extreme (the plain text of 1e-999999999 is a billion characters: never build it).
     */
    static String show(BigDecimal v) {
        return v.scale() >= -30 && v.scale() <= 30 ? v.toPlainString() : v.toString();
    }

    static InvalidDataException data(String field, Object value, String rule) {
        return new InvalidDataException(field, value == null ? null : String.valueOf(value), rule);
    }

    static String id(String field, String id) {
        Objects.requireNonNull(id, field);
        if (id.length() > 80 || !KEBAB.matcher(id).matches()) {
            throw data(field, id, "must be a lowercase kebab-case id such as industry-it");
        }
        return id;
    }

    static String text(String field, String text) {
        Objects.requireNonNull(text, field);
        if (text.isBlank() || !text.strip().equals(text)) {
            throw data(field, text, "must be non-blank text without leading or trailing spaces");
        }
        return text;
    }

    static BigDecimal rate(String field, BigDecimal rate) {
        decimal(field, rate);
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw data(field, rate.toPlainString(), "rate must be within [0, 1]");
        }
        return rate;
    }

    static BigDecimal decimal(String field, BigDecimal value) {
        Objects.requireNonNull(value, field);
        if (!DecimalLimit.admits(value)) {
            throw data(field, value.toString(), "number must have " + DecimalLimit.WORDS);
        }
        return value;
    }

    static java.math.BigDecimal money(String field, javax.money.MonetaryAmount amount) {
        return Cny.yuan(field, amount, InvalidDataException::new);
    }
}
