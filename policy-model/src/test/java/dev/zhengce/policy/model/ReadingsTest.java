package dev.zhengce.policy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengce.policy.mengzhou.Mengzhou;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The notice's ambiguities as data: every alternative reading is reachable and changes what it
 * says it changes; the catalog's own reading changes nothing; every combination of readings is
 * a valid catalog; a wrong choice is refused naming it.
 */
class ReadingsTest {
    private static final Catalog CATALOG = Mengzhou.catalog();

    @Test
    void theSixKnownAmbiguitiesAreRecordedWithAReasonForEveryReading() {
        assertEquals(
                List.of(
                        "cultivated-count",
                        "renovation-investment-total",
                        "universal-renovation",
                        "emission-quota-years",
                        "green-subsidy-base",
                        "differential-price-form"),
                CATALOG.ambiguities().stream().map(Ambiguity::id).collect(Collectors.toList()));
        for (Ambiguity a : CATALOG.ambiguities()) {
            List<Reading> all = new ArrayList<>(a.alternatives());
            all.add(0, a.reading());
            for (Reading r : all) {
                assertTrue(!r.reason().zh().isBlank() && !r.reason().en().isBlank(), a.id() + "=" + r.id());
                assertTrue(!r.description().en().isBlank(), a.id() + "=" + r.id());
            }
            assertTrue(Mengzhou.text().contains(a.citation()), a.id());
        }
    }

    @Test
    void everyAlternativeIsReachableAndChangesExactlyItsElements() {
        for (Ambiguity a : CATALOG.ambiguities()) {
            for (Reading r : a.alternatives()) {
                Catalog read = CATALOG.under(Readings.parse(a.id() + "=" + r.id()));
                assertEquals(r, read.reading(a.id()));
                assertEquals(a.reading(), CATALOG.reading(a.id()), "the catalog as written keeps its reading");
                assertEquals(
                        CATALOG.notice().version() + " read as " + a.id() + "=" + r.id(),
                        read.notice().version());
                assertNotEquals(CATALOG.sha256(), read.sha256());
                assertSame(CATALOG, read.asWritten());
                Set<String> changed = r.changes().stream().map(Change::element).collect(Collectors.toSet());
                for (Target t : CATALOG.targets()) {
                    assertEquals(
                            changed.contains(t.id()),
                            !t.equals(read.target(t.id())),
                            a.id() + "=" + r.id() + ": " + t.id());
                }
                for (Subsidy s : CATALOG.subsidies()) {
                    assertEquals(
                            changed.contains(s.id()),
                            !s.equals(read.subsidy(s.id())),
                            a.id() + "=" + r.id() + ": " + s.id());
                }
            }
        }
    }

    @Test
    void theAlternativesReadAsTheirReasonsSay() {
        Catalog flow = CATALOG.under(Readings.parse("cultivated-count=flow"));
        assertEquals(
                Period.BY_YEAR, CATALOG.target("city-innovation-centers-2017").period());
        assertEquals(Period.IN_YEAR, flow.target("city-innovation-centers-2017").period());
        Target running = CATALOG.under(Readings.parse("renovation-investment-total=running-total"))
                .target("renovation-investment-2018");
        assertEquals(
                List.of(Period.CUMULATIVE, 2017),
                List.of(running.period(), running.fromYear().orElseThrow()));
        assertEquals(
                Comparison.QUALITATIVE,
                CATALOG.under(Readings.parse("universal-renovation=qualitative"))
                        .target("renovation-coverage-2020")
                        .comparison());
        Target everyYear =
                CATALOG.under(Readings.parse("emission-quota-years=every-year")).target("green-so2-emissions-2020");
        assertEquals(
                List.of(Period.EACH_YEAR, 2017),
                List.of(everyYear.period(), everyYear.fromYear().orElseThrow()));
        assertEquals(
                List.of("total-investment"),
                CATALOG.under(Readings.parse("green-subsidy-base=total-investment"))
                        .subsidy("green-demonstration-subsidy")
                        .basis());
        Subsidy perKwh = CATALOG.under(Readings.parse("differential-price-form=per-kwh"))
                .subsidy("differential-electricity-price");
        assertTrue(perKwh.isLocal(LocalParameter.Kind.AMOUNT) && !perKwh.isLocal(LocalParameter.Kind.RATE));
    }

    @Test
    void choosingTheCatalogsOwnReadingChangesNothing() {
        assertSame(CATALOG, CATALOG.under(Readings.none()));
        for (Ambiguity a : CATALOG.ambiguities()) {
            Catalog same =
                    CATALOG.under(Readings.parse(a.id() + "=" + a.reading().id()));
            assertSame(CATALOG, same, a.id());
            assertEquals(Readings.none(), same.readings());
        }
        Catalog flow = CATALOG.under(Readings.parse("cultivated-count=flow", "green-subsidy-base=new-investment"));
        assertEquals(Readings.parse("cultivated-count=flow"), flow.readings(), "only the alternatives are applied");
        assertSame(CATALOG, flow.under(Readings.none()), "a choice applies to the catalog as written");
        assertEquals(
                flow.notice(),
                CATALOG.under(Readings.parse("green-subsidy-base=total-investment"))
                        .under(Readings.parse("cultivated-count=flow"))
                        .notice());
    }

    @Test
    void everyCombinationOfReadingsIsAValidCatalog() {
        List<Readings> all = combinations(CATALOG);
        assertEquals(64, all.size());
        Set<String> hashes = all.stream().map(r -> CATALOG.under(r).sha256()).collect(Collectors.toSet());
        assertEquals(64, hashes.size(), "every combination reads the notice differently");
    }

    /** Every combination of readings of a catalog: the catalog's own or one alternative, per ambiguity. */
    static List<Readings> combinations(Catalog catalog) {
        List<Readings> all = List.of(Readings.none());
        for (Ambiguity a : catalog.ambiguities()) {
            List<Readings> next = new ArrayList<>();
            for (Readings r : all) {
                next.add(r.with(a.id(), a.reading().id()));
                a.alternatives().forEach(alt -> next.add(r.with(a.id(), alt.id())));
            }
            all = next;
        }
        return all;
    }

    @Test
    void aWrongChoiceIsRefusedNamingIt() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> CATALOG.under(Readings.parse("no-such-thing=flow")));
        assertEquals("reading", e.field());
        assertTrue(e.getMessage().contains("cultivated-count"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> CATALOG.under(Readings.parse("cultivated-count=stock")));
        assertEquals("reading.cultivated-count", e.field());
        assertTrue(e.getMessage().contains("[level, flow]"), e.getMessage());
        assertEquals(
                "reading",
                assertThrows(InvalidInputException.class, () -> Readings.parse("cultivated-count"))
                        .field());
        assertEquals(
                "reading",
                assertThrows(InvalidInputException.class, () -> Readings.parse("=flow"))
                        .field());
        assertEquals(
                "reading.cultivated-count",
                assertThrows(InvalidInputException.class, () -> Readings.parse("cultivated-count=Flow"))
                        .field());
        assertEquals(
                "cultivated-count=flow, green-subsidy-base=total-investment",
                Readings.parse("green-subsidy-base=total-investment", "cultivated-count=level", "cultivated-count=flow")
                        .toString());
    }

    @Test
    void aCatalogRefusesAmbiguitiesThatDoNotFitIt() {
        Target t = Target.builder()
                .id("t")
                .indicator("i")
                .description(Bilingual.of("指标", "indicator"))
                .comparison(Comparison.AT_LEAST)
                .value(BigDecimal.ONE)
                .unit(Unit.COUNT)
                .year(2018)
                .citation(Citation.of("培育1个"))
                .build();
        Reading own = Reading.builder()
                .id("level")
                .description(Bilingual.of("存量", "level"))
                .reason(Bilingual.of("理由", "reason"))
                .build();
        Reading flow = Reading.builder()
                .id("flow")
                .description(Bilingual.of("增量", "flow"))
                .reason(Bilingual.of("理由", "reason"))
                .addChanges(Change.builder().element("t").period(Period.IN_YEAR).build())
                .build();
        Ambiguity a = Ambiguity.builder()
                .id("a")
                .question(Bilingual.of("问", "q"))
                .citation(Citation.of("培育1个"))
                .addElements("t")
                .reading(own)
                .addAlternatives(flow)
                .build();
        Catalog ok = Catalog.of(notice(t, a));
        assertEquals(
                Period.IN_YEAR, ok.under(Readings.parse("a=flow")).target("t").period());
        InvalidDataException e = assertThrows(
                InvalidDataException.class,
                () -> Catalog.of(notice(
                        t,
                        Ambiguity.builder()
                                .from(a)
                                .elements(List.of("nope"))
                                .alternatives(List.of(Reading.builder()
                                        .from(flow)
                                        .changes(List.of(Change.builder()
                                                .element("nope")
                                                .period(Period.IN_YEAR)
                                                .build()))
                                        .build()))
                                .build())));
        assertEquals("ambiguities[0].elements[0]", e.field());
        e = assertThrows(
                InvalidDataException.class,
                () -> Catalog.of(notice(
                        t,
                        Ambiguity.builder()
                                .from(a)
                                .alternatives(List.of(Reading.builder()
                                        .from(flow)
                                        .changes(List.of(Change.builder()
                                                .element("t")
                                                .addBasis("investment")
                                                .build()))
                                        .build()))
                                .build())));
        assertEquals("ambiguities[0].alternatives[0].changes[0]", e.field());
        assertEquals(
                "reading.changes",
                assertThrows(
                                InvalidDataException.class,
                                () -> Ambiguity.builder()
                                        .from(a)
                                        .reading(flow)
                                        .alternatives(List.of(own))
                                        .build())
                        .field());
        assertEquals(
                "alternatives[0].changes[0].element",
                assertThrows(
                                InvalidDataException.class,
                                () -> Ambiguity.builder()
                                        .from(a)
                                        .elements(List.of("other"))
                                        .build())
                        .field());
    }

    private static Notice notice(Target t, Ambiguity a) {
        Plan p = Plan.builder()
                .id("plan")
                .title(Bilingual.of("方案", "plan"))
                .citation(Citation.of("方案"))
                .addTargets(t)
                .build();
        return Notice.builder()
                .number("测〔2017〕1号")
                .title(Bilingual.of("通知", "notice"))
                .issuer(Bilingual.of("市政府", "city"))
                .date(LocalDate.of(2017, 11, 24))
                .firstYear(2017)
                .lastYear(2020)
                .version("test")
                .addPlans(p)
                .addAmbiguities(a)
                .build();
    }

    @Test
    void theBasisOfEveryReadingIsTheBasisAsWrittenThenTheAlternatives() {
        assertEquals(
                List.of("new-investment", "total-investment"),
                CATALOG.basisOfEveryReading("green-demonstration-subsidy"));
        Catalog total = CATALOG.under(Readings.parse("green-subsidy-base=total-investment"));
        assertEquals(
                List.of("new-investment", "total-investment"),
                total.basisOfEveryReading("green-demonstration-subsidy"));
        assertEquals(CATALOG.subsidy("robot-subsidy").basis(), CATALOG.basisOfEveryReading("robot-subsidy"));
        assertThrows(InvalidInputException.class, () -> CATALOG.basisOfEveryReading("no-such-rule"));
    }
}
