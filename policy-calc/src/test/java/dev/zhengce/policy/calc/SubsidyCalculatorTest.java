package dev.zhengce.policy.calc;

import static dev.zhengce.policy.calc.Rules.CERTIFIED;
import static dev.zhengce.policy.calc.Rules.CULTIVATION;
import static dev.zhengce.policy.calc.Rules.ELECTRICITY;
import static dev.zhengce.policy.calc.Rules.GREEN;
import static dev.zhengce.policy.calc.Rules.INTELLIGENT;
import static dev.zhengce.policy.calc.Rules.LITTLE_GIANT;
import static dev.zhengce.policy.calc.Rules.PROMOTION;
import static dev.zhengce.policy.calc.Rules.QUALITY;
import static dev.zhengce.policy.calc.Rules.ROBOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengce.policy.mengzhou.Mengzhou;
import dev.zhengce.policy.model.InvalidInputException;
import dev.zhengce.policy.model.Language;
import dev.zhengce.policy.model.PolicyJson;
import dev.zhengce.policy.model.SourceText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Worked examples of each rule, what a result carries, and the refusals of bad input. */
class SubsidyCalculatorTest {
    private static final SubsidyCalculator CALC = SubsidyCalculator.of(Mengzhou.catalog());

    private static Application.Builder intelligent(String software, String hardware) {
        return Application.builder()
                .id("A-1")
                .rule(INTELLIGENT)
                .cost("software-investment", software)
                .cost("hardware-investment", hardware);
    }

    private static InvalidInputException refuse(Application.Builder application) {
        return assertThrows(InvalidInputException.class, () -> CALC.award(application.build()));
    }

    @Test
    void intelligentTransformationBelowTheCap() {
        Award award = CALC.award(intelligent("4000000.00", "8000000.00").build());
        assertEquals(Award.Status.PAYABLE, award.status());
        assertEquals(new BigDecimal("960000.00"), award.amount().orElseThrow());
        assertFalse(award.capBound());
        assertEquals(new BigDecimal("12000000.00"), award.base().orElseThrow());
        assertEquals(
                "960,000.00",
                String.format(
                        java.util.Locale.ROOT,
                        "%,.2f",
                        award.money().orElseThrow().getNumber().numberValue(BigDecimal.class)));
    }

    @Test
    void intelligentTransformationCapBindsPerProject() {
        Award award = CALC.award(intelligent("100000000.00", "100000000.00").build());
        assertEquals(new BigDecimal("10000000.00"), award.amount().orElseThrow());
        assertTrue(award.capBound());
        assertEquals(
                dev.zhengce.policy.model.Subsidy.CapPeriod.PER_PROJECT,
                award.capBoundAt().orElseThrow());
        assertEquals(new BigDecimal("16000000.0000"), award.uncapped().orElseThrow());
    }

    @Test
    void explanationIsInBothLanguagesAndCitesTheSource() {
        Award award = CALC.award(intelligent("100000000.00", "100000000.00").build());
        assertTrue(award.explain(Language.ZH).contains("达到上限"), award::toString);
        assertTrue(award.explain(Language.EN).contains("cap reached"), award::toString);
        SourceText source = Mengzhou.text();
        assertFalse(award.citations().isEmpty());
        award.citations().forEach(c -> assertTrue(source.contains(c), c::toString));
        award.steps().forEach(s -> s.citation().ifPresent(c -> assertTrue(source.contains(c), c::toString)));
        assertTrue(award.toString().contains("孟政〔2017〕25号"));
        assertEquals(Mengzhou.catalog().sha256(), award.provenance().catalogSha256());
        assertFalse(award.provenance().sdkVersion().contains("${"), "the SDK version is filtered in");
    }

    @Test
    void cultivationYearInsideAndOutsideTheWindow() {
        Application.Builder a = Application.builder()
                .id("C-1")
                .rule(CULTIVATION)
                .cost("rd-equipment-purchase", "20000000.00")
                .cost("pilot-test-equipment-purchase", "0")
                .listingYear(2018);
        Award inside = CALC.award(a.year(2022).build());
        assertEquals(new BigDecimal("3000000.00"), inside.amount().orElseThrow());
        assertEquals(
                dev.zhengce.policy.model.Subsidy.CapPeriod.PER_YEAR,
                inside.capBoundAt().orElseThrow());
        Award outside = CALC.award(a.year(2023).build());
        assertEquals(Award.Status.NOT_ELIGIBLE, outside.status());
        assertEquals(new BigDecimal("0.00"), outside.amount().orElseThrow());
        assertEquals(Finding.Kind.OUTSIDE_WINDOW, outside.findings().get(0).kind());
    }

    @Test
    void scheduleSwitchesRuleAtCertificationAndPaysThePromotionOnce() {
        CenterHistory h = CenterHistory.builder()
                .id("center-1")
                .listingYear(2017)
                .certifiedYear(2019)
                .promotedYear(2020)
                .putSpending(
                        2017,
                        Map.of(
                                "rd-equipment-purchase",
                                new BigDecimal("5000000.00"),
                                "pilot-test-equipment-purchase",
                                new BigDecimal("1000000.00")))
                .putSpending(
                        2019,
                        Map.of(
                                "technology-introduction",
                                new BigDecimal("10000000.00"),
                                "research-instruments",
                                new BigDecimal("2000000.00"),
                                "equipment-purchase",
                                new BigDecimal("3000000.00"),
                                "software-purchase",
                                new BigDecimal("1000000.00")))
                .putSpending(
                        2022,
                        Map.of(
                                "technology-introduction",
                                new BigDecimal("1000000.00"),
                                "research-instruments",
                                BigDecimal.ZERO,
                                "equipment-purchase",
                                BigDecimal.ZERO,
                                "software-purchase",
                                BigDecimal.ZERO))
                .build();
        Schedule s = CALC.schedule(h);
        assertEquals(
                new BigDecimal("1200000.00"),
                s.awardIn(2017).orElseThrow().amount().orElseThrow());
        assertEquals(CULTIVATION, s.awardIn(2017).orElseThrow().rule().id());
        assertEquals(
                new BigDecimal("3000000.00"),
                s.awardIn(2019).orElseThrow().amount().orElseThrow());
        assertEquals(CERTIFIED, s.awardIn(2019).orElseThrow().rule().id());
        assertEquals(Award.Status.NOT_ELIGIBLE, s.awardIn(2022).orElseThrow().status());
        assertEquals(
                1,
                s.awards().stream().filter(a -> a.rule().id().equals(PROMOTION)).count());
        assertEquals(new BigDecimal("9200000.00"), s.total());
        assertTrue(s.toString().contains("outside the support window"), s::toString);
    }

    @Test
    void localParametersAreUndeterminedUntilTheCallerSuppliesThem() {
        Award robot = CALC.award(Application.builder()
                .id("R")
                .rule(ROBOT)
                .cost("robot-purchase-fee", "2000000.00")
                .cost("robot-lease-fee", "0")
                .build());
        assertEquals(Award.Status.UNDETERMINED, robot.status());
        assertTrue(robot.explain(Language.EN).contains("caller must supply"), robot::toString);
        Award supplied = CALC.award(Application.builder()
                .from(robot.application())
                .rate(new BigDecimal("0.15"))
                .build());
        assertEquals(new BigDecimal("300000.00"), supplied.amount().orElseThrow());

        Award quality = CALC.award(
                Application.builder().id("Q").rule(QUALITY).honour("中国质量奖").build());
        assertEquals(Award.Status.UNDETERMINED, quality.status());
        assertEquals(
                new BigDecimal("200000.00"),
                CALC.award(Application.builder()
                                .from(quality.application())
                                .amount(new BigDecimal("200000"))
                                .build())
                        .amount()
                        .orElseThrow());
    }

    @Test
    void littleGiantNeedsRevenueAboveAHundredMillion() {
        Application.Builder a = Application.builder().id("L").rule(LITTLE_GIANT).amount(new BigDecimal("100000"));
        assertEquals(
                Award.Status.NOT_ELIGIBLE,
                CALC.award(a.cost("annual-revenue", "100000000.00").build()).status());
        assertEquals(
                Award.Status.PAYABLE,
                CALC.award(a.cost("annual-revenue", "100000000.01").build()).status());
        assertEquals(
                Award.Status.UNDETERMINED,
                CALC.award(Application.builder()
                                .id("L")
                                .rule(LITTLE_GIANT)
                                .amount(new BigDecimal("100000"))
                                .build())
                        .status());
    }

    @Test
    void whatIfChangesTheCalculatorNotTheCatalog() {
        Application a = intelligent("100000000.00", "0.00").build();
        WhatIf whatIf = WhatIf.of(CALC, Overrides.parse(INTELLIGENT + ".rate=0.12", INTELLIGENT + ".cap=20000000"));
        WhatIf.Difference d = whatIf.compare(a);
        assertEquals(new BigDecimal("8000000.00"), d.baseline().amount().orElseThrow());
        assertEquals(new BigDecimal("12000000.00"), d.alternative().amount().orElseThrow());
        assertEquals(new BigDecimal("4000000.00"), d.delta().orElseThrow());
        assertEquals(
                new BigDecimal("0.08"),
                Mengzhou.catalog().subsidy(INTELLIGENT).rate().orElseThrow());
        assertTrue(d.alternative().provenance().overrides().contains("rate=0.12"));
        assertEquals(
                new BigDecimal("1000000.00"),
                CALC.with(Overrides.parse(GREEN + ".threshold=5000000", GREEN + ".rate=0.2"))
                        .award(Application.builder()
                                .id("g")
                                .rule(GREEN)
                                .cost("new-investment", "5000000")
                                .build())
                        .amount()
                        .orElseThrow());
        assertEquals(
                Award.Status.NOT_ELIGIBLE,
                CALC.with(Overrides.parse(CULTIVATION + ".window-years=3"))
                        .award(Application.builder()
                                .id("c")
                                .rule(CULTIVATION)
                                .cost("rd-equipment-purchase", "1")
                                .cost("pilot-test-equipment-purchase", "1")
                                .listingYear(2017)
                                .year(2020)
                                .build())
                        .status());
    }

    @Test
    void matchingListsEveryRuleWithWhatIsMissing() {
        EnterpriseProfile p = EnterpriseProfile.builder()
                .id("E-1")
                .addStatuses("cultivation-listed")
                .fact("software-investment", new BigDecimal("3000000"))
                .fact("annual-revenue", new BigDecimal("50000000"))
                .fact("rd-equipment-purchase", new BigDecimal("1000000"))
                .build();
        List<Match> matches = CALC.match(p);
        Map<String, Match> byRule =
                matches.stream().collect(Collectors.toMap(m -> m.rule().id(), m -> m));
        assertEquals(Match.Verdict.QUALIFIES, byRule.get(INTELLIGENT).verdict());
        assertEquals(
                new BigDecimal("240000.00"), byRule.get(INTELLIGENT).amount().orElseThrow());
        assertEquals(
                new BigDecimal("200000.00"), byRule.get(CULTIVATION).amount().orElseThrow());
        assertEquals(Match.Verdict.DOES_NOT_QUALIFY, byRule.get(LITTLE_GIANT).verdict());
        assertEquals(Match.Verdict.DOES_NOT_QUALIFY, byRule.get(CERTIFIED).verdict());
        assertEquals(Match.Verdict.MAY_QUALIFY, byRule.get(GREEN).verdict());
        assertFalse(byRule.containsKey(ELECTRICITY));
        assertEquals(Match.Verdict.QUALIFIES, matches.get(0).verdict());
    }

    @Test
    void refusesNegativeAmounts() {
        assertEquals("costs.software-investment", refuse(intelligent("-1", "0")).field());
    }

    @Test
    void refusesMoreThanTwoDecimals() {
        assertEquals(
                "costs.hardware-investment", refuse(intelligent("1", "0.001")).field());
    }

    @Test
    void refusesOtherCurrencies() {
        assertEquals("currency", refuse(intelligent("1", "0").currency("USD")).field());
    }

    @Test
    void refusesUnknownRules() {
        assertEquals(
                "rule",
                refuse(Application.builder().id("x").rule("no-such-rule")).field());
    }

    @Test
    void refusesMissingCostCategories() {
        InvalidInputException e =
                refuse(Application.builder().id("x").rule(INTELLIGENT).cost("software-investment", "1"));
        assertEquals("costs.hardware-investment", e.field());
        assertTrue(e.getMessage().contains(INTELLIGENT));
    }

    @Test
    void refusesCostCategoriesOfAnotherRule() {
        assertEquals(
                "costs.robot-purchase-fee",
                refuse(intelligent("1", "1").cost("robot-purchase-fee", "1")).field());
    }

    @Test
    void refusesYearsTheRuleDoesNotCover() {
        assertEquals("year", refuse(intelligent("1", "1").year(2016)).field());
        assertEquals(
                "listingYear", refuse(intelligent("1", "1").listingYear(2018)).field());
        assertEquals(
                "year",
                refuse(Application.builder()
                                .id("c")
                                .rule(CULTIVATION)
                                .cost("rd-equipment-purchase", "1")
                                .cost("pilot-test-equipment-purchase", "1")
                                .listingYear(2018))
                        .field());
    }

    @Test
    void refusesARateTheNoticeStates() {
        assertEquals(
                "rate",
                refuse(intelligent("1", "1").rate(new BigDecimal("0.5"))).field());
    }

    @Test
    void refusesSurchargesAsAwards() {
        assertTrue(refuse(Application.builder().id("x").rule(ELECTRICITY))
                .getMessage()
                .contains("surcharge"));
    }

    @Test
    void refusesBadOverrides() {
        assertThrows(InvalidInputException.class, () -> Overrides.parse(INTELLIGENT + ".rate=1.5"));
        assertThrows(InvalidInputException.class, () -> Overrides.parse(INTELLIGENT + ".speed=1"));
        assertThrows(InvalidInputException.class, () -> Overrides.parse("rate=0.1"));
        assertThrows(InvalidInputException.class, () -> CALC.with(Overrides.parse("no-such-rule.rate=0.1")));
        assertThrows(InvalidInputException.class, () -> CALC.with(Overrides.parse(INTELLIGENT + ".window-years=3")));
    }

    @Test
    void applicationsReadFromJsonAreCheckedToo() {
        // the same mistake is the same exception, with the same path, through JSON and through the builder
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> PolicyJson.read(
                        "{\"id\":\"a\",\"rule\":\"" + INTELLIGENT + "\",\"costs\":{\"software-investment\":1.001}}",
                        Application.class));
        assertEquals("costs.software-investment", e.field());
        InvalidInputException b = assertThrows(
                InvalidInputException.class,
                () -> Application.builder()
                        .id("a")
                        .rule(INTELLIGENT)
                        .cost("software-investment", new BigDecimal("1.001"))
                        .build());
        assertEquals(e.field(), b.field());
        assertEquals(
                List.of("costs", "software-investment"),
                e.path().stream().map(Object::toString).collect(Collectors.toList()));
        InvalidInputException row = assertThrows(
                InvalidInputException.class,
                () -> PolicyJson.read(
                        "[{\"id\":\"a\",\"rule\":\"" + INTELLIGENT + "\",\"costs\":{\"software-investment\":1.001}}]",
                        Application[].class));
        assertEquals(0, row.path().get(0).index().orElseThrow());
        assertEquals("software-investment", row.path().get(2).name().orElseThrow());
        Application a = PolicyJson.read(
                "{\"id\":\"a\",\"rule\":\"" + INTELLIGENT
                        + "\",\"costs\":{\"software-investment\":1000000.00,\"hardware-investment\":0}}",
                Application.class);
        assertEquals(new BigDecimal("80000.00"), CALC.award(a).amount().orElseThrow());
    }

    @Test
    void batchKeepsInputOrder() {
        List<String> ids = CALC.awards(Stream.of("3", "1", "2")
                        .map(i -> intelligent(i, "0").id(i).build()))
                .map(a -> a.application().id())
                .collect(Collectors.toList());
        assertEquals(List.of("3", "1", "2"), ids);
    }
}
