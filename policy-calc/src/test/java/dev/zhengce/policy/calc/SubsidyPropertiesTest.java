package dev.zhengce.policy.calc;

import static dev.zhengce.policy.calc.Rules.CERTIFIED;
import static dev.zhengce.policy.calc.Rules.CULTIVATION;
import static dev.zhengce.policy.calc.Rules.GREEN;
import static dev.zhengce.policy.calc.Rules.INTELLIGENT;
import static dev.zhengce.policy.calc.Rules.PROMOTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.zhengce.policy.mengzhou.Mengzhou;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of the cap logic, each checked against a straightforward oracle written here from
 * docs/reading.md ("Money rules") (sharing no code with the calculator): round rate × base half up to the fen,
 * then pay at most the cap.
 */
class SubsidyPropertiesTest {
    private static final SubsidyCalculator CALC = SubsidyCalculator.of(Mengzhou.catalog());
    private static final BigDecimal TEN_MILLION = new BigDecimal("10000000.00");
    private static final BigDecimal THREE_MILLION = new BigDecimal("3000000.00");

    /** The oracle: HALF_UP to the fen, then the cap (inclusive). */
    static BigDecimal oracle(BigDecimal rate, BigDecimal base, BigDecimal cap) {
        BigDecimal rounded = rate.multiply(base).setScale(2, RoundingMode.HALF_UP);
        return cap != null && rounded.compareTo(cap) > 0 ? cap : rounded;
    }

    /** Amounts in yuan with two decimals, up to 10亿元, biased to the cap's neighbourhood. */
    static Gen<BigDecimal> yuan() {
        Gen<BigDecimal> anywhere = longs().between(0, 100_000_000_000L).map(f -> BigDecimal.valueOf(f, 2));
        Gen<BigDecimal> nearCap =
                longs().between(12_400_000_000L, 12_600_000_000L).map(f -> BigDecimal.valueOf(f, 2));
        Gen<BigDecimal> nearThreshold =
                longs().between(999_999_000L, 1_000_001_000L).map(f -> BigDecimal.valueOf(f, 2));
        return anywhere.mix(nearCap, 30).mix(nearThreshold, 20);
    }

    private static Award intelligent(BigDecimal software, BigDecimal hardware) {
        return CALC.award(Application.builder()
                .id("p")
                .rule(INTELLIGENT)
                .cost("software-investment", software)
                .cost("hardware-investment", hardware)
                .build());
    }

    @Test
    void awardIsBetweenZeroAndTheCap() {
        qt().forAll(yuan(), yuan()).checkAssert((s, h) -> {
            BigDecimal a = intelligent(s, h).amount().orElseThrow();
            assertTrue(a.signum() >= 0 && a.compareTo(TEN_MILLION) <= 0, a::toPlainString);
        });
    }

    @Test
    void awardEqualsTheOracleBelowAndAtOrAboveTheCap() {
        qt().forAll(yuan(), yuan()).checkAssert((s, h) -> {
            Award award = intelligent(s, h);
            BigDecimal base = s.add(h);
            assertEquals(
                    oracle(new BigDecimal("0.08"), base, TEN_MILLION),
                    award.amount().orElseThrow());
            assertEquals(base.multiply(new BigDecimal("0.08")).compareTo(TEN_MILLION) >= 0, award.capBound());
            assertEquals(2, award.amount().orElseThrow().scale());
        });
    }

    @Test
    void capReachedExactlyIsTheCapAndBinds() {
        Award award = intelligent(new BigDecimal("125000000.00"), new BigDecimal("0.00"));
        assertEquals(TEN_MILLION, award.amount().orElseThrow());
        assertTrue(award.capBound());
    }

    @Test
    void awardIsMonotoneInTheBase() {
        qt().forAll(yuan(), yuan()).checkAssert((a, b) -> {
            BigDecimal low = a.min(b);
            BigDecimal high = a.max(b);
            assertTrue(intelligent(low, BigDecimal.ZERO)
                            .amount()
                            .orElseThrow()
                            .compareTo(
                                    intelligent(high, BigDecimal.ZERO).amount().orElseThrow())
                    <= 0);
        });
    }

    @Test
    void greenThresholdIsInclusiveToTheFen() {
        Application.Builder at = Application.builder()
                .id("g")
                .rule(GREEN)
                .cost("new-investment", TEN_MILLION)
                .rate(new BigDecimal("0.05"));
        assertEquals(Award.Status.PAYABLE, CALC.award(at.build()).status());
        Application below = Application.builder()
                .from(at.build())
                .costs(Map.of("new-investment", new BigDecimal("9999999.99")))
                .build();
        Award award = CALC.award(below);
        assertEquals(Award.Status.NOT_ELIGIBLE, award.status());
        assertEquals(new BigDecimal("0.00"), award.amount().orElseThrow());
        assertEquals(Finding.Kind.CONDITION_NOT_MET, award.findings().get(0).kind());
    }

    @Test
    void greenEligibilityIsExactlyTheThreshold() {
        qt().forAll(yuan()).checkAssert(investment -> {
            Award award = CALC.award(Application.builder()
                    .id("g")
                    .rule(GREEN)
                    .cost("new-investment", investment)
                    .rate(new BigDecimal("0.05"))
                    .build());
            boolean eligible = investment.compareTo(TEN_MILLION) >= 0;
            assertEquals(eligible ? Award.Status.PAYABLE : Award.Status.NOT_ELIGIBLE, award.status());
            assertEquals(
                    eligible ? oracle(new BigDecimal("0.05"), investment, null) : new BigDecimal("0.00"),
                    award.amount().orElseThrow());
        });
    }

    @Test
    void withoutTheCallersRatioGreenIsUndeterminedNeverZero() {
        qt().forAll(yuan().map(y -> y.add(TEN_MILLION))).checkAssert(investment -> {
            Award award = CALC.award(Application.builder()
                    .id("g")
                    .rule(GREEN)
                    .cost("new-investment", investment)
                    .build());
            assertEquals(Award.Status.UNDETERMINED, award.status());
            assertTrue(award.amount().isEmpty());
            assertEquals("rate (一定比例)", award.findings().get(0).subject());
        });
    }

    /** Spending history: a listing year, a certification year, a promotion year, 0–8 spending years. */
    private static Gen<CenterHistory> histories() {
        // listed within the plans' years 2017–2020, promoted by 2020: every year of the schedule is
        // covered (a window counted from a covered listing runs past 2020; docs/reading.md, "Time")
        return integers()
                .between(2017, 2020)
                .zip(
                        integers().between(0, 8),
                        integers().between(0, 8),
                        longs().between(0, Long.MAX_VALUE),
                        (listing, certifiedAfter, promotedAfter, seed) -> {
                            Random random = new Random(seed);
                            CenterHistory.Builder h =
                                    CenterHistory.builder().id("center").listingYear(listing);
                            if (certifiedAfter < 7) {
                                h.certifiedYear(listing + certifiedAfter);
                            }
                            if (promotedAfter < 6 && listing + promotedAfter <= 2020) {
                                h.promotedYear(listing + promotedAfter);
                            }
                            for (int year = 2017; year < 2031; year++) {
                                if (random.nextInt(3) == 0) {
                                    continue;
                                }
                                boolean certified = certifiedAfter < 7 && year >= listing + certifiedAfter;
                                Map<String, BigDecimal> costs = certified
                                        ? Map.of(
                                                "technology-introduction",
                                                money(random),
                                                "research-instruments",
                                                money(random),
                                                "equipment-purchase",
                                                money(random),
                                                "software-purchase",
                                                money(random))
                                        : Map.of(
                                                "rd-equipment-purchase",
                                                money(random),
                                                "pilot-test-equipment-purchase",
                                                money(random));
                                h.putSpending(year, costs);
                            }
                            return h.build();
                        });
    }

    private static BigDecimal money(Random random) {
        return BigDecimal.valueOf((long) (random.nextInt(1_000_000_000)) * (random.nextBoolean() ? 10 : 1), 2);
    }

    @Test
    void scheduleYearsStayWithinTheYearlyCapAndTheTotalWithinFiveCapsPlusThePromotion() {
        qt().withExamples(300).forAll(histories()).checkAssert(h -> {
            Schedule s = CALC.schedule(h);
            BigDecimal yearly = Shares.ZERO;
            for (Award a : s.awards()) {
                if (a.rule().window().isPresent()) {
                    assertTrue(a.amount().orElseThrow().compareTo(THREE_MILLION) <= 0);
                    yearly = yearly.add(a.amount().orElseThrow());
                }
            }
            assertTrue(yearly.compareTo(THREE_MILLION.multiply(BigDecimal.valueOf(5))) <= 0);
            assertTrue(s.total().compareTo(new BigDecimal("20000000.00")) <= 0);
            assertEquals(
                    h.promotedYear().isPresent() ? 1 : 0,
                    s.awards().stream()
                            .filter(a -> a.rule().id().equals(PROMOTION))
                            .count());
        });
    }

    @Test
    void eachScheduleYearEqualsTheOracle() {
        qt().withExamples(300).forAll(histories()).checkAssert(h -> {
            for (Award a : CALC.schedule(h).awards()) {
                if (!a.rule().window().isPresent()) {
                    continue;
                }
                int year = a.application().year().orElseThrow();
                boolean inWindow = year >= h.listingYear() && year <= h.listingYear() + 4;
                boolean certified = h.certifiedYear().map(c -> year >= c).orElse(false);
                assertEquals(certified ? CERTIFIED : CULTIVATION, a.rule().id());
                BigDecimal base = h.spending().get(year).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal expected =
                        inWindow ? oracle(new BigDecimal("0.20"), base, THREE_MILLION) : new BigDecimal("0.00");
                assertEquals(expected, a.amount().orElseThrow(), () -> h + " year " + year);
            }
        });
    }

    @Test
    void spendingOutsideTheWindowChangesNothing() {
        qt().withExamples(200).forAll(histories()).checkAssert(h -> {
            // the first year after the window: without spending, and with a huge one
            CenterHistory.Builder changed = CenterHistory.builder()
                    .from(h)
                    .spending(h.spending().entrySet().stream()
                            .filter(e -> e.getKey() != h.listingYear() + 5)
                            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
            boolean certified =
                    h.certifiedYear().map(c -> h.listingYear() + 5 >= c).orElse(false);
            changed.putSpending(
                    h.listingYear() + 5,
                    certified
                            ? Map.of(
                                    "technology-introduction",
                                    new BigDecimal("999999999.99"),
                                    "research-instruments",
                                    BigDecimal.ZERO,
                                    "equipment-purchase",
                                    BigDecimal.ZERO,
                                    "software-purchase",
                                    BigDecimal.ZERO)
                            : Map.of(
                                    "rd-equipment-purchase",
                                    new BigDecimal("999999999.99"),
                                    "pilot-test-equipment-purchase",
                                    BigDecimal.ZERO));
            CenterHistory without = CenterHistory.builder()
                    .from(h)
                    .spending(h.spending().entrySet().stream()
                            .filter(e -> e.getKey() != h.listingYear() + 5)
                            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))
                    .build();
            assertEquals(
                    CALC.schedule(without).total(),
                    CALC.schedule(changed.build()).total());
        });
    }

    @Test
    void thePromotionAwardIsNeverPaidTwiceInABatch() {
        qt().forAll(integers().between(1, 6)).checkAssert(n -> {
            // n applications of one center, and each sent twice (a retry answers with the same award, a repeat)
            List<Application> apps = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Application a = Application.builder()
                        .id("a" + i)
                        .applicant("center-1")
                        .rule(PROMOTION)
                        .build();
                apps.add(a);
                apps.add(a);
            }
            List<Award> awards = CALC.awards(apps.stream()).collect(Collectors.toList());
            assertEquals(
                    1,
                    awards.stream()
                            .filter(a -> a.status() == Award.Status.PAYABLE && !a.repeat())
                            .count());
            assertTrue(awards.get(1).repeat(), awards.get(1)::toString);
            assertEquals(Award.Status.PAYABLE, awards.get(1).status());
            assertEquals(
                    new BigDecimal("5000000.00"),
                    Totals.of(CALC.catalog(), awards.stream()).total());
        });
    }

    @Test
    void halfUpOnExactHalfFenTies() {
        // 8% and 20% on two-decimal bases never tie; 12.5% does: 0.125 × 0.04 = 0.005 → 0.01
        SubsidyCalculator what = CALC.with(Overrides.parse(INTELLIGENT + ".rate=0.125"));
        qt().forAll(longs().between(0, 1_000_000_000L)).checkAssert(fen -> {
            BigDecimal base = BigDecimal.valueOf(fen * 4 + 4, 2); // rate × base ends in exactly half a fen
            Award award = what.award(Application.builder()
                    .id("t")
                    .rule(INTELLIGENT)
                    .cost("software-investment", base)
                    .cost("hardware-investment", BigDecimal.ZERO)
                    .build());
            BigDecimal exact = base.multiply(new BigDecimal("0.125"));
            assertEquals(
                    exact.setScale(2, RoundingMode.UP).min(TEN_MILLION),
                    award.amount().orElseThrow(),
                    () -> "HALF_UP rounds the tie " + exact.toPlainString() + " up");
        });
    }

    @Test
    void batchTotalsDoNotDependOnOrder() {
        qt().withExamples(50).forAll(longs().between(0, Long.MAX_VALUE)).checkAssert(seed -> {
            Random random = new Random(seed);
            List<Application> apps = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                apps.add(Application.builder()
                        .id("a" + i)
                        .rule(INTELLIGENT)
                        .cost("software-investment", money(random))
                        .cost("hardware-investment", money(random))
                        .year(2017 + random.nextInt(4))
                        .build());
                apps.add(Application.builder()
                        .id("c" + i)
                        .rule(CULTIVATION)
                        .cost("rd-equipment-purchase", money(random))
                        .cost("pilot-test-equipment-purchase", money(random))
                        .year(2018 + random.nextInt(4))
                        .listingYear(2018)
                        .applicant("center-" + i)
                        .build());
            }
            Totals forward = Totals.of(CALC.catalog(), CALC.awards(apps.stream()));
            Collections.shuffle(apps, random);
            Totals shuffled = Totals.of(CALC.catalog(), CALC.awards(apps.stream()));
            assertEquals(forward, shuffled);
            assertEquals(forward.total(), forward.byRule().values().stream().reduce(Shares.ZERO, BigDecimal::add));
            assertEquals(forward.total(), forward.byPayer().values().stream().reduce(Shares.ZERO, BigDecimal::add));
        });
    }
}
