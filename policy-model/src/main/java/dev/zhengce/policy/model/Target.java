package dev.zhengce.policy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A target (目标) or measurable milestone: an indicator, how its number is read
 * ({@link Comparison}), the number, unit, year and period, and the sentence it comes from.
 *
 * <p>The same indicator may be stated twice in the notice, with different numbers; each
 * statement is its own target with its own citation, sharing the {@link #indicator()} id.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTarget.class)
@JsonDeserialize(as = ImmutableTarget.class)
public abstract class Target {
    /** Returns the stable id of this statement, such as {@code green-energy-intensity-2020}. */
    public abstract String id();

    /** Returns the id of the measured quantity, shared by statements of the same indicator. */
    public abstract String indicator();

    /** Returns what is measured, in Chinese and English. */
    public abstract Bilingual description();

    /** Returns how the number is read. */
    public abstract Comparison comparison();

    /** Returns the number, for every comparison that states one ({@link Comparison#hasValue()}). */
    public abstract Optional<BigDecimal> value();

    /** Returns the upper end of a {@link Comparison#BETWEEN} range (2至4家: 4). */
    public abstract Optional<BigDecimal> upper();

    /**
     * Returns the tolerance of an {@link Comparison#ABOUT} target where one is stated. The
     * notice never states one (左右 is not a number): the analyst supplies it.
     */
    public abstract Optional<BigDecimal> tolerance();

    /** Returns the baseline, for reductions and from-to targets. */
    public abstract Optional<Baseline> baseline();

    /** Returns the unit of the number. */
    public abstract Unit unit();

    /** Returns the target year: the year by which, or the last year in which, it applies. */
    public abstract int year();

    /** Returns the first year of a recurring, cumulative or maintained target. */
    public abstract Optional<Integer> fromYear();

    /** Returns over which years the target is measured; by default the target year. */
    @Value.Default
    public Period period() {
        return Period.BY_YEAR;
    }

    /** Returns whether the text only strives for it (力争): measured, and flagged as such. */
    @Value.Default
    public boolean aspirational() {
        return false;
    }

    /** Returns the source sentence. */
    public abstract Citation citation();

    /** Returns a builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Errors.id("id", id());
        Errors.id("indicator", indicator());
        Comparison c = comparison();
        if (c.hasValue() != value().isPresent()) {
            throw Errors.data("value", value().orElse(null),
                    c.hasValue() ? "a " + c + " target states a value" : "a " + c + " target states no value");
        }
        value().ifPresent(v -> number("value", v));
        if ((c == Comparison.BETWEEN) != upper().isPresent()) {
            throw Errors.data("upper", upper().orElse(null), "upper is stated exactly for BETWEEN targets");
        }
        upper().ifPresent(u -> {
            number("upper", u);
            if (u.compareTo(value().orElseThrow()) < 0) {
                throw Errors.data("upper", Errors.show(u), "upper must not be below value");
            }
        });
        tolerance().ifPresent(t -> {
            if (c != Comparison.ABOUT) {
                throw Errors.data("tolerance", Errors.show(t), "only ABOUT targets have a tolerance");
            }
            number("tolerance", t);
        });
        if (c == Comparison.REDUCTION && baseline().flatMap(Baseline::year).isEmpty()) {
            throw Errors.data("baseline.year", null, "a REDUCTION target states its baseline year");
        }
        if (c == Comparison.FROM_TO && baseline().flatMap(Baseline::value).isEmpty()) {
            throw Errors.data("baseline.value", null, "a FROM_TO target states its baseline value");
        }
        if ((c == Comparison.QUALITATIVE) != (unit() == Unit.NONE)) {
            throw Errors.data("unit", unit(), "exactly the QUALITATIVE targets have unit NONE");
        }
        if (period().isSingleYear() == fromYear().isPresent()) {
            throw Errors.data("fromYear", fromYear().orElse(null),
                    "EACH_YEAR, CUMULATIVE and MAINTAIN targets state fromYear; BY_YEAR and IN_YEAR targets do not");
        }
        fromYear().ifPresent(f -> {
            if (f > year()) {
                throw Errors.data("fromYear", f, "fromYear must not be after year " + year());
            }
        });
    }

    private void number(String field, BigDecimal v) {
        Errors.decimal(field, v);
        if (v.signum() < 0) {
            throw Errors.data(field, v.toPlainString(), "target numbers are not negative");
        }
        if (unit() == Unit.COUNT && v.stripTrailingZeros().scale() > 0) {
            throw Errors.data(field, v.toPlainString(), "a count is a whole number");
        }
    }

    /** Returns a one-line summary, such as {@code high-tech-enterprises-2018: 国家高新技术企业总数突破15家 > 15个 (2018)}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(id()).append(": ").append(description().zh()).append(' ')
                .append(comparison().symbol());
        value().ifPresent(v -> b.append(' ').append(v.toPlainString()));
        upper().ifPresent(u -> b.append('–').append(u.toPlainString()));
        b.append(unit().symbol(Language.ZH)).append(" (");
        fromYear().ifPresent(f -> b.append(f).append('–'));
        b.append(year());
        if (period() != Period.BY_YEAR) {
            b.append(", ").append(period());
        }
        if (aspirational()) {
            b.append(", 力争");
        }
        return b.append(')').toString();
    }

    /** Builds a {@link Target}. */
    public static final class Builder extends ImmutableTarget.Builder {
    }
}
