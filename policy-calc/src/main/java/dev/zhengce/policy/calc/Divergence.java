package dev.zhengce.policy.calc;

import dev.zhengce.policy.model.Ambiguity;
import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.Citation;
import dev.zhengce.policy.model.Language;
import dev.zhengce.policy.model.Reading;
import dev.zhengce.policy.model.Readings;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where two readings of the notice give different verdicts: the targets whose attainment
 * differs between a scorecard of one reading and a scorecard of another, side by side, each
 * with its sentence and the reading that made the difference.
 */
public final class Divergence {
    /** One target whose verdict differs. */
    public static final class Row {
        private final Attainment baseline;
        private final Attainment alternative;
        private final Ambiguity ambiguity;
        private final Reading reading;

        Row(Attainment baseline, Attainment alternative, Ambiguity ambiguity, Reading reading) {
            this.baseline = baseline;
            this.alternative = alternative;
            this.ambiguity = ambiguity;
            this.reading = reading;
        }

        /** {@return the attainment under the baseline's readings} */
        public Attainment baseline() {
            return baseline;
        }

        /** {@return the attainment under the alternative's readings} */
        public Attainment alternative() {
            return alternative;
        }

        /** {@return the target's sentence} */
        public Citation citation() {
            return alternative.target().citation();
        }

        /** {@return the ambiguity whose reading concerns this target, where one does} */
        public Optional<Ambiguity> ambiguity() {
            return Optional.ofNullable(ambiguity);
        }

        /** {@return the alternative's reading of that ambiguity} */
        public Optional<Reading> reading() {
            return Optional.ofNullable(reading);
        }

        /** Returns {@code target: verdict → verdict}. */
        @Override
        public String toString() {
            return alternative.target().id() + ": " + baseline.verdict() + " → " + alternative.verdict();
        }
    }

    private final Scorecard baseline;
    private final Scorecard alternative;
    private final List<Row> rows;

    private Divergence(Scorecard baseline, Scorecard alternative, List<Row> rows) {
        this.baseline = baseline;
        this.alternative = alternative;
        this.rows = List.copyOf(rows);
    }

    /**
     * Compares two scorecards of the same notice and year under different readings.
     *
     * @param baseline    the scorecard under one reading, usually the catalog's own
     * @param alternative the scorecard under another
     * @return the targets whose verdict differs, in catalog order
     * @throws dev.zhengce.policy.model.InvalidInputException if the scorecards are of different
     *         notices or years
     */
    public static Divergence of(Scorecard baseline, Scorecard alternative) {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(alternative, "alternative");
        Catalog catalog = alternative.catalog();
        if (baseline.asOf() != alternative.asOf()
                || baseline.attainments().size() != alternative.attainments().size()
                || !baseline.catalog().notice().number().equals(catalog.notice().number())) {
            throw new dev.zhengce.policy.model.InvalidInputException(
                    "alternative", catalog.notice().version(), "compare scorecards of the same notice and year");
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < baseline.attainments().size(); i++) {
            Attainment a = baseline.attainments().get(i);
            Attainment b = alternative.attainments().get(i);
            if (a.verdict() == b.verdict()) {
                continue;
            }
            Ambiguity ambiguity = null;
            for (Ambiguity x : catalog.ambiguities()) {
                if (x.elements().contains(b.target().id())) {
                    ambiguity = x;
                }
            }
            rows.add(new Row(a, b, ambiguity, ambiguity == null ? null : catalog.reading(ambiguity.id())));
        }
        return new Divergence(baseline, alternative, rows);
    }

    /** {@return the targets whose verdict differs, in catalog order} */
    public List<Row> rows() {
        return rows;
    }

    /** {@return the readings of the baseline} */
    public Readings baselineReadings() {
        return baseline.catalog().readings();
    }

    /** {@return the readings of the alternative} */
    public Readings alternativeReadings() {
        return alternative.catalog().readings();
    }

    /**
     * Returns the rows side by side in one language: each target with both verdicts and both
     * reasons, its sentence and the reading's reason ({@code Explainer.of(language).explain(this)}).
     *
     * @param language the language
     * @return the text
     */
    public String explain(Language language) {
        return Explainer.of(language).explain(this);
    }

    /** {@return the year the alternative is evaluated as of} */
    int asOf() {
        return alternative.asOf();
    }

    /** Returns the rows in Chinese. */
    @Override
    public String toString() {
        return explain(Language.ZH);
    }
}
