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
    /** {@return the stable id of this statement, such as {@code green-energy-intensity-2020}} */
    public abstract String id();

    /** {@return the id of the measured quantity, shared by statements of the same indicator} */
    public abstract String indicator();

    /** {@return what is measured, in Chinese and English} */
    public abstract Bilingual description();

    /** {@return how the number is read} */
    public abstract Comparison comparison();

    /** {@return the number, for every comparison that states one ({@link Comparison#hasValue()})} */
    public abstract Optional<BigDecimal> value();

    /** {@return the upper end of a {@link Comparison#BETWEEN} range (2至4家: 4)} */
    public abstract Optional<BigDecimal> upper();

    /**
     * {@return the tolerance of an {@link Comparison#ABOUT} target where one is stated} The
     * notice never states one (左右 is not a number): the analyst supplies it.
     */
    public abstract Optional<BigDecimal> tolerance();

    /** {@return the baseline, for reductions and from-to targets} */
    public abstract Optional<Baseline> baseline();

    /** {@return the unit of the number} */
    public abstract Unit unit();

    /**
     * Returns, for a {@link Comparison#REDUCTION}, the unit of the level it observes, apart from the
     * unit of the reduction: 规模以上单位工业增加值能耗比2016年降低18% reduces by 18 {@link Unit#PERCENT}
     * a level measured in {@link Unit#TCE_PER_10K_YUAN}. Stated exactly for reductions.
     *
     * @return the unit of the level; empty for every other comparison
     */
    public abstract Optional<Unit> levelUnit();

    /**
     * Returns the unit observations of this target are given in: the level's unit for a
     * reduction, the target's unit otherwise.
     *
     * @return the unit of an observed value
     */
    public Unit observedUnit() {
        return levelUnit().orElse(unit());
    }

    /** {@return the target year: the year by which, or the last year in which, it applies} */
    public abstract int year();

    /** {@return the first year of a recurring, cumulative or maintained target} */
    public abstract Optional<Integer> fromYear();

    /** {@return over which years the target is measured; by default the target year} */
    @Value.Default
    public Period period() {
        return Period.BY_YEAR;
    }

    /** {@return whether the text only strives for it (力争): measured, and flagged as such} */
    @Value.Default
    public boolean aspirational() {
        return false;
    }

    /** {@return the source sentence} */
    public abstract Citation citation();

    /** {@return a builder} */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.id("id", id());
        Checks.id("indicator", indicator());
        Comparison c = comparison();
        if (c.hasValue() != value().isPresent()) {
            throw Checks.data(
                    "value",
                    value().orElse(null),
                    c.hasValue() ? "a " + c + " target states a value" : "a " + c + " target states no value");
        }
        value().ifPresent(v -> number("value", v));
        if ((c == Comparison.BETWEEN) != upper().isPresent()) {
            throw Checks.data("upper", upper().orElse(null), "upper is stated exactly for BETWEEN targets");
        }
        upper().ifPresent(u -> {
            number("upper", u);
            if (u.compareTo(value().orElseThrow()) < 0) {
                throw Checks.data("upper", Checks.show(u), "upper must not be below value");
            }
        });
        tolerance().ifPresent(t -> {
            if (c != Comparison.ABOUT) {
                throw Checks.data("tolerance", Checks.show(t), "only ABOUT targets have a tolerance");
            }
            number("tolerance", t);
        });
        if (c == Comparison.REDUCTION && baseline().flatMap(Baseline::year).isEmpty()) {
            throw Checks.data("baseline.year", null, "a REDUCTION target states its baseline year");
        }
        if ((c == Comparison.REDUCTION) != levelUnit().isPresent()) {
            throw Checks.data(
                    "levelUnit",
                    levelUnit().orElse(null),
                    "exactly the REDUCTION targets state the unit of the level they observe");
        }
        if (levelUnit().filter(u -> u == Unit.NONE).isPresent()) {
            throw Checks.data("levelUnit", Unit.NONE, "a level has a unit");
        }
        if (c == Comparison.FROM_TO && baseline().flatMap(Baseline::value).isEmpty()) {
            throw Checks.data("baseline.value", null, "a FROM_TO target states its baseline value");
        }
        if ((c == Comparison.QUALITATIVE) != (unit() == Unit.NONE)) {
            throw Checks.data("unit", unit(), "exactly the QUALITATIVE targets have unit NONE");
        }
        if (period().isSingleYear() == fromYear().isPresent()) {
            throw Checks.data(
                    "fromYear",
                    fromYear().orElse(null),
                    "EACH_YEAR, CUMULATIVE and MAINTAIN targets state fromYear; BY_YEAR and IN_YEAR targets do not");
        }
        fromYear().ifPresent(f -> {
            if (f > year()) {
                throw Checks.data("fromYear", f, "fromYear must not be after year " + year());
            }
        });
    }

    private void number(String field, BigDecimal v) {
        Checks.decimal(field, v);
        if (v.signum() < 0) {
            throw Checks.data(field, v.toPlainString(), "target numbers are not negative");
        }
        if (unit() == Unit.COUNT && v.stripTrailingZeros().scale() > 0) {
            throw Checks.data(field, v.toPlainString(), "a count is a whole number");
        }
    }

    /** Returns a one-line summary, such as {@code high-tech-enterprises-2018: 国家高新技术企业总数突破15家 > 15个 (2018)}. */
    @Override
    public String toString() {
        return id() + ": " + statement();
    }

    /**
     * Returns what the target states, in one line without its id: the Chinese description, the
     * comparison's symbol, the value (a range's upper end), the unit, the years, the period
     * when it is not by a year, and 力争 for an aspirational target.
     *
     * @return the statement, such as {@code 国家高新技术企业总数突破15家 > 15个 (2018)}
     */
    public String statement() {
        StringBuilder b = new StringBuilder(description().zh())
                .append(' ')
                .append(figure(Language.ZH.locale()))
                .append(" (");
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

    /**
     * Returns the target's figure as a person reads it in a locale's language: the comparison's
     * symbol, the value (a range's ends) and the unit.
     *
     * @param locale the locale
     * @return such as {@code > 15个} or {@code > 15 count}
     */
    public String figure(java.util.Locale locale) {
        StringBuilder b = new StringBuilder(comparison().symbol());
        value().ifPresent(v -> b.append(' ').append(v.toPlainString()));
        upper().ifPresent(u -> b.append('–').append(u.toPlainString()));
        String unit = unit().symbol(locale);
        return unit.isEmpty() ? b.toString() : Messages.get(locale, "target.figure", b.toString(), unit);
    }

    /** Builds a {@link Target}. */
    public static final class Builder extends ImmutableTarget.Builder {}
}
