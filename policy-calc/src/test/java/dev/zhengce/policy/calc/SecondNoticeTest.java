package dev.zhengce.policy.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.Citation;
import dev.zhengce.policy.model.SourceText;
import dev.zhengce.policy.model.Stage;
import dev.zhengce.policy.model.Subsidy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A second notice, written as Mengzhou's is (a JSON catalog beside its text) but invented for
 * the test ({@code qinglan/qinglan-2019-3.json}: a city, number, rules and figures that do not
 * exist, with other ids, cost categories, statuses, rates, caps and years), goes through the
 * engine unchanged: awards, a year-by-year schedule found by the rules' stages, attainment.
 * The expected amounts come from the catalog's own numbers by an oracle written here.
 */
class SecondNoticeTest {
    private static final Catalog CATALOG = catalog();
    private static final Policy POLICY = Policy.of(CATALOG);

    private static Catalog catalog() {
        try (InputStream in = SecondNoticeTest.class.getResourceAsStream("qinglan/qinglan-2019-3.json")) {
            return Catalog.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SourceText text() {
        try (InputStream in = SecondNoticeTest.class.getResourceAsStream("qinglan/qinglan-2019-3.txt")) {
            return SourceText.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The oracle: rate × base, at most the cap, half up to the fen. */
    private static BigDecimal share(Subsidy rule, BigDecimal base) {
        BigDecimal share = rule.rate().orElseThrow().multiply(base);
        BigDecimal cap = rule.capYuan().orElseThrow();
        return (share.compareTo(cap) > 0 ? cap : share).setScale(2, RoundingMode.HALF_UP);
    }

    @Test
    void everyCitationIsInTheInventedText() {
        SourceText text = text();
        assertTrue(text.text().startsWith("本文件为测试而虚构"), "the text says it is invented");
        for (Citation c : CATALOG.citations()) {
            assertTrue(text.contains(c), () -> "not at one place of the text: " + c);
        }
    }

    @Test
    void awardsAreTheRulesShareOfTheCostsCappedPerProject() {
        Subsidy rule = CATALOG.subsidy("testing-equipment-subsidy");
        for (String cost : List.of("0.00", "1234567.89", "4000000.00", "4000000.01", "99000000.00")) {
            Award award = POLICY.subsidies()
                    .award(Application.builder()
                            .id("T-" + cost)
                            .rule(rule.id())
                            .cost("testing-equipment", cost)
                            .build());
            assertEquals(Award.Status.PAYABLE, award.status(), award::toString);
            assertEquals(share(rule, new BigDecimal(cost)), award.amount().orElseThrow(), cost);
            assertEquals(rule.citation(), award.rule().citation());
        }
    }

    @Test
    void theScheduleFindsItsRulesByStage() {
        Subsidy listed = CATALOG.subsidy("incubator-listed-subsidy");
        Subsidy accredited = CATALOG.subsidy("incubator-accredited-subsidy");
        Subsidy promoted = CATALOG.subsidy("national-incubator-award");
        assertEquals(Stage.Step.LISTED, listed.stage().orElseThrow().step());
        CenterHistory history = CenterHistory.builder()
                .id("incubator-a")
                .listingYear(2019)
                .certifiedYear(2020)
                .promotedYear(2021)
                .spending(Map.of(
                        2019, Map.of("lab-equipment", new BigDecimal("3000000.00")),
                        2020, Map.of("operating-costs", new BigDecimal("2000000.00")),
                        2021, Map.of("operating-costs", new BigDecimal("8000000.00"))))
                .build();
        Schedule schedule = POLICY.subsidies().schedule(history);
        assertEquals(listed, schedule.awardIn(2019).orElseThrow().rule());
        assertEquals(
                share(listed, new BigDecimal("3000000.00")),
                schedule.awardIn(2019).orElseThrow().amount().orElseThrow());
        assertEquals(accredited, schedule.awardIn(2020).orElseThrow().rule());
        assertEquals(
                share(accredited, new BigDecimal("2000000.00")),
                schedule.awardIn(2020).orElseThrow().amount().orElseThrow());
        assertEquals(
                share(accredited, new BigDecimal("8000000.00")),
                schedule.awardIn(2021).orElseThrow().amount().orElseThrow());
        Award promotion = schedule.awards().get(schedule.awards().size() - 1);
        assertEquals(promoted, promotion.rule());
        assertEquals(promoted.amountYuan().orElseThrow(), promotion.amount().orElseThrow());
        BigDecimal sum = BigDecimal.ZERO;
        for (Award a : schedule.awards()) {
            sum = sum.add(a.amount().orElseThrow());
        }
        assertEquals(sum, schedule.total());
    }

    @Test
    void theWindowComesFromTheCatalogToo() {
        // listed in 2020: the window 2020–2022 of the catalog's 3 years does not hold 2019
        CenterHistory history = CenterHistory.builder()
                .id("incubator-b")
                .listingYear(2020)
                .spending(Map.of(
                        2019, Map.of("lab-equipment", new BigDecimal("100000.00")),
                        2020, Map.of("lab-equipment", new BigDecimal("100000.00"))))
                .build();
        Schedule schedule = POLICY.subsidies().schedule(history);
        Award before = schedule.awardIn(2019).orElseThrow();
        assertEquals(Award.Status.NOT_ELIGIBLE, before.status(), before::toString);
        assertEquals(new BigDecimal("0.00"), before.amount().orElseThrow());
        assertEquals(Award.Status.PAYABLE, schedule.awardIn(2020).orElseThrow().status());
    }

    @Test
    void attainmentIsReadFromTheCatalogsTargets() {
        List<Observation> observations = List.of(
                Observation.builder()
                        .target("incubators-2021")
                        .year(2021)
                        .value(new BigDecimal("5"))
                        .build(),
                Observation.builder()
                        .target("new-incubators-each-year")
                        .year(2019)
                        .value(new BigDecimal("1"))
                        .build(),
                Observation.builder()
                        .target("new-incubators-each-year")
                        .year(2020)
                        .value(new BigDecimal("0"))
                        .build());
        Scorecard card = POLICY.attainment().scorecard(observations, 2021);
        assertEquals(CATALOG.targets().size(), card.overall().total());
        Map<String, Attainment.Verdict> verdicts = new java.util.HashMap<>();
        card.attainments().forEach(a -> verdicts.put(a.target().id(), a.verdict()));
        assertEquals(Attainment.Verdict.MET, verdicts.get("incubators-2021"), card::toString);
        assertEquals(Attainment.Verdict.NOT_MET, verdicts.get("new-incubators-each-year"), card::toString);
    }
}
