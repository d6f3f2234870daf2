package dev.zhengce.policy.calc;

import dev.zhengce.policy.model.Amendment;
import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.Citation;
import dev.zhengce.policy.model.Ending;
import dev.zhengce.policy.model.Notice;
import dev.zhengce.policy.model.Subsidy;
import dev.zhengce.policy.model.SupportWindow;
import dev.zhengce.policy.model.Validity;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When a catalog's rules apply, and which version of a rule is in force: pure, from the
 * catalog's years ({@link Notice#firstYear()}–{@link Notice#lastYear()}), its
 * {@link Validity}, its dated {@link Amendment}s and the caller's confirmations
 * ({@link Overrides.Parameter#APPLIES_THROUGH}).
 *
 * <p>The years are read so (docs/reading.md, "Time"):
 * <ul>
 *   <li>a year within the notice's years is covered;
 *   <li>a year of a support window anchored in a covered year is covered, even past the last
 *       year: the notice itself promises the window (连续支持5年 from the listing year), and no
 *       document is known to have withdrawn that promise;
 *   <li>any other later year is not known to be covered — the text does not say whether its
 *       rules apply after its plans end — unless the caller confirms that the rule applies
 *       through that year, which the provenance stamp then records with the overrides.
 * </ul>
 * Immutable and thread-safe.
 */
public final class InForce {
    private final Catalog catalog;
    private final Overrides overrides;

    private InForce(Catalog catalog, Overrides overrides) {
        this.catalog = catalog;
        this.overrides = overrides;
    }

    /**
     * Obtains the rules' time of a catalog, with the caller's confirmations.
     *
     * @param catalog   the catalog
     * @param overrides the overrides, whose {@code applies-through} entries are the confirmations
     * @return the rules' time
     */
    public static InForce of(Catalog catalog, Overrides overrides) {
        return new InForce(Objects.requireNonNull(catalog, "catalog"), Objects.requireNonNull(overrides, "overrides"));
    }

    /**
     * Returns whether a year is covered for a rule: inside the notice's years, inside a support
     * window anchored in them, or confirmed by the caller.
     *
     * @param rule       the rule
     * @param year       the year of the application
     * @param anchorYear the year its support window is counted from (the listing year), or {@code null}
     * @return whether the rule is known to apply in that year
     */
    public boolean covers(Subsidy rule, int year, Integer anchorYear) {
        Notice n = catalog.notice();
        if (year <= n.lastYear()) {
            return true;
        }
        SupportWindow w = rule.window().orElse(null);
        if (w != null
                && anchorYear != null
                && anchorYear >= n.firstYear()
                && anchorYear <= n.lastYear()
                && w.contains(anchorYear, year)) {
            return true;
        }
        return overrides.appliesThrough(rule.id()).map(y -> year <= y).orElse(false);
    }

    /**
     * Checks a rule for one application: whether the notice lets it be computed at all (see
     * {@link Caveat#of(Subsidy)}), whether the year is covered, and whether an amendment takes
     * effect within the year.
     *
     * @param rule       the rule, as the catalog states it
     * @param year       the year of the application, or {@code null} where it gives none
     * @param anchorYear the year its support window is counted from, or {@code null}
     * @return the caveat that makes the award undetermined; empty where none applies
     */
    public Optional<Caveat> check(Subsidy rule, Integer year, Integer anchorYear) {
        Optional<Caveat> kind = Caveat.of(rule);
        if (kind.isPresent() || year == null) {
            return kind;
        }
        if (!covers(rule, year, anchorYear)) {
            return Optional.of(notCovered(rule, year));
        }
        for (Amendment a : catalog.amendments(rule.id())) {
            if (a.effective().getYear() == year && !MonthDay.from(a.effective()).equals(MonthDay.of(1, 1))) {
                return Optional.of(new Caveat(
                        Caveat.Kind.AMENDED_WITHIN_YEAR,
                        rule.id(),
                        new Text("caveat.amended", rule.id(), a.effective(), a.document(), year),
                        a.citation(),
                        null));
            }
        }
        return Optional.empty();
    }

    private Caveat notCovered(Subsidy rule, int year) {
        Notice n = catalog.notice();
        String confirm = rule.id() + "." + Overrides.Parameter.APPLIES_THROUGH.key() + "=" + year;
        List<Ending> ended = new ArrayList<>();
        n.validity()
                .ifPresent(v -> v.endings().stream()
                        .filter(e -> e.year().map(y -> y <= year).orElse(false))
                        .forEach(ended::add));
        List<Text> endings = new ArrayList<>();
        for (Ending e : ended) {
            endings.add(new Text("caveat.ending", e.relation(), e.document(), e.endedBy()));
        }
        Citation years =
                n.validity().map(v -> v.years().get(v.years().size() - 1)).orElse(rule.citation());
        return new Caveat(
                Caveat.Kind.YEAR_NOT_COVERED,
                rule.id(),
                new Text(
                        "caveat.notCovered",
                        n.number(),
                        n.firstYear(),
                        n.lastYear(),
                        year,
                        new Text.Joined("list.none", endings),
                        confirm),
                years,
                confirm);
    }

    /**
     * Returns a rule as in force on a day: the rule as written with every amendment effective by
     * then applied, in date order.
     *
     * @param rule the rule as the catalog states it
     * @param day  the day
     * @return the rule in force; the rule itself where no amendment is effective yet
     */
    public Subsidy rule(Subsidy rule, LocalDate day) {
        Objects.requireNonNull(day, "day");
        Subsidy inForce = rule;
        for (Amendment a : catalog.amendments(rule.id())) {
            if (!a.effective().isAfter(day)) {
                inForce = a.apply(inForce);
            }
        }
        return inForce;
    }

    /**
     * Returns a rule as in force for a whole year: with the amendments effective on or before
     * 1 January of that year. An amendment that takes effect later in the year splits the year;
     * {@link #check} reports it.
     *
     * @param rule the rule as the catalog states it
     * @param year the year
     * @return the rule in force at the start of the year
     */
    public Subsidy rule(Subsidy rule, int year) {
        return rule(rule, LocalDate.of(year, 1, 1));
    }

    /** Returns the notice and the confirmations in force. */
    @Override
    public String toString() {
        return "InForce[" + catalog.notice().number() + " " + catalog.notice().firstYear() + "–"
                + catalog.notice().lastYear() + ", confirmed: " + overrides + "]";
    }
}
