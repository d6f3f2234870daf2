package dev.zhengce.policy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A step of a task's timeline (时间节点) that is an action rather than a number, such as
 * "2017年，对化工行业重点企业开展强制性清洁生产审核". Numbers in a timeline are {@link Target}s.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMilestone.class)
@JsonDeserialize(as = ImmutableMilestone.class)
public abstract class Milestone {
    /** {@return the year, where the text gives one} */
    public abstract Optional<Integer> year();

    /** {@return whether it recurs every year (每年制定…, 每年滚动…), rather than once} */
    @Value.Default
    public boolean everyYear() {
        return false;
    }

    /** {@return what is to be done} */
    public abstract Bilingual description();

    /** {@return the source sentence} */
    public abstract Citation citation();

    /** {@return a builder} */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        if (everyYear() && year().isPresent()) {
            throw Checks.data("year", year().get(), "a milestone recurs every year or falls in one year, not both");
        }
    }

    /** Returns {@code year: description}. */
    @Override
    public String toString() {
        return year().map(y -> y + ": ").orElse(everyYear() ? "每年: " : "")
                + description().zh();
    }

    /** Builds a {@link Milestone}. */
    public static final class Builder extends ImmutableMilestone.Builder {}
}
