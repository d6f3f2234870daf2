package dev.zhengce.policy.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengce.policy.mengzhou.Mengzhou;
import dev.zhengce.policy.model.SourceText;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The contradictions of 孟政〔2017〕25号 that docs/reading.md asks us to find, found. */
class MengzhouConsistencyTest {
    private static final List<Inconsistency> FOUND = Consistency.check(Mengzhou.catalog());

    private static Set<String> found(Inconsistency.Kind kind) {
        return FOUND.stream()
                .filter(i -> i.kind() == kind)
                .map(i -> i.first().id() + " / " + i.second().id())
                .collect(Collectors.toSet());
    }

    @Test
    void benchmarkedEnterprisesAreTenInTheGreenPlanAndFifteenInTheIntelligentPlan() {
        assertTrue(
                found(Inconsistency.Kind.DIFFERENT_NUMBERS)
                        .contains("green-block-iim-benchmarked-2020 / iim-benchmarked-2020"),
                FOUND::toString);
    }

    @Test
    void atLeastOneCertifiedEnterpriseAYearFrom2018DoesNotAddUpToTwoBy2020() {
        assertEquals(
                Set.of(
                        "iim-certified-each-year / iim-certified-2020",
                        "iim-certified-each-year / green-block-iim-certified-2020",
                        "iim-benchmarked-each-year / green-block-iim-benchmarked-2020"),
                found(Inconsistency.Kind.YEARLY_SUM_MISMATCH));
    }

    @Test
    void theIntelligentYearlyBlockPrintedInTheGreenPlanIsFlagged() {
        Set<String> misplaced = FOUND.stream()
                .filter(i -> i.kind() == Inconsistency.Kind.PLACED_IN_ANOTHER_PLAN)
                .map(i -> i.first().id())
                .collect(Collectors.toSet());
        assertEquals(
                Set.of(
                        "green-block-smart-workshops-2017",
                        "green-block-smart-workshops-2018",
                        "green-block-smart-workshops-2020",
                        "green-block-smart-factories-2020",
                        "green-block-iim-certified-2018",
                        "green-block-iim-certified-2020",
                        "green-block-iim-benchmarked-2018",
                        "green-block-iim-benchmarked-2020"),
                misplaced);
    }

    /** 智能工厂1个 has no twin among the intelligent plan's targets: its task 建设智能车间智能工厂 names the indicator. */
    @Test
    void theSmartFactoryIsTracedToTheTaskThatIsAboutIt() {
        Inconsistency factory = FOUND.stream()
                .filter(i -> i.first().id().equals("green-block-smart-factories-2020"))
                .findFirst()
                .orElseThrow();
        assertEquals(Inconsistency.Kind.PLACED_IN_ANOTHER_PLAN, factory.kind());
        assertEquals("建设智能车间智能工厂", factory.citations().get(1).sentence());
        assertEquals("smart-workshops-each-year", factory.second().id(), "a target of the task it is traced to");
        assertEquals(
                "green-block-smart-factories-2020 is stated under green-transformation, but its indicator"
                        + " smart-factories belongs to a task of intelligent-transformation",
                factory.text().en());
    }

    @Test
    void wordingsThatDifferOnTheSameNumberAreFlaggedToo() {
        Set<String> different = found(Inconsistency.Kind.DIFFERENT_NUMBERS);
        assertTrue(different.contains("renovation-share-from-to-2020 / renovation-share-2020"), "30%以上 vs 超过30%");
        assertTrue(
                different.contains("city-innovation-centers-about-2017 / city-innovation-centers-2017"), "1家左右 vs 1家");
    }

    @Test
    void everyFindingQuotesBothSentencesFromTheSource() {
        SourceText source = Mengzhou.text();
        for (Inconsistency i : FOUND) {
            assertEquals(2, i.citations().size(), i::toString);
            i.citations().forEach(c -> assertTrue(source.contains(c), c::toString));
        }
    }
}
