package dev.zhengce.policy.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengce.policy.mengzhou.Mengzhou;
import dev.zhengce.policy.model.Language;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The worked explanation shows exact values as an auditor reads them, and the facade reaches every calculator. */
class ExplanationFormatTest {
    private static final Policy POLICY = Policy.mengzhou();

    private static String robotStep(String purchase, String rate) {
        Award award = POLICY.subsidies()
                .award(Application.builder()
                        .id("r")
                        .rule("robot-subsidy")
                        .cost("robot-purchase-fee", purchase)
                        .cost("robot-lease-fee", "0")
                        .rate(new BigDecimal(rate))
                        .build());
        return award.explain(Language.EN)
                .lines()
                .filter(l -> l.contains("rate × base"))
                .findFirst()
                .orElseThrow();
    }

    /** The exact product before rounding: grouped by thousands, every decimal kept; two decimals print as money. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "0.01|0.125|= 0.00125 元",
                "1000.01|0.125|= 125.00125 元",
                "10000.01|0.125|= 1,250.00125 元",
                "100000.01|0.125|= 12,500.00125 元",
                "1234567.89|0.125|= 154,320.98625 元",
                "10000000.01|0.125|= 1,250,000.00125 元",
                "0.02|0.5|= 0.01 元",
                "0.03|0.5|= 0.015 元",
                "1234.56|0.5|= 617.28 元",
            })
    void exactIntermediatesAreGroupedAndKeepEveryDecimal(String purchase, String rate, String shown) {
        String step = robotStep(purchase, rate);
        assertTrue(step.endsWith(shown), step);
    }

    @Test
    void theBaseListsEveryCategoryJoinedByPlus() {
        Award award = POLICY.subsidies()
                .award(Application.builder()
                        .id("i")
                        .rule("intelligent-transformation-subsidy")
                        .cost("software-investment", "4000000")
                        .cost("hardware-investment", "8000000")
                        .build());
        assertTrue(
                award.explain(Language.EN)
                        .contains(
                                "  1. base: software investment 4,000,000.00 元 + hardware investment 8,000,000.00 元 = 12,000,000.00 元\n"),
                award::toString);
        assertTrue(award.explain(Language.ZH)
                .contains("计算基数：软件投资 4,000,000.00 元 + 硬件投资 8,000,000.00 元 = 12,000,000.00 元"));
    }

    @Test
    void fixedAmountsSayWhetherTheNoticeStatesThem() {
        Award promotion = POLICY.subsidies()
                .award(Application.builder()
                        .id("p")
                        .rule("provincial-innovation-center-award")
                        .build());
        assertTrue(promotion.explain(Language.ZH).contains("定额一次性：5,000,000.00 元（通知规定）"), promotion::toString);
        Award giant = POLICY.subsidies()
                .award(Application.builder()
                        .id("g")
                        .rule("little-giant-award")
                        .cost("annual-revenue", "150000000")
                        .amount(new BigDecimal("200000"))
                        .build());
        assertTrue(
                giant.explain(Language.EN)
                        .contains("fixed amount: 200,000.00 元 (decided locally, supplied by the caller)"),
                giant::toString);
        assertFalse(giant.explain(Language.EN).contains("once"), "the little-giant award is not one-time in the text");
    }

    @Test
    void theProvenanceStampHasItsFieldsInAStableOrder() {
        Award award = POLICY.subsidies()
                .award(Application.builder()
                        .id("p")
                        .rule("provincial-innovation-center-award")
                        .build());
        Provenance p = award.provenance();
        assertEquals(
                java.util.List.of("notice", "catalogVersion", "catalogSha256", "sdkVersion", "overrides"),
                java.util.List.copyOf(p.asMap().keySet()));
        assertEquals("孟政〔2017〕25号", p.asMap().get("notice"));
        assertEquals(POLICY.catalog().sha256(), p.asMap().get("catalogSha256"));
        assertEquals(p.overrides(), p.asMap().get("overrides"));
    }

    @Test
    void theFacadeReachesTheCatalogAndEveryCalculator() {
        assertEquals(Mengzhou.catalog().sha256(), POLICY.catalog().sha256());
        assertEquals(
                Consistency.check(POLICY.catalog()).size(),
                POLICY.inconsistencies().size());
        assertEquals(14, POLICY.inconsistencies().size(), "13, and the smart factory traced to its task");
        Scorecard card = POLICY.attainment().scorecard(java.util.List.of(), 2020);
        assertEquals(POLICY.catalog().targets().size(), card.overall().total());
        assertEquals(POLICY.catalog().toString(), POLICY.toString());
    }
}
