package dev.zhengce.policy.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengce.policy.mengzhou.Mengzhou;
import dev.zhengce.policy.model.Ambiguity;
import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.InvalidInputException;
import dev.zhengce.policy.model.Language;
import dev.zhengce.policy.model.Readings;
import dev.zhengce.policy.model.SourceText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The calculators under the notice's alternative readings: the verdicts and amounts that
 * change, side by side with their sentences; nothing changes under the catalog's own reading;
 * the consistency checker runs under every combination.
 */
class ReadingsCalcTest {
    private static final Catalog CATALOG = Mengzhou.catalog();

    private static Observation obs(String target, int year, String value) {
        return Observation.builder()
                .target(target)
                .year(year)
                .value(new BigDecimal(value))
                .build();
    }

    private static final List<Observation> OBSERVATIONS = List.of(
            obs("city-innovation-centers-2017", 2017, "1"),
            obs("city-innovation-centers-2020", 2020, "3"),
            obs("renovation-investment-2018", 2017, "4100000000"),
            obs("renovation-investment-2018", 2018, "4500000000"),
            obs("green-so2-emissions-2020", 2017, "1300"),
            obs("green-so2-emissions-2020", 2018, "1150"),
            obs("green-so2-emissions-2020", 2019, "1100"),
            obs("green-so2-emissions-2020", 2020, "1000"));

    private static Scorecard card(Catalog catalog) {
        return AttainmentEvaluator.of(catalog)
                .with(Assumptions.builder()
                        .putQuotas("green-so2-emissions-2020", new BigDecimal("1200"))
                        .putTolerances("city-innovation-centers-2020", BigDecimal.ONE)
                        .build())
                .scorecard(OBSERVATIONS, 2020);
    }

    @Test
    void theScorecardShowsWhichVerdictsChangeSideBySideWithTheirSentences() {
        Divergence d = Divergence.of(
                card(CATALOG),
                card(CATALOG.under(Readings.parse(
                        "renovation-investment-total=running-total", "emission-quota-years=every-year"))));
        assertEquals(
                List.of("green-so2-emissions-2020: MET → NOT_MET", "renovation-investment-2018: NOT_MET → MET"),
                d.rows().stream().map(Divergence.Row::toString).collect(Collectors.toList()));
        Divergence.Row so2 = d.rows().get(0);
        assertEquals("emission-quota-years", so2.ambiguity().orElseThrow().id());
        assertEquals("every-year", so2.reading().orElseThrow().id());
        assertTrue(Mengzhou.text().contains(so2.citation()));
        String en = d.explain(Language.EN);
        assertTrue(
                en.startsWith("Targets whose verdict differs between the catalog's readings and "
                        + "emission-quota-years=every-year, renovation-investment-total=running-total (as of 2020): 2"),
                en);
        assertTrue(
                en.contains(
                        "  green-so2-emissions-2020  MET → NOT_MET\n      [the catalog's readings] 2020: actual 1000"),
                en);
        assertTrue(en.contains("not attained in [2017]"), en);
        assertTrue(en.contains("emission-quota-years=every-year: the state assigns emission quotas year by year"), en);
        assertTrue(d.explain(Language.ZH).contains("按目录的读法与按emission-quota-years=every-year"), d::toString);
    }

    @Test
    void aLevelReadAsAFlowChangesWhatTheLaterYearNeeds() {
        List<Observation> counts =
                List.of(obs("city-innovation-centers-2017", 2017, "1"), obs("city-innovation-centers-2017", 2018, "1"));
        Scorecard level = AttainmentEvaluator.of(CATALOG).scorecard(counts, 2018);
        Scorecard flow = AttainmentEvaluator.of(CATALOG.under(Readings.parse("cultivated-count=flow")))
                .scorecard(counts, 2018);
        // the same 2017 figure meets both readings: in the first year a level and a flow agree
        assertEquals(List.of(), Divergence.of(level, flow).rows());
        assertEquals(
                Attainment.Verdict.MET,
                flow.attainments().stream()
                        .filter(a -> a.target().id().equals("city-innovation-centers-2017"))
                        .findFirst()
                        .orElseThrow()
                        .verdict());
    }

    @Test
    void choosingTheCatalogsOwnReadingsChangesNoVerdictAndNoAmount() {
        Readings own = Readings.none();
        for (Ambiguity a : CATALOG.ambiguities()) {
            own = own.with(a.id(), a.reading().id());
        }
        Catalog same = CATALOG.under(own);
        assertEquals(List.of(), Divergence.of(card(CATALOG), card(same)).rows());
        assertEquals(card(CATALOG).explain(Language.EN), card(same).explain(Language.EN));
        Application green = Application.builder()
                .id("g")
                .rule("green-demonstration-subsidy")
                .cost("new-investment", "20000000")
                .rate(new BigDecimal("0.05"))
                .build();
        WhatIf w = WhatIf.between(SubsidyCalculator.of(CATALOG), SubsidyCalculator.of(same));
        assertTrue(!w.compare(green).changed());
        assertEquals(CATALOG.sha256(), w.alternative().award(green).provenance().catalogSha256());
    }

    /** The green subsidy as a share of the total investment: the amount changes, and the provenance says why. */
    @Test
    void theAwardsShowWhichAmountsChangeBetweenReadings() {
        Catalog total = CATALOG.under(Readings.parse("green-subsidy-base=total-investment"));
        WhatIf w = WhatIf.between(SubsidyCalculator.of(CATALOG), SubsidyCalculator.of(total));
        // one application for both readings: the catalog as written accepts the category the
        // other reading takes (and does not use it), the other reading needs it
        Application green = Application.builder()
                .id("g")
                .rule("green-demonstration-subsidy")
                .cost("new-investment", "20000000")
                .cost("total-investment", "50000000")
                .rate(new BigDecimal("0.05"))
                .build();
        WhatIf.Difference d = w.compare(green);
        assertEquals(new BigDecimal("1000000.00"), d.baseline().amount().orElseThrow(), "5 % of the new 2000万元");
        assertEquals(new BigDecimal("2500000.00"), d.alternative().amount().orElseThrow(), "5 % of the total 5000万元");
        assertTrue(d.changed());
        assertEquals(new BigDecimal("1500000.00"), d.delta().orElseThrow());
        assertTrue(
                d.alternative().provenance().catalogVersion().endsWith(" read as green-subsidy-base=total-investment"),
                d.alternative().provenance().catalogVersion());
        assertTrue(d.alternative().findings().isEmpty());
        assertEquals(
                List.of("total-investment"),
                w.alternative().rule("green-demonstration-subsidy").basis());
    }

    /**
     * The category another reading takes is accepted, never used, under the catalog's reading;
     * under the other reading it is required, and a category no reading takes is refused under both.
     */
    @Test
    void anApplicationMayCarryTheFactsOfEveryReading() {
        SubsidyCalculator written = SubsidyCalculator.of(CATALOG);
        SubsidyCalculator total =
                SubsidyCalculator.of(CATALOG.under(Readings.parse("green-subsidy-base=total-investment")));
        Application onlyNew = Application.builder()
                .id("g")
                .rule("green-demonstration-subsidy")
                .cost("new-investment", "20000000")
                .rate(new BigDecimal("0.05"))
                .build();
        Application both = Application.builder()
                .from(onlyNew)
                .cost("total-investment", "90000000")
                .build();
        assertEquals(
                written.award(onlyNew).amount(), written.award(both).amount(), "unused under the catalog's reading");
        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> total.award(onlyNew));
        assertEquals("costs.total-investment", missing.field());
        Application typo = Application.builder()
                .from(onlyNew)
                .cost("total-investmnet", "1")
                .build();
        for (SubsidyCalculator c : List.of(written, total)) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> c.award(typo));
            assertEquals("costs.total-investmnet", e.field());
            String takes = e.getMessage().substring(e.getMessage().indexOf("it takes [") + "it takes [".length());
            assertEquals(
                    Set.of("new-investment", "total-investment"),
                    Set.of(takes.substring(0, takes.indexOf(']')).split(", ")),
                    e.getMessage());
        }
    }

    @Test
    void theConsistencyCheckerRunsUnderEveryCombinationOfReadings() {
        List<Readings> all = List.of(Readings.none());
        for (Ambiguity a : CATALOG.ambiguities()) {
            List<Readings> next = new ArrayList<>();
            for (Readings r : all) {
                next.add(r);
                a.alternatives().forEach(alt -> next.add(r.with(a.id(), alt.id())));
            }
            all = next;
        }
        assertEquals(64, all.size());
        SourceText source = Mengzhou.text();
        Set<String> asWritten = kinds(Consistency.check(CATALOG));
        int differing = 0;
        for (Readings r : all) {
            List<Inconsistency> found = Consistency.check(CATALOG.under(r));
            found.forEach(i -> i.citations().forEach(c -> assertTrue(source.contains(c), () -> r + ": " + c)));
            if (!kinds(found).equals(asWritten)) {
                differing++;
            }
        }
        assertNotEquals(0, differing, "some readings change what contradicts what");
        List<Inconsistency> qualitative =
                Consistency.check(CATALOG.under(Readings.parse("universal-renovation=qualitative")));
        assertTrue(
                kinds(qualitative)
                        .contains("DIFFERENT_NUMBERS renovation-coverage-2020 / renovation-coverage-task-2020"),
                "read as a judgement, 普遍完成 no longer says what the task's 完成全市 says");
    }

    private static Set<String> kinds(List<Inconsistency> found) {
        return found.stream()
                .map(i -> i.kind() + " " + i.first().id() + " / " + i.second().id())
                .collect(Collectors.toSet());
    }

    @Test
    void aScorecardComparisonIsOfTheSameNoticeAndYear() {
        Scorecard a = card(CATALOG);
        Scorecard b = AttainmentEvaluator.of(CATALOG).scorecard(List.of(), 2019);
        assertEquals(
                "alternative",
                org.junit.jupiter.api.Assertions.assertThrows(
                                dev.zhengce.policy.model.InvalidInputException.class, () -> Divergence.of(a, b))
                        .field());
    }
}
