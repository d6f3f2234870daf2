package dev.zhengce.policy.calc;

import static dev.zhengce.policy.calc.TestCatalogs.each;
import static dev.zhengce.policy.calc.TestCatalogs.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.Comparison;
import dev.zhengce.policy.model.Language;
import dev.zhengce.policy.model.Period;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The checker finds planted contradictions in small catalogs, and nothing in a clean one. */
class ConsistencyTest {
    private static List<Inconsistency.Kind> kinds(Catalog c) {
        return Consistency.check(c).stream().map(Inconsistency::kind).collect(Collectors.toList());
    }

    @Test
    void aCleanCatalogHasNoFindings() {
        Catalog clean = TestCatalogs.of(
                List.of(),
                List.of(
                        each("yearly", "workshops", "1", 2018, 2020),
                        target("total", "workshops", Comparison.AT_LEAST, "3", 2020)
                                .build(),
                        target("in-2018", "workshops", Comparison.AT_LEAST, "1", 2018)
                                .period(Period.IN_YEAR)
                                .build(),
                        target("again", "workshops", Comparison.AT_LEAST, "3", 2020)
                                .build()));
        assertEquals(List.of(), Consistency.check(clean));
    }

    @Test
    void findsTheSameIndicatorWithDifferentNumbers() {
        Catalog c = TestCatalogs.of(
                List.of(),
                List.of(
                        target("a", "benchmarked", Comparison.AT_LEAST, "10", 2020)
                                .build(),
                        target("b", "benchmarked", Comparison.AT_LEAST, "15", 2020)
                                .build()));
        List<Inconsistency> found = Consistency.check(c);
        assertEquals(List.of(Inconsistency.Kind.DIFFERENT_NUMBERS), kinds(c));
        assertEquals(
                List.of(c.target("a").citation(), c.target("b").citation()),
                found.get(0).citations());
        assertTrue(found.get(0).text().en().contains("10")
                && found.get(0).text().en().contains("15"));
        assertWritten(
                found.get(0),
                "benchmarked 2020年两处表述不同：≥ 10 [a] 与 ≥ 15 [b]",
                "benchmarked 2020 is stated twice, differently: ≥ 10 [a] and ≥ 15 [b]");
    }

    @Test
    void findsTheSameNumberReadDifferently() {
        Catalog c = TestCatalogs.of(
                List.of(),
                List.of(
                        target("a", "high-tech", Comparison.AT_LEAST, "15", 2018)
                                .build(),
                        target("b", "high-tech", Comparison.MORE_THAN, "15", 2018)
                                .build()));
        assertEquals(List.of(Inconsistency.Kind.DIFFERENT_NUMBERS), kinds(c));
    }

    @Test
    void findsYearlyMinimumsThatDoNotSumToTheTotal() {
        Catalog c = TestCatalogs.of(
                List.of(),
                List.of(
                        each("yearly", "certified", "1", 2018, 2020),
                        target("total", "certified", Comparison.AT_LEAST, "2", 2020)
                                .build()));
        List<Inconsistency> found = Consistency.check(c);
        assertEquals(List.of(Inconsistency.Kind.YEARLY_SUM_MISMATCH), kinds(c));
        assertTrue(found.get(0).text().en().contains("sums to at least 3 by 2020"), found.get(0)::toString);
        assertWritten(
                found.get(0),
                "从2018年起每年至少 1，到2020年合计至少 3，但另一处为 ≥ 2 [total]",
                "at least 1 a year from 2018 sums to at least 3 by 2020, but the total is stated as ≥ 2 [total]");
    }

    @Test
    void findsAYearBelowTheYearlyMinimum() {
        Catalog c = TestCatalogs.of(
                List.of(),
                List.of(
                        each("yearly", "robots", "20", 2017, 2020),
                        target("y2019", "robots", Comparison.AT_LEAST, "10", 2019)
                                .period(Period.IN_YEAR)
                                .build()));
        assertEquals(List.of(Inconsistency.Kind.BELOW_YEARLY_MINIMUM), kinds(c));
        assertWritten(
                Consistency.check(c).get(0),
                "2019年的 ≥ 10 [y2019] 低于每年至少 20",
                "≥ 10 [y2019] in 2019 is below the yearly minimum of 20");
    }

    @Test
    void findsATargetPlacedUnderAnotherPlan() {
        Catalog c = TestCatalogs.of(
                List.of(target("misplaced", "workshops", Comparison.AT_LEAST, "1", 2017)
                        .period(Period.IN_YEAR)
                        .build()),
                List.of(target("home", "workshops", Comparison.AT_LEAST, "1", 2017)
                        .period(Period.IN_YEAR)
                        .build()));
        List<Inconsistency> found = Consistency.check(c);
        assertEquals(List.of(Inconsistency.Kind.PLACED_IN_ANOTHER_PLAN), kinds(c));
        assertEquals("misplaced", found.get(0).first().id());
        assertWritten(
                found.get(0),
                "misplaced 列在 first 下，但其指标 workshops 属于 second 的任务",
                "misplaced is stated under first, but its indicator workshops belongs to a task of second");
    }

    /** The text in both languages, and in each on its own, by language and by locale. */
    private static void assertWritten(Inconsistency found, String zh, String en) {
        assertEquals(zh, found.text().zh());
        assertEquals(en, found.text().en());
        assertEquals(zh, found.explain(Language.ZH));
        assertEquals(en, found.explain(Language.EN));
        assertEquals(zh, found.explain(Locale.SIMPLIFIED_CHINESE));
        assertEquals(en, found.explain(Locale.UK));
        assertTrue(found.toString().startsWith(found.kind() + ": " + zh + " / " + en + "\n"), found::toString);
    }
}
