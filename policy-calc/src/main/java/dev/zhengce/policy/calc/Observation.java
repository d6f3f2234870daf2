package dev.zhengce.policy.calc;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.zhengce.policy.model.DecimalLimit;
import dev.zhengce.policy.model.InvalidInputException;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An observed value of a target's indicator in one year, in the target's unit (a percentage as
 * points: {@code 25} for 25 %), or an analyst's judgement of a qualitative target.
 *
 * <p>For cumulative targets (累计) an observation is the year's addition; the evaluator sums
 * them. For reductions (比2016年降低18%) it is the indicator's level, and the baseline year needs
 * an observation too.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableObservation.class)
@JsonDeserialize(as = ImmutableObservation.class)
public abstract class Observation {
    /** An analyst's judgement of a target that has no number. */
    public enum Judgement {
        /** Judged attained. */
        MET,
        /** Judged not attained. */
        NOT_MET
    }

    /** {@return the target id} */
    public abstract String target();

    /** {@return the year observed} */
    public abstract int year();

    /** {@return the observed value, in the target's unit} */
    public abstract Optional<BigDecimal> value();

    /** {@return the analyst's judgement, for qualitative targets and those needing one} */
    public abstract Optional<Judgement> judgement();

    /** {@return a note: the source of the figure, a caveat} */
    public abstract Optional<String> note();

    /** {@return a builder} */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Inputs.text("target", target());
        Inputs.year("year", year());
        if (value().isEmpty() && judgement().isEmpty()) {
            throw new InvalidInputException("value", null, "an observation gives a value or a judgement");
        }
        value().ifPresent(v -> {
            if (!DecimalLimit.admits(v)) {
                throw new InvalidInputException("value", v.toString(), DecimalLimit.WORDS);
            }
        });
        note().ifPresent(n -> {
            if (n.length() > 2000) {
                throw new InvalidInputException("note", n, "a note has at most 2000 characters");
            }
        });
    }

    /** Returns {@code target year: value}. */
    @Override
    public String toString() {
        return target() + " " + year() + ": "
                + value().map(BigDecimal::toPlainString).orElse("")
                + judgement().map(j -> " " + j).orElse("");
    }

    /** Builds an {@link Observation}. */
    public static final class Builder extends ImmutableObservation.Builder {}
}
