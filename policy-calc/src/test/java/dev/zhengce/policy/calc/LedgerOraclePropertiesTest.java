package dev.zhengce.policy.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.zhengce.policy.calc.SubsidyOraclePropertiesTest.Expected;
import dev.zhengce.policy.calc.SubsidyOraclePropertiesTest.Ref;
import dev.zhengce.policy.mengzhou.Mengzhou;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Caps and once-only awards per recipient over time, against an oracle that sees every
 * application at once, in order, and shares no code with {@code policy-calc}'s main classes:
 * random sequences of applications for a few recipients (the two innovation-center subsidies,
 * which share one yearly cap and one status a year; the promotion award, once ever; the
 * quality-brand award, once per honour; the intelligent-transformation subsidy, capped per
 * project), retries among them, split at random into batches and single calls against one
 * {@link Ledger}.
 *
 * <p>{@code -Dledger.count=…} sets the number of sequences ({@value #DEFAULT_COUNT} by default),
 * {@code -Dledger.seed=…} replays another seed.
 */
class LedgerOraclePropertiesTest {
    static final int DEFAULT_COUNT = 2_000;
    static final String CULTIVATION = "innovation-center-cultivation-subsidy";
    static final String CERTIFIED = "innovation-center-certified-subsidy";
    static final String PROMOTION = "provincial-innovation-center-award";
    static final String QUALITY = "quality-brand-award";
    static final String INTELLIGENT = "intelligent-transformation-subsidy";
    static final String[] RULES = {CULTIVATION, CULTIVATION, CERTIFIED, CERTIFIED, PROMOTION, QUALITY, INTELLIGENT};
    static final BigDecimal YEARLY_CAP = new BigDecimal("3000000.00"); // 年度补助金额最高不超过300万元

    /** One generated application, as both sides see it. */
    static final class Generated {
        final String id;
        final String recipient;
        final String rule;
        final Map<String, BigDecimal> costs;
        final Integer year;
        final Integer listing;
        final BigDecimal amount;
        final String honour;

        Generated(
                String id,
                String recipient,
                String rule,
                Map<String, BigDecimal> costs,
                Integer year,
                Integer listing,
                BigDecimal amount,
                String honour) {
            this.id = id;
            this.recipient = recipient;
            this.rule = rule;
            this.costs = costs;
            this.year = year;
            this.listing = listing;
            this.amount = amount;
            this.honour = honour;
        }

        Application application() {
            Application.Builder b =
                    Application.builder().id(id).applicant(recipient).rule(rule).costs(costs);
            Optional.ofNullable(year).ifPresent(b::year);
            Optional.ofNullable(listing).ifPresent(b::listingYear);
            Optional.ofNullable(amount).ifPresent(b::amount);
            Optional.ofNullable(honour).ifPresent(b::honour);
            return b.build();
        }
    }

    /** The oracle's answer for one application. */
    static final class Answer {
        final Award.Status status;
        final BigDecimal amount;
        final boolean repeat;

        Answer(Award.Status status, BigDecimal amount, boolean repeat) {
            this.status = status;
            this.amount = amount;
            this.repeat = repeat;
        }

        @Override
        public String toString() {
            return status + " " + amount + (repeat ? " (repeat)" : "");
        }
    }

    /**
     * The oracle: every application in order, with what each recipient was paid so far. A cap of
     * 300万元 per center and year over both center subsidies, one status a year; the promotion
     * once per center; the quality-brand award once per center and honour. A retry (same id) of
     * an award that used a limit answers that award again; any other retry is computed afresh.
     */
    static List<Answer> oracle(List<Generated> sequence, Map<String, Ref> refs) {
        Map<String, BigDecimal> usedByYear = new HashMap<>(); // recipient|year -> paid
        Map<String, String> statusByYear = new HashMap<>(); // recipient|year -> rule of the first payment
        Set<String> once = new HashSet<>(); // rule|recipient|honour
        Map<String, Answer> kept = new HashMap<>(); // id -> the award that used a limit
        List<Answer> answers = new ArrayList<>();
        for (Generated g : sequence) {
            Answer before = kept.get(g.id);
            if (before != null) {
                answers.add(new Answer(before.status, before.amount, true));
                continue;
            }
            Ref r = refs.get(g.rule);
            Expected e = SubsidyOraclePropertiesTest.expected(r, g.costs, g.year, g.listing, null, g.amount, g.honour);
            assertTrue(!e.refused, "the generator makes valid applications only: " + g.id);
            if (e.status != Award.Status.PAYABLE) {
                answers.add(new Answer(e.status, e.amount, false));
                continue;
            }
            Answer a;
            if (g.rule.equals(CULTIVATION) || g.rule.equals(CERTIFIED)) {
                String key = g.recipient + "|" + g.year;
                BigDecimal used = usedByYear.getOrDefault(key, BigDecimal.ZERO);
                String status = statusByYear.get(key);
                BigDecimal exact = BigDecimal.ZERO;
                for (String c : r.basis) {
                    exact = exact.add(g.costs.get(c));
                }
                exact = exact.multiply(r.rate);
                if (used.signum() == 0) {
                    a = new Answer(Award.Status.PAYABLE, e.amount, false);
                } else if (!status.equals(g.rule) || used.compareTo(YEARLY_CAP) >= 0) {
                    a = new Answer(Award.Status.NOT_ELIGIBLE, new BigDecimal("0.00"), false);
                } else {
                    BigDecimal left = YEARLY_CAP.subtract(used);
                    a = new Answer(Award.Status.PAYABLE, exact.min(left).setScale(2, RoundingMode.HALF_UP), false);
                }
                if (a.status == Award.Status.PAYABLE && a.amount.signum() > 0) {
                    usedByYear.put(key, used.add(a.amount));
                    statusByYear.putIfAbsent(key, g.rule);
                    kept.put(g.id, a);
                }
            } else if (g.rule.equals(PROMOTION) || g.rule.equals(QUALITY)) {
                String key = g.rule + "|" + g.recipient + "|" + g.honour;
                if (once.contains(key)) {
                    a = new Answer(Award.Status.NOT_ELIGIBLE, new BigDecimal("0.00"), false);
                } else {
                    a = new Answer(Award.Status.PAYABLE, e.amount, false);
                    if (a.amount.signum() > 0) {
                        once.add(key);
                        kept.put(g.id, a);
                    }
                }
            } else {
                a = new Answer(Award.Status.PAYABLE, e.amount, false); // per project: nothing carries over
            }
            answers.add(a);
        }
        return answers;
    }

    static List<Generated> sequence(Random rnd) {
        List<Generated> list = new ArrayList<>();
        int n = 1 + rnd.nextInt(24);
        for (int i = 0; i < n; i++) {
            if (!list.isEmpty() && rnd.nextInt(8) == 0) {
                list.add(list.get(rnd.nextInt(list.size()))); // a retry
                continue;
            }
            String recipient = "center-" + rnd.nextInt(3);
            String rule = RULES[rnd.nextInt(RULES.length)];
            Map<String, BigDecimal> costs = new LinkedHashMap<>();
            Integer year = null;
            Integer listing = null;
            BigDecimal amount = null;
            String honour = null;
            switch (rule) {
                case CULTIVATION:
                    costs.put("rd-equipment-purchase", money(rnd));
                    costs.put("pilot-test-equipment-purchase", money(rnd));
                    year = 2018 + rnd.nextInt(4);
                    listing = 2017 + rnd.nextInt(2);
                    break;
                case CERTIFIED:
                    for (String c : List.of(
                            "technology-introduction",
                            "research-instruments",
                            "equipment-purchase",
                            "software-purchase")) {
                        costs.put(c, money(rnd));
                    }
                    year = 2018 + rnd.nextInt(4);
                    listing = 2017 + rnd.nextInt(2);
                    break;
                case PROMOTION:
                    year = 2019 + rnd.nextInt(3);
                    break;
                case QUALITY:
                    honour = SubsidyOraclePropertiesTest.HONOURS.get(rnd.nextInt(3));
                    amount = BigDecimal.valueOf(1 + rnd.nextInt(50_000_000), 2);
                    break;
                default:
                    costs.put("software-investment", money(rnd).multiply(BigDecimal.TEN));
                    costs.put("hardware-investment", money(rnd).multiply(BigDecimal.TEN));
            }
            list.add(new Generated("A-" + i, recipient, rule, costs, year, listing, amount, honour));
        }
        return list;
    }

    /** Yuan with fen, up to 1,500万元 (a fifth of it is 300万元), now and then a whole multiple or zero. */
    static BigDecimal money(Random rnd) {
        switch (rnd.nextInt(6)) {
            case 0:
                return new BigDecimal("0.00");
            case 1:
                return BigDecimal.valueOf(rnd.nextInt(16) * 1_000_000L, 0).setScale(2);
            default:
                return BigDecimal.valueOf((long) (rnd.nextDouble() * 1_500_000_000L), 2);
        }
    }

    @Test
    void everySequenceSplitIntoBatchesAndCallsAgreesWithTheOracle() {
        int count = Integer.getInteger("ledger.count", DEFAULT_COUNT);
        long seed = Long.getLong("ledger.seed", 20171124L);
        Random rnd = new Random(seed);
        SubsidyCalculator calc = SubsidyCalculator.of(Mengzhou.catalog());
        Map<String, Ref> refs = SubsidyOraclePropertiesTest.reference();
        int reduced = 0;
        int refused = 0;
        int repeats = 0;
        int applications = 0;
        for (int s = 0; s < count; s++) {
            List<Generated> sequence = sequence(rnd);
            List<Answer> expected = oracle(sequence, refs);
            Ledger ledger = Ledger.inMemory();
            List<Award> awards = new ArrayList<>();
            int i = 0;
            while (i < sequence.size()) {
                int end = Math.min(sequence.size(), i + 1 + rnd.nextInt(5));
                List<Application> part = new ArrayList<>();
                sequence.subList(i, end).forEach(g -> part.add(g.application()));
                if (rnd.nextBoolean()) {
                    calc.awards(part.stream(), ledger).forEach(awards::add);
                } else {
                    part.forEach(a -> awards.add(calc.award(a, ledger)));
                }
                i = end;
            }
            for (int k = 0; k < sequence.size(); k++) {
                Award award = awards.get(k);
                Answer answer = expected.get(k);
                String where = "sequence " + s + " (seed " + seed + "), #" + k + " " + award.application()
                        + ": expected " + answer + ", got\n" + award;
                assertEquals(answer.status, award.status(), where);
                assertEquals(Optional.ofNullable(answer.amount), award.amount(), where);
                assertEquals(answer.repeat, award.repeat(), where);
                reduced += award.remaining().isPresent() ? 1 : 0;
                refused += award.earlier().isEmpty() || award.status() != Award.Status.NOT_ELIGIBLE ? 0 : 1;
                repeats += award.repeat() ? 1 : 0;
            }
            applications += sequence.size();
            invariantsHold(sequence, awards, calc);
        }
        System.out.printf(
                "ledger oracle: %,d sequences, %,d applications agree (seed %d): %,d reduced to what a cap"
                        + " left, %,d refused for earlier awards, %,d retries%n",
                count, applications, seed, reduced, refused, repeats);
        assertTrue(reduced > 0 && refused > 0 && repeats > 0, "the generator reaches every case");
    }

    /** Per recipient and year at most the cap; once-only awards once; per-project caps per project. */
    static void invariantsHold(List<Generated> sequence, List<Award> awards, SubsidyCalculator calc) {
        Map<String, BigDecimal> byYear = new TreeMap<>();
        Map<String, Integer> onceCount = new HashMap<>();
        for (int k = 0; k < awards.size(); k++) {
            Award a = awards.get(k);
            Generated g = sequence.get(k);
            if (a.status() != Award.Status.PAYABLE || a.repeat()) {
                continue;
            }
            BigDecimal amount = a.amount().orElseThrow();
            if (g.rule.equals(CULTIVATION) || g.rule.equals(CERTIFIED)) {
                byYear.merge(g.recipient + "|" + g.year, amount, BigDecimal::add);
            } else if ((g.rule.equals(PROMOTION) || g.rule.equals(QUALITY)) && amount.signum() > 0) {
                onceCount.merge(g.rule + "|" + g.recipient + "|" + g.honour, 1, Integer::sum);
            } else if (g.rule.equals(INTELLIGENT)) {
                assertEquals(calc.award(g.application()).amount(), a.amount(), "a per-project cap is per project");
            }
        }
        byYear.forEach((k, v) -> assertTrue(v.compareTo(YEARLY_CAP) <= 0, k + " was paid " + v + " in one year"));
        onceCount.forEach((k, v) -> assertEquals(1, v.intValue(), k + " paid more than once"));
    }

    @Test
    void aCentersApplicationsThroughTheLedgerYearByYearAreItsSchedule() {
        SubsidyCalculator calc = SubsidyCalculator.of(Mengzhou.catalog());
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Random rnd = new Random(seed);
            int listing = 2017 + rnd.nextInt(4);
            CenterHistory.Builder h =
                    CenterHistory.builder().id("center-" + seed).listingYear(listing);
            Integer certified = rnd.nextBoolean() ? listing + rnd.nextInt(4) : null;
            Optional.ofNullable(certified).ifPresent(h::certifiedYear);
            if (rnd.nextBoolean()) {
                h.promotedYear(listing + rnd.nextInt(6));
            }
            for (int year = listing; year < listing + 7; year++) {
                if (rnd.nextInt(4) == 0) {
                    continue;
                }
                Map<String, BigDecimal> costs = new LinkedHashMap<>();
                if (certified != null && year >= certified) {
                    for (String c : List.of(
                            "technology-introduction",
                            "research-instruments",
                            "equipment-purchase",
                            "software-purchase")) {
                        costs.put(c, money(rnd));
                    }
                } else {
                    costs.put("rd-equipment-purchase", money(rnd));
                    costs.put("pilot-test-equipment-purchase", money(rnd));
                }
                h.putSpending(year, costs);
            }
            Schedule schedule = calc.schedule(h.build());
            Ledger ledger = Ledger.inMemory();
            for (Award expected : schedule.awards()) {
                Award through = calc.award(expected.application(), ledger);
                assertEquals(expected.status(), through.status(), through::toString);
                assertEquals(expected.amount(), through.amount(), through::toString);
                assertTrue(through.earlier().isEmpty(), through::toString);
            }
            // and fed again, as retries, nothing changes and nothing more is granted
            List<Grant> granted = ledger.grants("center-" + seed);
            schedule.awards()
                    .forEach(a -> assertEquals(
                            a.amount(), calc.award(a.application(), ledger).amount()));
            assertEquals(granted, ledger.grants("center-" + seed));
        });
    }
}
