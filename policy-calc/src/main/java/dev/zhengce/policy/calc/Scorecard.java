package dev.zhengce.policy.calc;

import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.Language;
import dev.zhengce.policy.model.Plan;
import dev.zhengce.policy.model.Task;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every target's attainment as of a year, counted by plan, by responsible department (lead and
 * co-responsible apart), by target year, with the overdue targets and an overall summary.
 */
public final class Scorecard {
    /** Counts of attainments by verdict. */
    public static final class Tally {
        private final EnumMap<Attainment.Verdict, Integer> counts = new EnumMap<>(Attainment.Verdict.class);

        void add(Attainment.Verdict v) {
            counts.merge(v, 1, Integer::sum);
        }

        /**
         * Returns how many attainments have a verdict.
         *
         * @param verdict the verdict
         * @return the count
         */
        public int count(Attainment.Verdict verdict) {
            return counts.getOrDefault(verdict, 0);
        }

        /** {@return how many attainments there are} */
        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** Returns the counts, such as {@code MET 3, BEHIND 1}. */
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            counts.forEach((v, n) ->
                    b.append(b.length() == 0 ? "" : ", ").append(v).append(' ').append(n));
            return b.toString();
        }
    }

    private final Catalog catalog;
    private final List<Attainment> attainments;
    private final int asOf;
    private final Tally overall = new Tally();
    private final Map<String, Tally> byPlan = new LinkedHashMap<>();
    private final SortedMap<String, Tally> byLead = new TreeMap<>();
    private final SortedMap<String, Tally> byCoResponsible = new TreeMap<>();
    private final SortedMap<Integer, Tally> byYear = new TreeMap<>();
    private final Map<String, String> planOf = new LinkedHashMap<>();

    Scorecard(Catalog catalog, List<Attainment> attainments, int asOf) {
        this.catalog = catalog;
        this.attainments = List.copyOf(attainments);
        this.asOf = asOf;
        for (Plan p : catalog.plans()) {
            byPlan.put(p.id(), new Tally());
        }
        for (Attainment a : attainments) {
            String id = a.target().id();
            Attainment.Verdict v = a.verdict();
            overall.add(v);
            String plan = catalog.planOf(id).id();
            planOf.put(id, plan);
            byPlan.get(plan).add(v);
            byYear.computeIfAbsent(a.target().year(), y -> new Tally()).add(v);
            catalog.taskOf(id).map(Task::departments).ifPresent(deps -> {
                for (int i = 0; i < deps.size(); i++) {
                    (i == 0 ? byLead : byCoResponsible)
                            .computeIfAbsent(deps.get(i), d -> new Tally())
                            .add(v);
                }
            });
        }
    }

    /** {@return the catalog the targets were read from, with the readings it applies ({@link Catalog#readings()})} */
    public Catalog catalog() {
        return catalog;
    }

    /** {@return every attainment, in catalog order} */
    public List<Attainment> attainments() {
        return attainments;
    }

    /** {@return the year the scorecard is as of} */
    public int asOf() {
        return asOf;
    }

    /** {@return the counts over all targets} */
    public Tally overall() {
        return overall;
    }

    /** {@return the counts by plan id, in the notice's order} */
    public Map<String, Tally> byPlan() {
        return Collections.unmodifiableMap(byPlan);
    }

    /** {@return the counts by lead department of the targets' tasks (plan-level targets have none)} */
    public SortedMap<String, Tally> byLeadDepartment() {
        return Collections.unmodifiableSortedMap(byLead);
    }

    /** {@return the counts by co-responsible department of the targets' tasks} */
    public SortedMap<String, Tally> byCoResponsibleDepartment() {
        return Collections.unmodifiableSortedMap(byCoResponsible);
    }

    /** {@return the counts by target year} */
    public SortedMap<Integer, Tally> byYear() {
        return Collections.unmodifiableSortedMap(byYear);
    }

    /**
     * Returns the targets overdue as of a year: due in an earlier year and not met.
     *
     * @param year the year
     * @return the attainments overdue
     */
    public List<Attainment> overdue(int year) {
        List<Attainment> list = new ArrayList<>();
        for (Attainment a : attainments) {
            if (a.target().year() < year && a.verdict() != Attainment.Verdict.MET) {
                list.add(a);
            }
        }
        return list;
    }

    /**
     * Returns the scorecard as text, in one language: the summary, then by plan, then every
     * target ({@code Explainer.of(language).explain(this)}).
     *
     * @param language the language
     * @return the text
     */
    public String explain(Language language) {
        return Explainer.of(language).explain(this);
    }

    /** The plan of an attainment's target. */
    String planOf(Attainment attainment) {
        return planOf.get(attainment.target().id());
    }

    /** Returns the scorecard in Chinese. */
    @Override
    public String toString() {
        return explain(Language.ZH);
    }
}
