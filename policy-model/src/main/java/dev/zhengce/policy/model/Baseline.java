package dev.zhengce.policy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a target is measured against: a baseline year (比2016年降低18%), a baseline value
 * (由10%提高到30%以上), or both.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBaseline.class)
@JsonDeserialize(as = ImmutableBaseline.class)
public abstract class Baseline {
    /** {@return the baseline year, where the text states one} */
    public abstract Optional<Integer> year();

    /** {@return the baseline value, in the target's unit, where the text states one} */
    public abstract Optional<BigDecimal> value();

    /** {@return a builder} */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        if (year().isEmpty() && value().isEmpty()) {
            throw Checks.data("baseline", null, "a baseline states a year, a value, or both");
        }
        year().ifPresent(y -> {
            if (y < 1949 || y > 2100) {
                throw Checks.data("baseline.year", y, "year must be within 1949..2100");
            }
        });
        value().ifPresent(v -> Checks.decimal("baseline.value", v));
    }

    /** Returns the baseline as text, such as {@code 2016} or {@code 10 (2016)}. */
    @Override
    public String toString() {
        return value().map(BigDecimal::toPlainString)
                .map(v -> v + year().map(y -> " (" + y + ")").orElse(""))
                .orElseGet(() -> String.valueOf(year().orElseThrow()));
    }

    /** Builds a {@link Baseline}. */
    public static final class Builder extends ImmutableBaseline.Builder {}
}
