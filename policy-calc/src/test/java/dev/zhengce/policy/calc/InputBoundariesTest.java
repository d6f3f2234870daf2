package dev.zhengce.policy.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengce.policy.mengzhou.Mengzhou;
import dev.zhengce.policy.model.InvalidInputException;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every limit of the caller-input checks, on both sides: the last value accepted and the first refused. */
class InputBoundariesTest {
    private static String field(Runnable r) {
        return assertThrows(InvalidInputException.class, r::run).field();
    }

    @Test
    void textIsNonBlankAndAtMostTwoHundredCharacters() {
        String twoHundred = "x".repeat(200);
        assertSame(twoHundred, Inputs.text("id", twoHundred));
        assertEquals("id", field(() -> Inputs.text("id", "x".repeat(201))));
        assertEquals("id", field(() -> Inputs.text("id", " ")));
    }

    @Test
    void yearsAreWithinTwoThousandAndTwentyOneHundredBothIncluded() {
        assertEquals(2000, Inputs.year("year", 2000));
        assertEquals(2100, Inputs.year("year", 2100));
        assertEquals("year", field(() -> Inputs.year("year", 1999)));
        assertEquals("year", field(() -> Inputs.year("year", 2101)));
    }

    @Test
    void ratesHaveThirtyDigitsTwelveDecimalsAndLieWithinZeroAndOne() {
        BigDecimal twelve = new BigDecimal("0.000000000001");
        assertSame(twelve, Inputs.rate("rate", twelve));
        assertEquals("rate", field(() -> Inputs.rate("rate", new BigDecimal("0.0000000000001"))));
        BigDecimal thirty =
                new BigDecimal("0." + "0".repeat(17) + "1".repeat(12)).setScale(12, java.math.RoundingMode.DOWN);
        assertSame(thirty, Inputs.rate("rate", thirty));
        assertEquals("rate", field(() -> Inputs.rate("rate", new BigDecimal("1E+1"))));
        assertSame(BigDecimal.ONE, Inputs.rate("rate", BigDecimal.ONE));
        assertSame(BigDecimal.ZERO, Inputs.rate("rate", BigDecimal.ZERO));
        assertEquals("rate", field(() -> Inputs.rate("rate", new BigDecimal("-0.000000000001"))));
        // precision: 31 digits even within [0, 1] is refused
        assertEquals("rate", field(() -> Inputs.rate("rate", new BigDecimal("0." + "1".repeat(31)))));
    }

    @Test
    void decimalTextHasAtMostFortyCharacters() {
        assertEquals(BigDecimal.ONE, Inputs.decimal("v", "0".repeat(39) + "1").stripTrailingZeros());
        assertEquals("v", field(() -> Inputs.decimal("v", "0".repeat(40) + "1")));
        assertEquals("v", field(() -> Inputs.decimal("v", "一")));
    }

    @Test
    void applicationsHaveAtMostSixtyFourCostsAndCheckTheirAmount() {
        Application.Builder b = Application.builder().id("A").rule("r");
        for (int i = 0; i < 64; i++) {
            b.cost("c" + i, "1");
        }
        assertEquals(64, b.build().costs().size());
        b.cost("c64", "1");
        assertEquals("costs", field(b::build));
        assertEquals(
                "amount",
                field(() -> Application.builder()
                        .id("A")
                        .rule("r")
                        .amount(new BigDecimal("0.001"))
                        .build()));
        assertEquals(
                "A: r {x=1} year 2019",
                Application.builder()
                        .id("A")
                        .rule("r")
                        .cost("x", "1")
                        .year(2019)
                        .build()
                        .toString());
        assertEquals("A: r {}", Application.builder().id("A").rule("r").build().toString());
    }

    @Test
    void assumptionsAreNonNegativeWithThirtyDigitsAndTwelveDecimals() {
        BigDecimal ok = new BigDecimal("1".repeat(18) + "." + "1".repeat(12));
        assertEquals(
                ok,
                Assumptions.builder()
                        .putTolerances("t", ok)
                        .build()
                        .tolerances()
                        .get("t"));
        assertEquals(
                "tolerances.t",
                field(() -> Assumptions.builder()
                        .putTolerances("t", new BigDecimal("1".repeat(19) + "." + "1".repeat(12)))
                        .build()));
        assertEquals(
                "thresholds.t",
                field(() -> Assumptions.builder()
                        .putThresholds("t", new BigDecimal("0.0000000000001"))
                        .build()));
        assertEquals(
                BigDecimal.ZERO,
                Assumptions.builder()
                        .putQuotas("q", BigDecimal.ZERO)
                        .build()
                        .quotas()
                        .get("q"));
        assertEquals(
                "quotas.q",
                field(() -> Assumptions.builder()
                        .putQuotas("q", new BigDecimal("-1E-12"))
                        .build()));
        assertEquals(
                new BigDecimal("1E+15"),
                Assumptions.builder()
                        .putQuotas("q", new BigDecimal("1E+15"))
                        .build()
                        .quotas()
                        .get("q"));
        assertEquals(
                "quotas.q",
                field(() -> Assumptions.builder()
                        .putQuotas("q", new BigDecimal("1E+16"))
                        .build()));
    }

    @Test
    void observationValuesHaveThirtyDigitsTwelveDecimalsAndNotesTwoThousandCharacters() {
        Observation.Builder o = Observation.builder().target("t").year(2020);
        BigDecimal ok = new BigDecimal("1".repeat(18) + "." + "1".repeat(12));
        assertEquals(ok, o.value(ok).build().value().orElseThrow());
        assertEquals(
                "value",
                field(() -> Observation.builder()
                        .target("t")
                        .year(2020)
                        .value(new BigDecimal("1".repeat(19) + "." + "1".repeat(12)))
                        .build()));
        assertEquals(
                "value",
                field(() -> Observation.builder()
                        .target("t")
                        .year(2020)
                        .value(new BigDecimal("0.0000000000001"))
                        .build()));
        assertEquals(
                new BigDecimal("1E+15"),
                Observation.builder()
                        .target("t")
                        .year(2020)
                        .value(new BigDecimal("1E+15"))
                        .build()
                        .value()
                        .orElseThrow());
        assertEquals(
                "value",
                field(() -> Observation.builder()
                        .target("t")
                        .year(2020)
                        .value(new BigDecimal("1E+16"))
                        .build()));
        String note = "注".repeat(2000);
        assertEquals(
                note,
                Observation.builder()
                        .target("t")
                        .year(2020)
                        .value(BigDecimal.ONE)
                        .note(note)
                        .build()
                        .note()
                        .orElseThrow());
        assertEquals(
                "note",
                field(() -> Observation.builder()
                        .target("t")
                        .year(2020)
                        .value(BigDecimal.ONE)
                        .note(note + "注")
                        .build()));
        assertEquals(
                "t 2020: 5 MET",
                Observation.builder()
                        .target("t")
                        .year(2020)
                        .value(new BigDecimal("5"))
                        .judgement(Observation.Judgement.MET)
                        .build()
                        .toString());
    }

    @Test
    void profilesAndHistoriesCheckTheirYears() {
        assertEquals(
                "year",
                field(() -> EnterpriseProfile.builder().id("E").year(1999).build()));
        assertEquals(
                "promotedYear",
                field(() -> CenterHistory.builder()
                        .id("c")
                        .listingYear(2018)
                        .promotedYear(2101)
                        .build()));
        assertEquals(
                "promotedYear",
                field(() -> CenterHistory.builder()
                        .id("c")
                        .listingYear(2018)
                        .promotedYear(2017)
                        .build()));
        assertEquals(
                2018,
                CenterHistory.builder()
                        .id("c")
                        .listingYear(2018)
                        .promotedYear(2018)
                        .build()
                        .promotedYear()
                        .orElseThrow());
        CenterHistory.Builder h = CenterHistory.builder().id("c").listingYear(2018);
        for (int y = 2000; y < 2100; y++) {
            h.putSpending(y, Map.of());
        }
        assertEquals(100, h.build().spending().size());
        h.putSpending(2100, Map.of());
        assertEquals("spending", field(h::build));
        assertEquals(
                "spending.1999",
                field(() -> CenterHistory.builder()
                        .id("c")
                        .listingYear(2018)
                        .putSpending(1999, Map.of())
                        .build()));
        assertEquals(
                "spending.2019.x",
                field(() -> CenterHistory.builder()
                        .id("c")
                        .listingYear(2018)
                        .putSpending(2019, Map.of("x", new BigDecimal("0.001")))
                        .build()));
    }

    @Test
    void overridesParseCompareAndPrint() {
        assertTrue(Overrides.none().isEmpty());
        assertEquals("none", Overrides.none().toString());
        Overrides o = Overrides.parse("robot-subsidy.rate=0.3");
        assertFalse(o.isEmpty());
        assertEquals("robot-subsidy.rate=0.3", o.toString());
        assertEquals(o, Overrides.parse(" robot-subsidy . RATE = 0.3 "));
        assertEquals(o.hashCode(), Overrides.parse("robot-subsidy.rate=0.3").hashCode());
        assertNotEquals(o, Overrides.parse("robot-subsidy.rate=0.4"));
        assertNotEquals(o, "robot-subsidy.rate=0.3");
        assertEquals("override", field(() -> Overrides.parse("robot-subsidy.rate")));
        assertEquals("override", field(() -> Overrides.parse("rate=0.3")));
        assertEquals("override", field(() -> Overrides.parse(".rate=0.3")));
        assertEquals(
                "innovation-center-certified-subsidy.window-years=50",
                Overrides.parse("innovation-center-certified-subsidy.window-years=50")
                        .toString());
        assertEquals(
                "innovation-center-certified-subsidy.window-years=1",
                Overrides.parse("innovation-center-certified-subsidy.window-years=1")
                        .toString());
        assertEquals(
                "innovation-center-certified-subsidy.window-years",
                field(() -> Overrides.parse("innovation-center-certified-subsidy.window-years=51")));
        assertEquals(
                "innovation-center-certified-subsidy.window-years",
                field(() -> Overrides.parse("innovation-center-certified-subsidy.window-years=0")));
        assertEquals(
                "innovation-center-certified-subsidy.window-years",
                field(() -> Overrides.parse("innovation-center-certified-subsidy.window-years=2.5")));
        SubsidyCalculator calc = SubsidyCalculator.of(Mengzhou.catalog()).with(o);
        assertSame(o, calc.overrides());
        assertEquals("SubsidyCalculator[孟政〔2017〕25号, 14 rules, what-if: robot-subsidy.rate=0.3]", calc.toString());
        assertEquals(
                "robot-subsidy.rate=0.3",
                calc.award(Application.builder()
                                .id("A")
                                .rule("robot-subsidy")
                                .cost("robot-purchase-fee", "1")
                                .cost("robot-lease-fee", "0")
                                .build())
                        .provenance()
                        .overrides());
    }

    @Test
    void provenanceNamesTheNoticeCatalogAndSdk() {
        Provenance p = SubsidyCalculator.of(Mengzhou.catalog())
                .award(Application.builder()
                        .id("A")
                        .rule("provincial-innovation-center-award")
                        .build())
                .provenance();
        assertEquals("孟政〔2017〕25号", p.notice());
        assertEquals(Mengzhou.catalog().notice().version(), p.catalogVersion());
        assertEquals(Mengzhou.catalog().sha256(), p.catalogSha256());
        assertTrue(p.sdkVersion().matches("\\d+\\.\\d+\\.\\d+.*"), p.sdkVersion());
        assertEquals("none", p.overrides());
    }
}
