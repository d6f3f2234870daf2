package dev.zhengce.policy.calc;

import dev.zhengce.policy.model.Cny;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A comparison of the notice as written (the baseline) with an alternative set of overrides,
 * per application and in totals. Neither changes the catalog.
 */
public final class WhatIf {
    private final SubsidyCalculator baseline;
    private final SubsidyCalculator alternative;

    private WhatIf(SubsidyCalculator baseline, SubsidyCalculator alternative) {
        this.baseline = baseline;
        this.alternative = alternative;
    }

    /**
     * Obtains a comparison of a calculator with the same calculator under other overrides.
     *
     * @param baseline    the baseline
     * @param alternative the overrides of the alternative
     * @return the comparison
     */
    public static WhatIf of(SubsidyCalculator baseline, Overrides alternative) {
        return new WhatIf(Objects.requireNonNull(baseline, "baseline"), baseline.with(alternative));
    }

    /**
     * Obtains a comparison of two calculators of the same notice, such as the catalog as written
     * and the catalog under other readings ({@code SubsidyCalculator.of(catalog.under(readings))}).
     *
     * @param baseline    the baseline
     * @param alternative the alternative
     * @return the comparison
     * @throws dev.zhengce.policy.model.InvalidInputException if they are calculators of different notices
     */
    public static WhatIf between(SubsidyCalculator baseline, SubsidyCalculator alternative) {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(alternative, "alternative");
        if (!baseline.catalog()
                .notice()
                .number()
                .equals(alternative.catalog().notice().number())) {
            throw new dev.zhengce.policy.model.InvalidInputException(
                    "alternative",
                    alternative.catalog().notice().number(),
                    "compare two readings of the same notice, "
                            + baseline.catalog().notice().number());
        }
        return new WhatIf(baseline, alternative);
    }

    /** {@return the baseline calculator} */
    public SubsidyCalculator baseline() {
        return baseline;
    }

    /** {@return the alternative calculator} */
    public SubsidyCalculator alternative() {
        return alternative;
    }

    /**
     * Compares one application.
     *
     * @param application the application
     * @return both awards and the difference
     */
    public Difference compare(Application application) {
        return new Difference(baseline.award(application), alternative.award(application));
    }

    /**
     * Compares a batch, lazily and in input order.
     *
     * @param applications the applications
     * @return the differences, one per application
     */
    public Stream<Difference> compare(Stream<Application> applications) {
        Ledger base = Ledger.inMemory();
        Ledger alt = Ledger.inMemory();
        return applications.sequential().map(a -> new Difference(baseline.award(a, base), alternative.award(a, alt)));
    }

    /** The two awards of one application, and what changed. */
    public static final class Difference {
        private final Award baseline;
        private final Award alternative;

        Difference(Award baseline, Award alternative) {
            this.baseline = baseline;
            this.alternative = alternative;
        }

        /** {@return the award under the notice as written} */
        public Award baseline() {
            return baseline;
        }

        /** {@return the award under the overrides} */
        public Award alternative() {
            return alternative;
        }

        /** {@return whether the status or the amount differs} */
        public boolean changed() {
            return baseline.status() != alternative.status()
                    || !baseline.amount().equals(alternative.amount());
        }

        /** {@return alternative − baseline, where both are determined (not eligible counts as 0.00)} */
        public Optional<BigDecimal> delta() {
            return alternative.amount().flatMap(a -> baseline.amount().map(a::subtract));
        }

        /** Returns {@code id: baseline → alternative (delta)}. */
        @Override
        public String toString() {
            return baseline.application().id() + ": "
                    + baseline.amount().map(Cny::format).orElse("undetermined")
                    + " → " + alternative.amount().map(Cny::format).orElse("undetermined")
                    + delta().map(d -> " (" + (d.signum() >= 0 ? "+" : "") + d.toPlainString() + ")")
                            .orElse("");
        }
    }
}
