package dev.zhengce.policy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengce.policy.mengzhou.Mengzhou;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A dated change to a rule, as OpenFisca's parameters change on a date. The amendment here is
 * INVENTED for the test: no document 孟政〔2019〕99号 is known to exist, and nothing changed the
 * rate of the intelligent-transformation subsidy.
 */
class AmendmentTest {
    /** INVENTED: a made-up later notice that lowers the 8% to 6% from 2019-07-01. */
    static final Amendment INVENTED = Amendment.builder()
            .rule("intelligent-transformation-subsidy")
            .effective(LocalDate.of(2019, 7, 1))
            .rate(new BigDecimal("0.06"))
            .document("孟政〔2019〕99号 (INVENTED for a test; no such document is known)")
            .citation(Citation.of("省财政对其智能化改造项目按照软硬件投资的6%予以补助(虚构)"))
            .build();

    static Catalog amended(Amendment... amendments) {
        return Catalog.of(Notice.builder()
                .from(Mengzhou.catalog().notice())
                .amendments(List.of(amendments))
                .build());
    }

    @Test
    void anAmendmentChangesTheRuleFromItsDateAndKeepsTheRuleAsWritten() {
        Catalog c = amended(INVENTED);
        Subsidy written = c.subsidy("intelligent-transformation-subsidy");
        assertEquals(new BigDecimal("0.08"), written.rate().orElseThrow(), "the catalog keeps the rule as written");
        Subsidy amended = INVENTED.apply(written);
        assertEquals(new BigDecimal("0.06"), amended.rate().orElseThrow());
        assertEquals(written.cap(), amended.cap());
        assertEquals(List.of(INVENTED), c.amendments("intelligent-transformation-subsidy"));
        assertEquals(List.of(), c.amendments("robot-subsidy"));
        assertTrue(INVENTED.toString().startsWith("intelligent-transformation-subsidy from 2019-07-01: rate 0.06"));
        assertTrue(
                c.citations().stream().noneMatch(x -> x.equals(INVENTED.citation())),
                "an amendment cites another document, not the notice");
    }

    @Test
    void anAmendmentThatStatesALocalNumberFixesIt() {
        Amendment robots = Amendment.builder()
                .from(INVENTED)
                .rule("robot-subsidy")
                .rate(new BigDecimal("0.15"))
                .build();
        Subsidy amended = robots.apply(Mengzhou.catalog().subsidy("robot-subsidy"));
        assertEquals(new BigDecimal("0.15"), amended.rate().orElseThrow());
        assertTrue(amended.localParameters().isEmpty());
    }

    @Test
    void aCatalogRefusesAmendmentsThatDoNotFit() {
        assertEquals(
                "amendments[0].rule",
                assertThrows(
                                InvalidDataException.class,
                                () -> amended(Amendment.builder()
                                        .from(INVENTED)
                                        .rule("no-such-rule")
                                        .build()))
                        .field());
        assertEquals(
                "amendments[0].effective",
                assertThrows(
                                InvalidDataException.class,
                                () -> amended(Amendment.builder()
                                        .from(INVENTED)
                                        .effective(LocalDate.of(2017, 11, 24))
                                        .build()))
                        .field());
        assertEquals(
                "amendments[0].rate",
                assertThrows(
                                InvalidDataException.class,
                                () -> amended(Amendment.builder()
                                        .from(INVENTED)
                                        .rule("provincial-innovation-center-award")
                                        .build()))
                        .field());
        assertEquals(
                "amendments[1].effective",
                assertThrows(
                                InvalidDataException.class,
                                () -> amended(
                                        INVENTED,
                                        Amendment.builder()
                                                .from(INVENTED)
                                                .effective(LocalDate.of(2018, 1, 1))
                                                .build()))
                        .field());
        assertEquals(
                "rate",
                assertThrows(
                                InvalidDataException.class,
                                () -> Amendment.builder()
                                        .from(INVENTED)
                                        .rate(java.util.Optional.empty())
                                        .build())
                        .field());
        assertEquals(
                "rule",
                assertThrows(
                                InvalidDataException.class,
                                () -> INVENTED.apply(Mengzhou.catalog().subsidy("robot-subsidy")))
                        .field());
    }
}
