package dev.zhengce.policy.calc;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.zhengce.policy.model.Cny;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What an enterprise tells a policy-matching service (政策计算器): its statuses (such as
 * {@code cultivation-listed}), its facts and planned investments in yuan by category or fact id
 * ({@code annual-revenue}, {@code software-investment}, {@code new-investment}), and any rates
 * or amounts the city has decided for rules the notice leaves open, by rule id.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEnterpriseProfile.class)
@JsonDeserialize(as = ImmutableEnterpriseProfile.class)
public abstract class EnterpriseProfile {
    /** {@return the enterprise's reference} */
    public abstract String id();

    /** {@return its industry, as the caller names it} */
    public abstract Optional<String> industry();

    /** {@return the statuses it holds, such as {@code city-certified}} */
    public abstract Set<String> statuses();

    /** {@return its facts and planned investments, in yuan by category or fact id} */
    public abstract Map<String, BigDecimal> facts();

    /** {@return the year the estimate is for; by default the notice's year} */
    public abstract Optional<Integer> year();

    /** {@return locally decided rates by rule id, for rules that leave the rate open} */
    public abstract Map<String, BigDecimal> rates();

    /** {@return locally decided amounts in yuan by rule id, for rules that leave the amount open} */
    public abstract Map<String, BigDecimal> amounts();

    /**
     * {@return the honours the enterprise won (中国质量奖, 河南省著名商标, …), by the Chinese or
     * English names the catalog gives them, for rules awarded per honour}
     */
    public abstract Set<String> honours();

    /** {@return a builder} */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Inputs.text("id", id());
        facts().forEach((k, v) -> Cny.yuan("facts." + k, v));
        rates().forEach((k, v) -> Inputs.rate("rates." + k, v));
        amounts().forEach((k, v) -> Cny.yuan("amounts." + k, v));
        year().ifPresent(y -> Inputs.year("year", y));
        honours().forEach(h -> Inputs.text("honours", h));
    }

    /**
     * Builds an {@link EnterpriseProfile}. An amount is put with {@code fact(id, yuan)}, from its
     * decimal text or a {@link BigDecimal}, as an application's is with {@code cost} (Immutables
     * also generates {@code putFacts}, which does the same).
     */
    public static final class Builder extends ImmutableEnterpriseProfile.Builder {
        /**
         * Puts a fact or planned investment, in yuan, from its decimal text.
         *
         * @param id   the cost category or fact id
         * @param yuan the amount, such as {@code "50000000.00"}
         * @return this builder
         */
        public Builder fact(String id, String yuan) {
            return fact(id, Inputs.decimal("facts." + id, yuan));
        }

        /**
         * Puts a fact or planned investment, in yuan.
         *
         * @param id   the cost category or fact id
         * @param yuan the amount
         * @return this builder
         */
        public Builder fact(String id, BigDecimal yuan) {
            putFacts(id, yuan);
            return this;
        }
    }
}
