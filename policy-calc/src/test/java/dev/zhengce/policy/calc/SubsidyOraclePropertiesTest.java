package dev.zhengce.policy.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.zhengce.policy.mengzhou.Mengzhou;
import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A differential oracle at scale: every payable money rule of 孟政〔2017〕25号 re-implemented
 * here, deliberately simply, from docs/reading.md ("Money rules") — plain {@link BigDecimal}, its own numbers typed
 * in from the text, no code shared with {@code policy-calc}'s main classes — and compared to
 * {@link SubsidyCalculator#award} to the fen, status included, on seeded random applications
 * across all rules and what-if scenarios (rates such as 0.125 and 0.005 that produce exact
 * half-fen ties, caps, thresholds, windows, caller amounts).
 *
 * <p>The count is {@value #DEFAULT_COUNT} by default; {@code -Doracle.count=1000000} (the
 * {@code ci} profile) runs a million. {@code -Doracle.seed=…} replays another seed.
 */
class SubsidyOraclePropertiesTest {
    static final int DEFAULT_COUNT = 20_000;

    // ---------------------------------------------------------------- the reference, from docs/reading.md ("Money
    // rules")

    /** A money rule as docs/reading.md ("Money rules") states it. {@code null} rate or amount: the caller supplies it. */
    static final class Ref {
        final String id;
        final boolean share; // a share of costs (true) or a fixed amount (false)
        final List<String> basis; // cost categories summed
        BigDecimal rate; // null: caller's
        BigDecimal cap; // null: none; inclusive
        Integer windowYears; // null: no window; else years Y .. Y+n-1 from the listing year
        final String conditionFact; // null: none
        final boolean strictly; // condition is "more than" (超过) rather than "at least" (以上)
        BigDecimal threshold;
        BigDecimal amount; // fixed amount; null: caller's
        boolean rateOpen; // the caller may (must) give the rate
        boolean amountOpen; // the caller may (must) give the amount
        List<String> honours = List.of(); // awarded once per honour: the application names one of these

        Ref(
                String id,
                boolean share,
                List<String> basis,
                String rate,
                String cap,
                Integer windowYears,
                String conditionFact,
                boolean strictly,
                String threshold,
                String amount) {
            this.id = id;
            this.share = share;
            this.basis = basis;
            this.rate = rate == null ? null : new BigDecimal(rate);
            this.cap = cap == null ? null : new BigDecimal(cap);
            this.windowYears = windowYears;
            this.conditionFact = conditionFact;
            this.strictly = strictly;
            this.threshold = threshold == null ? null : new BigDecimal(threshold);
            this.amount = amount == null ? null : new BigDecimal(amount);
            this.rateOpen = share && rate == null;
            this.amountOpen = !share && amount == null;
        }
    }

    /** The rules, typed in from docs/reading.md ("Money rules"). */
    static Map<String, Ref> reference() {
        Map<String, Ref> m = new LinkedHashMap<>();
        // 8% of software + hardware investment, at most 1000万元 (cap inclusive)
        m.put(
                "intelligent-transformation-subsidy",
                new Ref(
                        "intelligent-transformation-subsidy",
                        true,
                        List.of("software-investment", "hardware-investment"),
                        "0.08",
                        "10000000.00",
                        null,
                        null,
                        false,
                        null,
                        null));
        // 20% of the year's R&D + pilot-test equipment, at most 300万元 a year, 5 years from the listing year
        m.put(
                "innovation-center-cultivation-subsidy",
                new Ref(
                        "innovation-center-cultivation-subsidy",
                        true,
                        List.of("rd-equipment-purchase", "pilot-test-equipment-purchase"),
                        "0.20",
                        "3000000.00",
                        5,
                        null,
                        false,
                        null,
                        null));
        // 20% of technology introduction + instruments + equipment + software, same cap and window
        m.put(
                "innovation-center-certified-subsidy",
                new Ref(
                        "innovation-center-certified-subsidy",
                        true,
                        List.of(
                                "technology-introduction",
                                "research-instruments",
                                "equipment-purchase",
                                "software-purchase"),
                        "0.20",
                        "3000000.00",
                        5,
                        null,
                        false,
                        null,
                        null));
        // 500万元, once
        m.put(
                "provincial-innovation-center-award",
                new Ref(
                        "provincial-innovation-center-award",
                        false,
                        List.of(),
                        null,
                        null,
                        null,
                        null,
                        false,
                        null,
                        "5000000.00"));
        // new investment 1000万元以上 (≥), a ratio the text does not give
        m.put(
                "green-demonstration-subsidy",
                new Ref(
                        "green-demonstration-subsidy",
                        true,
                        List.of("new-investment"),
                        null,
                        null,
                        null,
                        "new-investment",
                        false,
                        "10000000.00",
                        null));
        // a ratio of the purchase or lease fee of complete machines, not given
        m.put(
                "robot-subsidy",
                new Ref(
                        "robot-subsidy",
                        true,
                        List.of("robot-purchase-fee", "robot-lease-fee"),
                        null,
                        null,
                        null,
                        null,
                        false,
                        null,
                        null));
        // one-time award per honour, amount not given
        m.put(
                "quality-brand-award",
                new Ref("quality-brand-award", false, List.of(), null, null, null, null, false, null, null));
        m.get("quality-brand-award").honours = HONOURS;
        // little giant: revenue 超亿元 (> 100,000,000), amount not given
        m.put(
                "little-giant-award",
                new Ref(
                        "little-giant-award",
                        false,
                        List.of(),
                        null,
                        null,
                        null,
                        "annual-revenue",
                        true,
                        "100000000.00",
                        null));
        return m;
    }

    /** The seven honours of the quality-brand award, as the sentence lists them. */
    static final List<String> HONOURS =
            List.of("中国质量奖", "中国驰名商标", "国家级质量标杆企业", "制造业单项冠军企业", "省长质量奖", "河南省著名商标", "河南省质量标杆企业");

    /** A what-if scenario: {@code rule.parameter=value} assignments, read by both sides. */
    static final String[][] SCENARIOS = {
        {},
        {"intelligent-transformation-subsidy.rate=0.125"},
        {"intelligent-transformation-subsidy.rate=0.005", "intelligent-transformation-subsidy.cap=2500000.50"},
        {
            "innovation-center-cultivation-subsidy.rate=0.125",
            "innovation-center-certified-subsidy.rate=0.005",
            "innovation-center-cultivation-subsidy.window-years=3"
        },
        {"innovation-center-certified-subsidy.cap=1234567.89", "innovation-center-certified-subsidy.window-years=1"},
        {"robot-subsidy.rate=0.375", "robot-subsidy.cap=500000.00"},
        {"green-demonstration-subsidy.rate=0.015", "green-demonstration-subsidy.threshold=5000000.00"},
        {"green-demonstration-subsidy.cap=800000.00", "little-giant-award.threshold=50000000.00"},
        {
            "quality-brand-award.amount=200000.00",
            "little-giant-award.amount=300000.00",
            "provincial-innovation-center-award.amount=6000000.01"
        },
        {"intelligent-transformation-subsidy.rate=0", "robot-subsidy.rate=1"},
    };

    /** The rules with one scenario's assignments applied. */
    static Map<String, Ref> reference(String[] scenario) {
        Map<String, Ref> m = reference();
        for (String a : scenario) {
            int eq = a.indexOf('=');
            int dot = a.lastIndexOf('.', eq);
            Ref r = m.get(a.substring(0, dot));
            String p = a.substring(dot + 1, eq);
            BigDecimal v = new BigDecimal(a.substring(eq + 1));
            switch (p) {
                case "rate":
                    r.rate = v;
                    r.rateOpen = false;
                    break;
                case "cap":
                    r.cap = v;
                    break;
                case "threshold":
                    r.threshold = v;
                    break;
                case "window-years":
                    r.windowYears = v.intValueExact();
                    break;
                case "amount":
                    r.amount = v;
                    r.amountOpen = false;
                    break;
                default:
                    throw new AssertionError(p);
            }
        }
        return m;
    }

    /** The oracle's answer: refused (the application does not fit its rule), or a status and amount. */
    static final class Expected {
        final boolean refused;
        final Award.Status status;
        final BigDecimal amount;
        final boolean tie;

        Expected(boolean refused, Award.Status status, BigDecimal amount, boolean tie) {
            this.refused = refused;
            this.status = status;
            this.amount = amount;
            this.tie = tie;
        }

        @Override
        public String toString() {
            return refused ? "refused" : status + " " + amount;
        }
    }

    static final int NOTICE_YEAR = 2017;
    /** The last year of the plans: 到2020年. */
    static final int LAST_YEAR = 2020;

    /** The reference computation. */
    static Expected expected(
            Ref r,
            Map<String, BigDecimal> costs,
            Integer year,
            Integer listing,
            BigDecimal rate,
            BigDecimal amount,
            String honour) {
        // refusals: the application does not fit its rule
        if (r.honours.isEmpty() ? honour != null : honour == null || !r.honours.contains(honour)) {
            return new Expected(true, null, null, false);
        }
        for (String key : costs.keySet()) {
            if (!r.basis.contains(key) && !key.equals(r.conditionFact)) {
                return new Expected(true, null, null, false);
            }
        }
        for (String c : r.basis) {
            if (!costs.containsKey(c)) {
                return new Expected(true, null, null, false);
            }
        }
        if (year != null && year < NOTICE_YEAR) {
            return new Expected(true, null, null, false);
        }
        if (r.windowYears != null) {
            if (year == null || listing == null || listing < NOTICE_YEAR) {
                return new Expected(true, null, null, false);
            }
        } else if (listing != null) {
            return new Expected(true, null, null, false);
        }
        if (rate != null && !r.rateOpen) {
            return new Expected(true, null, null, false);
        }
        if (amount != null && !r.amountOpen) {
            return new Expected(true, null, null, false);
        }
        // eligibility
        boolean ineligible = false;
        boolean unknown = false;
        if (r.conditionFact != null) {
            BigDecimal fact = costs.get(r.conditionFact);
            if (fact == null) {
                unknown = true;
            } else {
                int c = fact.compareTo(r.threshold);
                ineligible = r.strictly ? c <= 0 : c < 0;
            }
        }
        if (r.windowYears != null && (year < listing || year > listing + r.windowYears - 1)) {
            ineligible = true;
        }
        if (ineligible) {
            return new Expected(false, Award.Status.NOT_ELIGIBLE, new BigDecimal("0.00"), false);
        }
        // the plans run 2017–2020 (docs/reading.md, "Time"): a later year is not known to be covered
        // unless it lies in a support window counted from a listing within those years
        if (year != null && year > LAST_YEAR && (r.windowYears == null || listing > LAST_YEAR)) {
            return new Expected(false, Award.Status.UNDETERMINED, null, false);
        }
        if (unknown) {
            return new Expected(false, Award.Status.UNDETERMINED, null, false);
        }
        BigDecimal exact;
        if (r.share) {
            BigDecimal rateUsed = r.rate != null ? r.rate : rate;
            if (rateUsed == null) {
                return new Expected(false, Award.Status.UNDETERMINED, null, false);
            }
            BigDecimal base = BigDecimal.ZERO;
            for (String c : r.basis) {
                base = base.add(costs.get(c));
            }
            exact = base.multiply(rateUsed);
            if (r.cap != null && exact.compareTo(r.cap) > 0) {
                exact = r.cap;
            }
        } else {
            exact = r.amount != null ? r.amount : amount;
            if (exact == null) {
                return new Expected(false, Award.Status.UNDETERMINED, null, false);
            }
        }
        // a tie: exactly half a fen beyond the fen
        boolean tie = exact.movePointRight(2).remainder(BigDecimal.ONE).compareTo(new BigDecimal("0.5")) == 0;
        return new Expected(false, Award.Status.PAYABLE, exact.setScale(2, RoundingMode.HALF_UP), tie);
    }

    // ---------------------------------------------------------------- generation

    /** Amounts in fen, biased to the interesting places: zero, small, half-fen ties, near caps and thresholds. */
    static BigDecimal yuan(Random rnd, Ref r, BigDecimal rate) {
        long fen;
        switch (rnd.nextInt(9)) {
            case 0:
                fen = rnd.nextInt(3);
                break;
            case 1:
                fen = rnd.nextInt(10_000);
                break;
            case 2: // 8k + 4 fen: rate 0.125 gives half a fen
                fen = 8L * rnd.nextInt(1_000_000) + 4;
                break;
            case 3: // 200k + 100 fen: rate 0.005 gives half a fen
                fen = 200L * rnd.nextInt(1_000_000) + 100;
                break;
            case 4: // around the cap divided by the rate (or around any threshold)
                BigDecimal target = r.cap != null && rate != null && rate.signum() > 0
                        ? r.cap.divide(rate, 2, RoundingMode.DOWN)
                        : r.threshold != null ? r.threshold : new BigDecimal("10000000.00");
                fen = Math.max(0, target.movePointRight(2).longValueExact() + rnd.nextInt(2001) - 1000);
                break;
            case 5: // a neighbourhood of a threshold
                BigDecimal t = r.threshold != null ? r.threshold : new BigDecimal("100000000.00");
                fen = Math.max(0, t.movePointRight(2).longValueExact() + rnd.nextInt(5) - 2);
                break;
            case 6: // very large, below 10^15 yuan
                fen = (rnd.nextLong() >>> 1) % 99_999_999_999_999_999L;
                break;
            default:
                fen = (rnd.nextLong() >>> 1) % 100_000_000_000_00L;
        }
        return BigDecimal.valueOf(fen, 2);
    }

    static final String[] RATES = {
        "0.125", "0.005", "0.015", "0.375", "0.1", "0.3", "0", "1", "0.123456789012", "0.0625"
    };

    @Test
    void everyAwardAgreesWithTheReferenceToTheFen() {
        int count = Integer.getInteger("oracle.count", DEFAULT_COUNT);
        long seed = Long.getLong("oracle.seed", 20171124L);
        Random rnd = new Random(seed);
        Catalog catalog = Mengzhou.catalog();
        List<SubsidyCalculator> calculators = new ArrayList<>();
        List<Map<String, Ref>> references = new ArrayList<>();
        for (String[] s : SCENARIOS) {
            calculators.add(SubsidyCalculator.of(catalog).with(Overrides.parse(s)));
            references.add(reference(s));
        }
        List<String> ids = new ArrayList<>(reference().keySet());
        Map<Award.Status, Integer> byStatus = new java.util.EnumMap<>(Award.Status.class);
        int refused = 0;
        int ties = 0;
        int agreements = 0;
        for (int i = 0; i < count; i++) {
            int s = rnd.nextInt(SCENARIOS.length);
            Ref r = references.get(s).get(ids.get(rnd.nextInt(ids.size())));
            BigDecimal rate =
                    r.rateOpen || rnd.nextInt(50) == 0 ? new BigDecimal(RATES[rnd.nextInt(RATES.length)]) : null;
            if (r.rateOpen && rnd.nextInt(10) == 0) {
                rate = null; // left out: undetermined
            }
            BigDecimal amount = null;
            if (r.amountOpen && rnd.nextInt(10) != 0 || rnd.nextInt(50) == 0) {
                amount = BigDecimal.valueOf(rnd.nextInt(100_000_000), 2 - rnd.nextInt(3));
            }
            Map<String, BigDecimal> costs = new LinkedHashMap<>();
            BigDecimal rateForSizes = r.rate != null ? r.rate : rate;
            // a third of the time, a base of 200k + 100 fen: half a fen more than a whole fen at rates
            // 0.125, 0.375, 0.005 and 0.015 (the other categories a multiple of 200 fen keep the tie)
            boolean aimAtTie = rnd.nextInt(3) == 0;
            for (String c : r.basis) {
                if (rnd.nextInt(100) != 0) { // rarely, leave a category out: refused
                    costs.put(
                            c,
                            !aimAtTie
                                    ? yuan(rnd, r, rateForSizes)
                                    : BigDecimal.valueOf(
                                            200L * rnd.nextInt(1_000_000) + (costs.isEmpty() ? 100 : 0), 2));
                }
            }
            if (r.conditionFact != null && rnd.nextInt(8) != 0) {
                costs.put(r.conditionFact, yuan(rnd, r, rateForSizes));
            }
            if (rnd.nextInt(200) == 0) {
                costs.put("robot-lease-fee", BigDecimal.ONE); // possibly a category of another rule: refused
            }
            Integer listing = null;
            Integer year = null;
            if (r.windowYears != null || rnd.nextInt(40) == 0) {
                listing = rnd.nextInt(100) == 0 ? null : 2015 + rnd.nextInt(10);
            }
            if (r.windowYears != null || rnd.nextInt(4) == 0) {
                year = rnd.nextInt(100) == 0 ? null : 2016 + rnd.nextInt(16);
            }
            String honour = null;
            if (!r.honours.isEmpty() && rnd.nextInt(50) != 0 || rnd.nextInt(200) == 0) {
                honour = rnd.nextInt(100) == 0 ? "中国质量" : HONOURS.get(rnd.nextInt(HONOURS.size()));
            }
            Expected e = expected(r, costs, year, listing, rate, amount, honour);

            Application.Builder b =
                    Application.builder().id("A-" + i).rule(r.id).costs(costs);
            Optional.ofNullable(year).ifPresent(b::year);
            Optional.ofNullable(listing).ifPresent(b::listingYear);
            Optional.ofNullable(rate).ifPresent(b::rate);
            Optional.ofNullable(amount).ifPresent(b::amount);
            Optional.ofNullable(honour).ifPresent(b::honour);
            Application application = b.build();
            Award award;
            try {
                award = calculators.get(s).award(application);
            } catch (InvalidInputException x) {
                if (!e.refused) {
                    fail("scenario " + String.join(",", SCENARIOS[s]) + ": " + application + " refused ("
                            + x.getMessage() + "), the reference expects " + e);
                }
                refused++;
                agreements++;
                continue;
            }
            String where = "scenario " + String.join(",", SCENARIOS[s]) + ": " + application;
            if (e.refused) {
                fail(where + " expected to be refused, got " + award.status() + " " + award.amount());
            }
            assertEquals(e.status, award.status(), where);
            assertEquals(Optional.ofNullable(e.amount), award.amount(), where);
            byStatus.merge(award.status(), 1, Integer::sum);
            ties += e.tie ? 1 : 0;
            agreements++;
        }
        System.out.printf(
                "oracle: %,d of %,d applications agree to the fen (seed %d): %s, %,d refused alike,"
                        + " %,d half-fen ties%n",
                agreements, count, seed, byStatus, refused, ties);
        assertEquals(count, agreements);
        // the generator reaches every verdict and the ties it exists for
        assertTrue(byStatus.size() == 3 && refused > 0 && ties > 0, byStatus + ", " + refused + ", " + ties);
    }

    @Test
    void theReferenceRoundsHalfUpOnceAtTheEnd() {
        Ref r = reference(new String[] {"intelligent-transformation-subsidy.rate=0.125"})
                .get("intelligent-transformation-subsidy");
        Map<String, BigDecimal> costs =
                Map.of("software-investment", new BigDecimal("0.04"), "hardware-investment", new BigDecimal("0.00"));
        Expected e = expected(r, costs, null, null, null, null, null);
        assertEquals(new BigDecimal("0.01"), e.amount); // 0.005 -> 0.01, not 0.00 (half even)
        assertTrue(e.tie);
        Award a = SubsidyCalculator.of(Mengzhou.catalog())
                .with(Overrides.parse("intelligent-transformation-subsidy.rate=0.125"))
                .award(Application.builder().id("t").rule(r.id).costs(costs).build());
        assertEquals(new BigDecimal("0.01"), a.amount().orElseThrow());
    }
}
