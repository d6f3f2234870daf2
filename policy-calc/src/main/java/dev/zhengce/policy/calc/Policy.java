package dev.zhengce.policy.calc;

import dev.zhengce.policy.mengzhou.Mengzhou;
import dev.zhengce.policy.model.Catalog;
import java.util.List;
import java.util.Objects;

/**
 * One entry point to a notice: its catalog and its calculators.
 * {@code Policy.mengzhou()} is all an analyst needs in JShell.
 */
public final class Policy {
    private final Catalog catalog;
    private final SubsidyCalculator subsidies;
    private final AttainmentEvaluator attainment;

    private Policy(Catalog catalog) {
        this.catalog = catalog;
        this.subsidies = SubsidyCalculator.of(catalog);
        this.attainment = AttainmentEvaluator.of(catalog);
    }

    /**
     * Obtains the policy of a catalog.
     *
     * @param catalog the catalog
     * @return the policy
     */
    public static Policy of(Catalog catalog) {
        return new Policy(Objects.requireNonNull(catalog, "catalog"));
    }

    /**
     * Obtains the policy of Mengzhou's notice 孟政〔2017〕25号: {@code of(Mengzhou.catalog())}.
     * The one place the engine names a notice, kept because it is the analyst's first line in
     * JShell; the notice itself lives in {@link dev.zhengce.policy.mengzhou}.
     *
     * @return the policy
     */
    public static Policy mengzhou() {
        return of(Mengzhou.catalog());
    }

    /** {@return the catalog: plans, tasks, targets, rules and departments} */
    public Catalog catalog() {
        return catalog;
    }

    /** {@return the subsidy calculator of the rules as written} */
    public SubsidyCalculator subsidies() {
        return subsidies;
    }

    /** {@return the evaluator of the targets against observations, with no assumptions made} */
    public AttainmentEvaluator attainment() {
        return attainment;
    }

    /**
     * Returns where the notice contradicts itself, each finding with both source sentences.
     *
     * @return the findings, in catalog order
     */
    public List<Inconsistency> inconsistencies() {
        return Consistency.check(catalog);
    }

    /** Returns the catalog's summary. */
    @Override
    public String toString() {
        return catalog.toString();
    }
}
