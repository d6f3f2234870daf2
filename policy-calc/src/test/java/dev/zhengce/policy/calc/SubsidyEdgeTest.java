package dev.zhengce.policy.calc;

import static dev.zhengce.policy.calc.Rules.INTELLIGENT;
import static dev.zhengce.policy.calc.Rules.LITTLE_GIANT;
import static dev.zhengce.policy.calc.Rules.PROMOTION;
import static dev.zhengce.policy.calc.Rules.QUALITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengce.policy.mengzhou.Mengzhou;
import dev.zhengce.policy.model.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Edges of the money rules (docs/reading.md, "Money rules") the worked examples do not reach: an award that lacks
 * two things names both, the notice's first year is covered, a rate or an amount the notice
 * already states is refused with the reason that fits the rule, and matching takes the
 * caller's local amounts.
 */
class SubsidyEdgeTest {
    private static final SubsidyCalculator CALC = SubsidyCalculator.of(Mengzhou.catalog());

    private static InvalidInputException refuse(Application.Builder a) {
        return assertThrows(InvalidInputException.class, () -> CALC.award(a.build()));
    }

    @Test
    void aLittleGiantWithoutRevenueOrAmountNamesBothAndTheListIsReadOnly() {
        // 超亿元 needs the revenue; the award amount is not in the text: both are missing
        Award award =
                CALC.award(Application.builder().id("L").rule(LITTLE_GIANT).build());
        assertEquals(Award.Status.UNDETERMINED, award.status());
        List<Finding.Kind> kinds = award.findings().stream().map(Finding::kind).collect(Collectors.toList());
        assertEquals(2, kinds.size(), award::toString);
        assertEquals(List.of(Finding.Kind.MISSING_FACT, Finding.Kind.MISSING_PARAMETER), kinds, award::toString);
        assertEquals("annual-revenue", award.findings().get(0).subject());
        assertTrue(
                award.findings().get(0).text().en().startsWith("missing fact yearly revenue: cannot decide"),
                award::toString);
        assertThrows(
                UnsupportedOperationException.class,
                () -> award.findings().add(award.findings().get(0)));
    }

    @Test
    void theNoticesFirstYearIsCoveredAndTheYearBeforeIsNot() {
        Application.Builder a = Application.builder()
                .id("A")
                .rule(INTELLIGENT)
                .cost("software-investment", "1000000.00")
                .cost("hardware-investment", "0");
        // 8 % of 1,000,000 元
        assertEquals(
                new BigDecimal("80000.00"),
                CALC.award(a.year(2017).build()).amount().orElseThrow());
        assertEquals("year", refuse(a.year(2016)).field());
    }

    @Test
    void aRateIsRefusedWhereTheNoticeStatesItOrPaysAFixedAmount() {
        InvalidInputException stated = refuse(Application.builder()
                .id("A")
                .rule(INTELLIGENT)
                .cost("software-investment", "1")
                .cost("hardware-investment", "0")
                .rate(new BigDecimal("0.1")));
        assertEquals("rate", stated.field());
        assertTrue(stated.rule().contains("the notice states the rate of " + INTELLIGENT), stated::getMessage);
        InvalidInputException fixed =
                refuse(Application.builder().id("P").rule(PROMOTION).rate(new BigDecimal("0.1")));
        assertEquals("rate", fixed.field());
        assertTrue(fixed.rule().contains("pays a fixed amount; it has no rate"), fixed::getMessage);
    }

    @Test
    void anAmountIsRefusedWhereTheNoticeStatesItOrTheRuleIsAShare() {
        InvalidInputException stated =
                refuse(Application.builder().id("P").rule(PROMOTION).amount(new BigDecimal("1")));
        assertEquals("amount", stated.field());
        assertTrue(stated.rule().contains("the notice states the amount of " + PROMOTION), stated::getMessage);
        InvalidInputException share = refuse(Application.builder()
                .id("A")
                .rule(INTELLIGENT)
                .cost("software-investment", "1")
                .cost("hardware-investment", "0")
                .amount(new BigDecimal("1")));
        assertEquals("amount", share.field());
        assertTrue(share.rule().contains("is a share of costs, not a fixed amount"), share::getMessage);
    }

    @Test
    void matchingUsesTheCallersLocalAmount() {
        EnterpriseProfile p = EnterpriseProfile.builder()
                .id("E")
                .putAmounts(QUALITY, new BigDecimal("200000"))
                .addHonours("河南省著名商标")
                .build();
        Map<String, Match> byRule =
                CALC.match(p).stream().collect(Collectors.toMap(m -> m.rule().id(), Function.identity()));
        Match quality = byRule.get(QUALITY);
        assertTrue(quality.missing().stream().noneMatch(m -> m.startsWith("amount of")), quality::toString);
        assertEquals(new BigDecimal("200000.00"), quality.amount().orElseThrow(), quality::toString);
    }

    @Test
    void matchingRefusesLocalParametersForUnknownRules() {
        EnterpriseProfile rates = EnterpriseProfile.builder()
                .id("E")
                .putRates("no-such-rule", new BigDecimal("0.1"))
                .build();
        assertThrows(InvalidInputException.class, () -> CALC.match(rates));
        EnterpriseProfile amounts = EnterpriseProfile.builder()
                .id("E")
                .putAmounts("no-such-rule", BigDecimal.ONE)
                .build();
        assertThrows(InvalidInputException.class, () -> CALC.match(amounts));
    }

    @Test
    void onlyAShareOfCostsTakesACapOverride() {
        // 对晋升为省级创新中心的一次性奖励500万元 is a fixed amount: there is nothing to cap
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> CALC.with(Overrides.parse(PROMOTION + ".cap=1000000")));
        assertTrue(e.rule().contains("only proportional rules have a cap"), e::getMessage);
        assertEquals(
                new BigDecimal("1000000.00"),
                CALC.with(Overrides.parse(INTELLIGENT + ".cap=1000000"))
                        .award(Application.builder()
                                .id("A")
                                .rule(INTELLIGENT)
                                .cost("software-investment", "100000000")
                                .cost("hardware-investment", "0")
                                .build())
                        .amount()
                        .orElseThrow());
    }

    @Test
    void aListingYearOutsideTheRangeIsRefusedWhenTheApplicationIsBuilt() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> Application.builder()
                        .id("C")
                        .rule(INTELLIGENT)
                        .listingYear(1999)
                        .build());
        assertEquals("listingYear", e.field());
    }
}
