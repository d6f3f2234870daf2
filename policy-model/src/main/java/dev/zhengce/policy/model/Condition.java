package dev.zhengce.policy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * An eligibility condition on an amount of money, with its inclusiveness as worded:
 * 新增投资额1000万元以上 is {@code new-investment AT_LEAST 10000000} (1000万元 itself qualifies),
 * 年营业收入超亿元 is {@code annual-revenue MORE_THAN 100000000}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCondition.class)
@JsonDeserialize(as = ImmutableCondition.class)
public abstract class Condition {
    /** {@return the fact the condition is on, such as {@code new-investment}} */
    public abstract String fact();

    /** {@return the relation: one of ≥, &gt;, ≤, &lt;} */
    public abstract Comparison comparison();

    /** {@return the threshold} */
    public abstract MonetaryAmount amount();

    /** {@return the source sentence} */
    public abstract Citation citation();

    /** {@return a builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the threshold in yuan, exact, with two decimals (computed once)} */
    @Value.Lazy
    public java.math.BigDecimal yuan() {
        return Checks.money("amount", amount());
    }

    /**
     * Returns whether a value meets the condition.
     *
     * @param yuan the fact's value in yuan
     * @return whether the relation holds
     */
    public boolean isMetBy(java.math.BigDecimal yuan) {
        int c = yuan.compareTo(yuan());
        switch (comparison()) {
            case AT_LEAST:
                return c >= 0;
            case MORE_THAN:
                return c > 0;
            case AT_MOST:
                return c <= 0;
            case LESS_THAN:
                return c < 0;
            default:
                throw new IllegalStateException(comparison().name());
        }
    }

    @Value.Check
    void check() {
        Checks.id("fact", fact());
        if (!comparison().isOrder()) {
            throw Checks.data(
                    "comparison", comparison(), "a condition is one of AT_LEAST, MORE_THAN, AT_MOST, LESS_THAN");
        }
        Checks.money("amount", amount());
    }

    /** Returns the condition, such as {@code new-investment ≥ 10,000,000.00 元}. */
    @Override
    public String toString() {
        return fact() + " " + comparison().symbol() + " " + Cny.format(yuan());
    }

    /** Builds a {@link Condition}. */
    public static final class Builder extends ImmutableCondition.Builder {}
}
