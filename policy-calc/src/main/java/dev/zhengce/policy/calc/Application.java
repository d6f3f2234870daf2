package dev.zhengce.policy.calc;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.zhengce.policy.model.Cny;
import dev.zhengce.policy.model.InvalidInputException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An application for one money rule: the facts a calculation needs.
 *
 * <p>{@link #costs()} holds amounts in yuan by cost category or fact id — the categories the
 * rule is a share of ({@code software-investment}, {@code hardware-investment}) and the facts
 * its conditions are on ({@code new-investment}, {@code annual-revenue}). Yearly rules need the
 * spending {@link #year()} and the {@link #listingYear()} their support window counts from.
 * {@link #rate()} and {@link #amount()} are the numbers the notice leaves to local decision,
 * supplied by the caller for rules that leave them open.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableApplication.class)
@JsonDeserialize(as = ImmutableApplication.class)
public abstract class Application {
    /** {@return the caller's reference for this application, such as {@code A-2018-0042}} */
    public abstract String id();

    /**
     * {@return who applies: the recipient that yearly caps and once-only awards are counted for}
     * A rule with such a limit needs it when the award goes through a {@link Ledger}; it is never
     * guessed from the application id.
     */
    public abstract Optional<String> applicant();

    /** {@return the applicant, or the application id where none is named (a recipient of its own)} */
    public String recipient() {
        return applicant().orElse(id());
    }

    /** {@return the id of the rule applied for, such as {@code intelligent-transformation-subsidy}} */
    public abstract String rule();

    /** {@return amounts in yuan by cost category or fact id} */
    public abstract Map<String, BigDecimal> costs();

    /** {@return the year of the spending, for yearly rules} */
    public abstract Optional<Integer> year();

    /** {@return the year the support window counts from (the listing year), for yearly rules} */
    public abstract Optional<Integer> listingYear();

    /** {@return the rate the caller supplies where the notice leaves it open (一定比例)} */
    public abstract Optional<BigDecimal> rate();

    /** {@return the amount in yuan the caller supplies where the notice gives none} */
    public abstract Optional<BigDecimal> amount();

    /**
     * {@return the honour the award is for, for rules awarded per honour (the quality-brand award:
     * 中国质量奖, 河南省著名商标, …), by its Chinese or English name as the catalog writes it}
     */
    public abstract Optional<String> honour();

    /** {@return the currency of every amount; only {@code CNY} is accepted} */
    @Value.Default
    public String currency() {
        return "CNY";
    }

    /** {@return a builder} */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Inputs.text("id", id());
        applicant().ifPresent(a -> Inputs.text("applicant", a));
        honour().ifPresent(h -> Inputs.text("honour", h));
        Inputs.text("rule", rule());
        if (!"CNY".equals(currency())) {
            throw new InvalidInputException("currency", currency(), "amounts must be in CNY");
        }
        if (costs().size() > 64) {
            throw new InvalidInputException("costs", costs().size() + " entries", "at most 64 cost categories");
        }
        for (Map.Entry<String, BigDecimal> e : costs().entrySet()) {
            Inputs.text("costs", e.getKey());
            if (!Cny.isYuan(e.getValue())) {
                Cny.yuan("costs." + e.getKey(), e.getValue()); // throws, naming the cost
            }
        }
        year().ifPresent(y -> Inputs.year("year", y));
        listingYear().ifPresent(y -> Inputs.year("listingYear", y));
        rate().ifPresent(r -> Inputs.rate("rate", r));
        amount().ifPresent(a -> Cny.yuan("amount", a));
    }

    /** Returns {@code id: rule costs}. */
    @Override
    public String toString() {
        return id() + ": " + rule() + " " + costs()
                + year().map(y -> " year " + y).orElse("");
    }

    /**
     * Builds an {@link Application}. An amount is put with {@code cost(category, yuan)}, from its
     * decimal text or a {@link BigDecimal}: the one spelling the project uses (Immutables also
     * generates {@code putCosts}, which does the same).
     */
    public static final class Builder extends ImmutableApplication.Builder {
        /**
         * Puts an amount of one cost category or fact, in yuan, from its decimal text.
         *
         * @param category the cost category or fact id
         * @param yuan     the amount, such as {@code "12000000.00"}
         * @return this builder
         */
        public Builder cost(String category, String yuan) {
            return cost(category, Inputs.decimal("costs." + category, yuan));
        }

        /**
         * Puts an amount of one cost category or fact, in yuan.
         *
         * @param category the cost category or fact id
         * @param yuan     the amount, such as {@code new BigDecimal("12000000.00")}
         * @return this builder
         */
        public Builder cost(String category, BigDecimal yuan) {
            putCosts(category, yuan);
            return this;
        }
    }
}
