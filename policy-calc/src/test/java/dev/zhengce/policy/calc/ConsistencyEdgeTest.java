package dev.zhengce.policy.calc;

import static dev.zhengce.policy.calc.TestCatalogs.each;
import static dev.zhengce.policy.calc.TestCatalogs.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.Comparison;
import dev.zhengce.policy.model.Period;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Contradictions at the edges (docs/reading.md: "the same indicator with different numbers in two
 * places; yearly 'each year at least' targets whose sum does not match the stated total"):
 * 每年超过 sums like 每年以上, a total stated for the first year itself, and the readings of a
 * range and of a 力争 target in the text.
 */
class ConsistencyEdgeTest {

    @Test
    void aYearlyMoreThanIsSummedLikeAYearlyAtLeast() {
        Catalog c = TestCatalogs.of(
                List.of(),
                List.of(
                        target("yearly", "robots", Comparison.MORE_THAN, "1", 2020)
                                .period(Period.EACH_YEAR)
                                .fromYear(2018)
                                .build(),
                        target("total", "robots", Comparison.AT_LEAST, "2", 2020)
                                .build()));
        List<Inconsistency> found = Consistency.check(c);
        assertEquals(
                List.of(Inconsistency.Kind.YEARLY_SUM_MISMATCH),
                found.stream().map(Inconsistency::kind).collect(Collectors.toList()));
        // 1 a year over 2018–2020 is 3, not the 2 stated
        assertTrue(
                found.get(0).text().en().startsWith("at least 1 a year from 2018 sums to at least 3 by 2020"),
                found.get(0)::toString);
        assertTrue(found.get(0).toString().startsWith("YEARLY_SUM_MISMATCH: "), found.get(0)::toString);
    }

    @Test
    void aTotalForTheFirstYearIsComparedWithOneYearsMinimum() {
        Catalog c = TestCatalogs.of(
                List.of(),
                List.of(
                        each("yearly", "workshops", "1", 2018, 2020),
                        target("total-2018", "workshops", Comparison.AT_LEAST, "2", 2018)
                                .build()));
        List<Inconsistency> found = Consistency.check(c);
        assertEquals(1, found.size(), found::toString);
        assertEquals(Inconsistency.Kind.YEARLY_SUM_MISMATCH, found.get(0).kind());
        assertEquals("total-2018", found.get(0).second().id());
    }

    @Test
    void readingsShowARangeWithBothEndsAndMarkStriving() {
        Catalog c = TestCatalogs.of(
                List.of(),
                List.of(
                        target("range", "audits", Comparison.BETWEEN, "2", 2020)
                                .upper(new BigDecimal("4"))
                                .build(),
                        target("strive", "audits", Comparison.AT_LEAST, "3", 2020)
                                .aspirational(true)
                                .build()));
        List<Inconsistency> found = Consistency.check(c);
        assertEquals(1, found.size(), found::toString);
        assertEquals(
                "audits 2020 is stated twice, differently: [a, b] 2–4 [range] and ≥ 3 (力争) [strive]",
                found.get(0).text().en());
    }
}
