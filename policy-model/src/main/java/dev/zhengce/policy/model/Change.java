package dev.zhengce.policy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a {@link Reading} changes in one target or rule of the catalog: only the fields it
 * states. For a target: the period (with its first year, or none for one year), the comparison
 * (a {@link Comparison#QUALITATIVE} reading drops the number and the unit). For a rule: the cost
 * categories it is a share of, the numbers it leaves to local decision.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableChange.class)
@JsonDeserialize(as = ImmutableChange.class)
public abstract class Change {
    /** {@return the id of the target or rule changed} */
    public abstract String element();

    /** {@return the target's new period} */
    public abstract Optional<Period> period();

    /** {@return the target's new first year, for a period that spans years} */
    public abstract Optional<Integer> fromYear();

    /** {@return the target's new comparison} */
    public abstract Optional<Comparison> comparison();

    /** {@return the rule's new cost categories; empty for no change} */
    public abstract List<String> basis();

    /** {@return the rule's new numbers left to local decision; empty for no change} */
    public abstract List<LocalParameter> localParameters();

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return whether it changes a target's fields (otherwise a rule's)} */
    public boolean ofTarget() {
        return period().isPresent() || fromYear().isPresent() || comparison().isPresent();
    }

    @Value.Check
    void check() {
        Checks.id("element", element());
        boolean rule = !basis().isEmpty() || !localParameters().isEmpty();
        if (ofTarget() == rule) {
            throw Checks.data(
                    "element",
                    element(),
                    "a change states a target's period, fromYear or comparison, or a rule's basis or localParameters");
        }
        basis().forEach(c -> Checks.id("basis", c));
    }

    /**
     * Applies the change to a target.
     *
     * @param target the target as written
     * @return the target as this reading reads it
     * @throws InvalidDataException if the result is not a valid target
     */
    public Target apply(Target target) {
        if (!ofTarget()) {
            throw Checks.data("element", element(), "a rule's change does not apply to target " + target.id());
        }
        Target.Builder b = Target.builder().from(target);
        period().ifPresent(p -> {
            b.period(p);
            if (p.isSingleYear()) {
                b.fromYear(Optional.empty());
            }
        });
        fromYear().ifPresent(b::fromYear);
        comparison().ifPresent(c -> {
            b.comparison(c);
            if (!c.hasValue()) {
                b.value(Optional.empty()).upper(Optional.empty()).tolerance(Optional.empty());
            }
            if (c == Comparison.QUALITATIVE) {
                b.unit(Unit.NONE).baseline(Optional.empty()).levelUnit(Optional.empty());
            }
        });
        return b.build();
    }

    /**
     * Applies the change to a rule.
     *
     * @param rule the rule as written
     * @return the rule as this reading reads it
     * @throws InvalidDataException if the result is not a valid rule
     */
    public Subsidy apply(Subsidy rule) {
        if (ofTarget()) {
            throw Checks.data("element", element(), "a target's change does not apply to rule " + rule.id());
        }
        Subsidy.Builder b = Subsidy.builder().from(rule);
        if (!basis().isEmpty()) {
            b.basis(basis());
        }
        if (!localParameters().isEmpty()) {
            b.localParameters(localParameters());
        }
        return b.build();
    }

    /** Returns {@code element: field → value, …}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(element()).append(':');
        period().ifPresent(p -> b.append(" period → ").append(p));
        fromYear().ifPresent(y -> b.append(" fromYear → ").append(y));
        comparison().ifPresent(c -> b.append(" comparison → ").append(c));
        if (!basis().isEmpty()) {
            b.append(" basis → ").append(basis());
        }
        if (!localParameters().isEmpty()) {
            b.append(" local → ").append(localParameters());
        }
        return b.toString();
    }

    /** Builds a {@link Change}. */
    public static final class Builder extends ImmutableChange.Builder {}
}
