package dev.zhengce.policy.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengce.policy.mengzhou.Mengzhou;
import dev.zhengce.policy.model.Amendment;
import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.Citation;
import dev.zhengce.policy.model.InvalidInputException;
import dev.zhengce.policy.model.Notice;
import dev.zhengce.policy.model.Subsidy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * When rules apply: years the notice covers, support windows that run past them, the caller's
 * confirmation of a later year, dated amendments (the one here is INVENTED, marked so), and the
 * rules the notice does not let anyone compute.
 */
class InForceTest {
    private static final Catalog CATALOG = Mengzhou.catalog();
    private static final InForce NONE = InForce.of(CATALOG, Overrides.none());
    private static final Subsidy INTELLIGENT = CATALOG.subsidy("intelligent-transformation-subsidy");
    private static final Subsidy CENTERS = CATALOG.subsidy("innovation-center-cultivation-subsidy");

    @Test
    void theNoticesYearsAreCovered() {
        for (int year = 2017; year <= 2020; year++) {
            assertEquals(Optional.empty(), NONE.check(INTELLIGENT, year, null), Integer.toString(year));
        }
        assertEquals(
                Optional.empty(), NONE.check(INTELLIGENT, null, null), "no year given, nothing to say about years");
    }

    /** Today an intelligent-transformation application for 2021 or 2026 is paid with no finding; it must not be. */
    @Test
    void aLaterYearIsUndeterminedNamingWhatTheCallerMustConfirm() {
        Caveat in2021 = NONE.check(INTELLIGENT, 2021, null).orElseThrow();
        assertEquals(Caveat.Kind.YEAR_NOT_COVERED, in2021.kind());
        assertEquals(
                "intelligent-transformation-subsidy.applies-through=2021",
                in2021.confirmation().orElseThrow());
        assertEquals(
                "孟政〔2017〕25号's plans cover 2017–2020 and the text does not say whether its rules apply in 2021:"
                        + " the caller must confirm that the rule applies in 2021 (intelligent-transformation-subsidy.applies-through=2021)",
                in2021.text().en());
        assertTrue(Mengzhou.text().contains(in2021.citation().orElseThrow()), "the sentence that ends the years");
        Caveat in2026 = NONE.check(INTELLIGENT, 2026, null).orElseThrow();
        assertTrue(
                in2026.text().en().contains("the notice's provincial parent 豫政〔2017〕22号 was ended by 豫政〔2023〕7号"),
                in2026.text().en());
        assertTrue(
                in2026.text().zh().contains("省级上位文件豫政〔2017〕22号已被豫政〔2023〕7号废止"),
                in2026.text().zh());
        assertFalse(in2021.text().en().contains("豫政"), "in 2021 nothing is known to have ended yet");
    }

    @Test
    void theCallersConfirmationIsAnOverrideThatTheProvenanceRecords() {
        Overrides confirmed = Overrides.parse("intelligent-transformation-subsidy.applies-through=2022");
        InForce inForce = InForce.of(CATALOG, confirmed);
        assertEquals(Optional.empty(), inForce.check(INTELLIGENT, 2021, null));
        assertEquals(Optional.empty(), inForce.check(INTELLIGENT, 2022, null));
        assertEquals(
                Caveat.Kind.YEAR_NOT_COVERED,
                inForce.check(INTELLIGENT, 2023, null).orElseThrow().kind());
        assertEquals(
                Caveat.Kind.YEAR_NOT_COVERED,
                inForce.check(CATALOG.subsidy("robot-subsidy"), 2021, null)
                        .orElseThrow()
                        .kind(),
                "a confirmation is for one rule");
        assertEquals(Optional.of(2022), confirmed.appliesThrough("intelligent-transformation-subsidy"));
        assertEquals("intelligent-transformation-subsidy.applies-through=2022", confirmed.toString());
        Award award = SubsidyCalculator.of(CATALOG)
                .with(confirmed)
                .award(Application.builder()
                        .id("A")
                        .rule("intelligent-transformation-subsidy")
                        .year(2021)
                        .cost("software-investment", "100")
                        .cost("hardware-investment", "0")
                        .build());
        assertEquals(
                "intelligent-transformation-subsidy.applies-through=2022",
                award.provenance().overrides());
        assertEquals(
                INTELLIGENT,
                SubsidyCalculator.of(CATALOG).with(confirmed).rule(INTELLIGENT.id()),
                "a confirmation changes no number of the rule");
        for (String bad : List.of("2021.5", "1999", "2101")) {
            assertEquals(
                    "intelligent-transformation-subsidy.applies-through",
                    assertThrows(
                                    InvalidInputException.class,
                                    () -> Overrides.parse("intelligent-transformation-subsidy.applies-through=" + bad))
                            .field(),
                    bad);
        }
    }

    /** A center listed in 2020 is promised 2020–2024 by the notice itself (连续支持5年). */
    @Test
    void aSupportWindowAnchoredInTheNoticesYearsRunsPastThem() {
        for (int year = 2020; year <= 2024; year++) {
            assertTrue(NONE.covers(CENTERS, year, 2020), Integer.toString(year));
            assertEquals(Optional.empty(), NONE.check(CENTERS, year, 2020));
        }
        assertFalse(
                NONE.covers(CENTERS, 2025, 2020),
                "past the window: the window check says so, and the year is not covered");
        assertEquals(
                Caveat.Kind.YEAR_NOT_COVERED,
                NONE.check(CENTERS, 2021, 2021).orElseThrow().kind(),
                "a listing of 2021 is itself beyond the notice's years");
        assertTrue(InForce.of(CATALOG, Overrides.parse("innovation-center-cultivation-subsidy.applies-through=2025"))
                .covers(CENTERS, 2022, 2021));
    }

    @Test
    void rulesTheNoticeDoesNotLetAnyoneComputeSaySoAndNameTheDocument() {
        Caveat setBy =
                NONE.check(CATALOG.subsidy("iim-certified-support"), 2018, null).orElseThrow();
        assertEquals(Caveat.Kind.SET_BY_DOCUMENT, setBy.kind());
        assertTrue(
                setBy.text().zh().contains("《中共焦作市委 焦作市人民政府关于加快培育大企业集团的实施意见》"),
                setBy.text().zh());
        assertTrue(setBy.text().en().contains("none is computed"));
        assertTrue(setBy.confirmation().isEmpty(), "no confirmation makes it computable");
        Caveat support =
                Caveat.of(CATALOG.subsidy("little-giant-candidate-support")).orElseThrow();
        assertEquals(Caveat.Kind.FORM_NOT_STATED, support.kind());
        assertEquals(
                CATALOG.subsidy("little-giant-candidate-support").citation(),
                support.citation().orElseThrow());
        for (Subsidy rule : CATALOG.subsidies()) {
            assertEquals(
                    !rule.kind().computed() && rule.kind() != Subsidy.Kind.SURCHARGE,
                    Caveat.of(rule).isPresent(),
                    rule.id());
        }
    }

    // An INVENTED amendment: no document 孟政〔2019〕99号 is known; nothing changed the 8%.

    private static final Amendment INVENTED = Amendment.builder()
            .rule("intelligent-transformation-subsidy")
            .effective(LocalDate.of(2019, 7, 1))
            .rate(new BigDecimal("0.06"))
            .document("孟政〔2019〕99号 (INVENTED for a test; no such document is known)")
            .citation(Citation.of("省财政对其智能化改造项目按照软硬件投资的6%予以补助(虚构)"))
            .build();
    private static final Amendment INVENTED_FROM_JANUARY = Amendment.builder()
            .from(INVENTED)
            .effective(LocalDate.of(2020, 1, 1))
            .rate(new BigDecimal("0.05"))
            .cap(dev.zhengce.policy.model.Cny.of(new BigDecimal("5000000")))
            .build();

    private static InForce amended() {
        Catalog c = Catalog.of(Notice.builder()
                .from(CATALOG.notice())
                .amendments(List.of(INVENTED, INVENTED_FROM_JANUARY))
                .build());
        return InForce.of(c, Overrides.none());
    }

    @Test
    void aDatedAmendmentGivesTheRuleInForceOnEachDay() {
        InForce inForce = amended();
        assertEquals(
                new BigDecimal("0.08"),
                inForce.rule(INTELLIGENT, LocalDate.of(2019, 6, 30)).rate().orElseThrow());
        assertEquals(
                new BigDecimal("0.06"),
                inForce.rule(INTELLIGENT, LocalDate.of(2019, 7, 1)).rate().orElseThrow());
        Subsidy in2020 = inForce.rule(INTELLIGENT, 2020);
        assertEquals(new BigDecimal("0.05"), in2020.rate().orElseThrow(), "both, in date order");
        assertEquals(new BigDecimal("5000000.00"), in2020.capYuan().orElseThrow());
        assertEquals(
                new BigDecimal("0.08"), inForce.rule(INTELLIGENT, 2019).rate().orElseThrow(), "as on 1 January 2019");
        assertEquals(CATALOG.subsidy("robot-subsidy"), inForce.rule(CATALOG.subsidy("robot-subsidy"), 2020));
    }

    @Test
    void anAmendmentWithinTheYearSplitsItAndOneFromJanuaryDoesNot() {
        Caveat split = amended().check(INTELLIGENT, 2019, null).orElseThrow();
        assertEquals(Caveat.Kind.AMENDED_WITHIN_YEAR, split.kind());
        assertTrue(
                split.text().en().contains("changes on 2019-07-01"),
                split.text().en());
        assertEquals(INVENTED.citation(), split.citation().orElseThrow());
        assertEquals(
                Optional.empty(),
                amended().check(INTELLIGENT, 2020, null),
                "from 1 January: the whole year is one rule");
        assertEquals(Optional.empty(), amended().check(INTELLIGENT, 2018, null));
    }
}
