package dev.zhengce.policy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * A dated change to a money rule made by a later document, as OpenFisca's parameters change on
 * a date: from {@link #effective()} on, the rule's rate, cap or fixed amount is the one stated
 * here. The rule as first written stays in the catalog; the rule in force on a day is the rule
 * with every amendment effective by then applied, in date order ({@link #apply(Subsidy)}).
 *
 * <p>The sentence cited is the amending document's, not the notice's: it is checked against that
 * document, never against the notice's source text.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAmendment.class)
@JsonDeserialize(as = ImmutableAmendment.class)
public abstract class Amendment {
    /** {@return the id of the rule changed} */
    public abstract String rule();

    /** {@return the first day the change applies} */
    public abstract LocalDate effective();

    /** {@return the new rate, where the amendment states one} */
    public abstract Optional<BigDecimal> rate();

    /** {@return the new cap, where the amendment states one} */
    public abstract Optional<MonetaryAmount> cap();

    /** {@return the new fixed amount, where the amendment states one} */
    public abstract Optional<MonetaryAmount> amount();

    /** {@return the amending document, by number and title} */
    public abstract String document();

    /** {@return the amending sentence, verbatim from that document} */
    public abstract Citation citation();

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.id("rule", rule());
        Checks.text("document", document());
        if (rate().isEmpty() && cap().isEmpty() && amount().isEmpty()) {
            throw Checks.data("rate", null, "an amendment changes a rate, a cap or an amount");
        }
        rate().ifPresent(r -> Checks.rate("rate", r));
        cap().ifPresent(c -> Checks.money("cap", c));
        amount().ifPresent(a -> Checks.money("amount", a));
    }

    /**
     * Returns the rule as this amendment changes it. A number the rule left to local decision and
     * the amendment states is no longer local.
     *
     * @param rule the rule in force before the amendment
     * @return the rule in force from {@link #effective()}
     * @throws InvalidDataException if the amendment is of another rule, or does not fit it
     */
    public Subsidy apply(Subsidy rule) {
        if (!rule.id().equals(rule())) {
            throw Checks.data("rule", rule(), "this amendment changes " + rule() + ", not " + rule.id());
        }
        Subsidy.Builder b = Subsidy.builder().from(rule);
        rate().ifPresent(r -> b.rate(r)
                .localParameters(rule.localParameters().stream()
                        .filter(p -> p.kind() != LocalParameter.Kind.RATE)
                        .collect(Collectors.toList())));
        amount().ifPresent(a -> b.amount(a)
                .localParameters(rule.localParameters().stream()
                        .filter(p -> p.kind() != LocalParameter.Kind.AMOUNT)
                        .collect(Collectors.toList())));
        cap().ifPresent(b::cap);
        return b.build();
    }

    /** Returns {@code rule from date: changes (document)}. */
    @Override
    public String toString() {
        return rule() + " from " + effective() + ":"
                + rate().map(r -> " rate " + r.toPlainString()).orElse("")
                + cap().map(c -> " cap " + Cny.format(Checks.money("cap", c))).orElse("")
                + amount().map(a -> " amount " + Cny.format(Checks.money("amount", a)))
                        .orElse("") + " (" + document() + ")";
    }

    /** Builds an {@link Amendment}. */
    public static final class Builder extends ImmutableAmendment.Builder {}
}
