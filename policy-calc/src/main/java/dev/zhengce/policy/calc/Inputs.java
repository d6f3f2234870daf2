package dev.zhengce.policy.calc;

import dev.zhengce.policy.model.DecimalLimit;
import dev.zhengce.policy.model.InvalidInputException;
import java.math.BigDecimal;
import java.util.Objects;

/** Checks of caller input, each failing with an {@link InvalidInputException} naming the field. */
final class Inputs {
    /** Earliest year of any fact: the notice is of 2017, its baselines reach back to 2016. */
    static final int FIRST_YEAR = 2000;
    /** Latest year of any fact. */
    static final int LAST_YEAR = 2100;

    private Inputs() {}

    static String text(String field, String text) {
        Objects.requireNonNull(text, field);
        if (text.isBlank() || text.length() > 200) {
            throw new InvalidInputException(field, text, "must be non-blank text of at most 200 characters");
        }
        return text;
    }

    static int year(String field, int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInputException(
                    field, Integer.toString(year), "year must be within " + FIRST_YEAR + ".." + LAST_YEAR);
        }
        return year;
    }

    static BigDecimal rate(String field, BigDecimal rate) {
        Objects.requireNonNull(rate, field);
        if (!DecimalLimit.admits(rate)) {
            throw new InvalidInputException(field, rate.toString(), "a rate has " + DecimalLimit.WORDS);
        }
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidInputException(field, rate.toPlainString(), "a rate is within [0, 1]");
        }
        return rate;
    }

    static BigDecimal decimal(String field, String text) {
        Objects.requireNonNull(text, field);
        if (text.length() > 40) {
            throw new InvalidInputException(field, text, "not a decimal number");
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, text, "not a decimal number", e);
        }
    }
}
