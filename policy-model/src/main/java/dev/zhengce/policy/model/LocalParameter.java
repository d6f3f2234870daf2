package dev.zhengce.policy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A number the notice leaves to local decision (一定比例, an award with no amount): the
 * catalog never makes one up; a calculation needs the caller to supply it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLocalParameter.class)
@JsonDeserialize(as = ImmutableLocalParameter.class)
public abstract class LocalParameter {
    /** Which number is left open. */
    public enum Kind {
        /** A rate: 一定比例. */
        RATE,
        /** An amount of money: 给予奖励 without a sum. */
        AMOUNT
    }

    /** {@return which number is left open} */
    public abstract Kind kind();

    /** {@return the words of the text that leave it open, such as {@code 一定比例}} */
    public abstract String wording();

    /** {@return what the text says it depends on, where it says so} */
    public abstract Bilingual note();

    /** {@return a builder} */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.text("wording", wording());
    }

    /** Returns {@code RATE (一定比例)}. */
    @Override
    public String toString() {
        return kind() + " (" + wording() + ")";
    }

    /** Builds a {@link LocalParameter}. */
    public static final class Builder extends ImmutableLocalParameter.Builder {}
}
