package dev.zhengce.policy.calc;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.zhengce.policy.model.DecimalLimit;
import java.math.BigDecimal;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What an analyst states where the notice gives no number: the tolerance of 左右 targets, the
 * threshold of 基本实现全覆盖, the quota of 控制在国家下达的目标范围内 — by target id, in the
 * target's unit. Without them such targets need a judgement.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAssumptions.class)
@JsonDeserialize(as = ImmutableAssumptions.class)
public abstract class Assumptions {
    /** {@return tolerances of ABOUT targets, by target id} */
    public abstract Map<String, BigDecimal> tolerances();

    /** {@return thresholds of FULL_COVERAGE targets (such as {@code 95} percent), by target id} */
    public abstract Map<String, BigDecimal> thresholds();

    /** {@return quotas of WITHIN_QUOTA targets, by target id} */
    public abstract Map<String, BigDecimal> quotas();

    /** {@return none: every such target needs a judgement} */
    public static Assumptions none() {
        return builder().build();
    }

    /** {@return a builder} */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        tolerances().forEach((k, v) -> nonNegative("tolerances." + k, v));
        thresholds().forEach((k, v) -> nonNegative("thresholds." + k, v));
        quotas().forEach((k, v) -> nonNegative("quotas." + k, v));
    }

    private static void nonNegative(String field, BigDecimal v) {
        if (v.signum() < 0 || !DecimalLimit.admits(v)) {
            throw new dev.zhengce.policy.model.InvalidInputException(
                    field, v.toString(), "a non-negative number of " + DecimalLimit.WORDS);
        }
    }

    /** Builds {@link Assumptions}. */
    public static final class Builder extends ImmutableAssumptions.Builder {}
}
