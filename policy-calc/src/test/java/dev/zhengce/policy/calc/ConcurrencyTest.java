package dev.zhengce.policy.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.zhengce.policy.mengzhou.Mengzhou;
import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.Cny;
import dev.zhengce.policy.model.PolicyException;
import dev.zhengce.policy.model.PolicyJson;
import dev.zhengce.policy.model.Target;
import dev.zhengce.policy.model.Unit;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Eight threads computing the same large batch with shared instances — one {@link Catalog}, one
 * {@link SubsidyCalculator} (and its what-if sibling), one {@link AttainmentEvaluator}, the
 * static {@link PolicyJson} — produce exactly what one thread does.
 */
class ConcurrencyTest {
    private static final int THREADS = 8;
    private static final Catalog CATALOG = Mengzhou.catalog();
    private static final SubsidyCalculator CALC = SubsidyCalculator.of(CATALOG);
    private static final SubsidyCalculator WHAT_IF =
            CALC.with(Overrides.parse("intelligent-transformation-subsidy.rate=0.125", "robot-subsidy.rate=0.005"));
    private static final AttainmentEvaluator EVALUATOR = AttainmentEvaluator.of(CATALOG);

    /** One unit of work, returning text that captures its whole result. */
    private static List<Supplier<String>> batch() {
        Random rnd = new Random(42);
        List<Supplier<String>> work = new ArrayList<>();
        String[][] rules = {
            {"intelligent-transformation-subsidy", "software-investment", "hardware-investment"},
            {"innovation-center-cultivation-subsidy", "rd-equipment-purchase", "pilot-test-equipment-purchase"},
            {"robot-subsidy", "robot-purchase-fee", "robot-lease-fee"},
            {"green-demonstration-subsidy", "new-investment"},
        };
        for (int i = 0; i < 6_000; i++) {
            String[] r = rules[rnd.nextInt(rules.length)];
            StringBuilder json = new StringBuilder("{\"id\":\"A-" + i + "\",\"rule\":\"" + r[0] + "\",\"costs\":{");
            for (int c = 1; c < r.length; c++) {
                json.append(c > 1 ? "," : "")
                        .append('"')
                        .append(r[c])
                        .append("\":")
                        .append(BigDecimal.valueOf(Math.floorMod(rnd.nextLong(), 30_000_000_000L), 2)
                                .toPlainString());
            }
            json.append('}');
            if (r[0].startsWith("innovation")) {
                json.append(",\"year\":").append(2017 + rnd.nextInt(8)).append(",\"listingYear\":2018");
            }
            if (r[0].startsWith("green") || (r[0].startsWith("robot") && rnd.nextBoolean())) {
                json.append(",\"rate\":0.").append(1 + rnd.nextInt(999));
            }
            json.append('}');
            String document = json.toString();
            boolean whatIf = rnd.nextBoolean();
            work.add(() -> {
                try {
                    Application a = PolicyJson.read(document, Application.class);
                    Award award = (whatIf ? WHAT_IF : CALC).award(a);
                    return PolicyJson.write(a) + " → " + award.status() + " "
                            + award.amount().map(BigDecimal::toPlainString) + " "
                            + award.money().map(m -> Cny.yuan("money", m).toPlainString()) + " " + award.findings();
                } catch (PolicyException e) {
                    return "refused: " + e.getMessage();
                }
            });
            if (i % 100 == 0) {
                List<Application> applications = new ArrayList<>();
                for (int k = 0; k < 20; k++) {
                    applications.add(Application.builder()
                            .id("P-" + i + "-" + k)
                            .applicant("E-" + rnd.nextInt(5))
                            .rule("provincial-innovation-center-award")
                            .year(2019)
                            .build());
                }
                work.add(() -> CALC.awards(applications.stream())
                        .map(w -> w.status() + " " + w.amount())
                        .collect(Collectors.joining(",")));
                EnterpriseProfile profile = EnterpriseProfile.builder()
                        .id("E-" + i)
                        .addStatuses("cultivation-listed")
                        .fact("rd-equipment-purchase", new BigDecimal(rnd.nextInt(1000)))
                        .fact("new-investment", BigDecimal.valueOf(rnd.nextInt(20_000_000)))
                        .year(2019)
                        .putRates("green-demonstration-subsidy", new BigDecimal("0.125"))
                        .build();
                work.add(() -> CALC.match(profile).toString());
            }
            if (i % 1000 == 0) {
                work.add(() -> {
                    try (java.io.InputStream in = Mengzhou.catalogJson()) {
                        Catalog c = Catalog.read(in);
                        return c.sha256() + " " + c.subsidies();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }
            if (i % 300 == 0) {
                List<Observation> observations = observations(rnd);
                int asOf = 2017 + rnd.nextInt(4);
                work.add(() -> EVALUATOR.scorecard(observations, asOf).toString());
            }
        }
        return work;
    }

    private static List<Observation> observations(Random rnd) {
        List<Observation> list = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Target t : CATALOG.targets()) {
            if (rnd.nextInt(3) == 0) {
                continue;
            }
            int year = 2017 + rnd.nextInt(4);
            if (!seen.add(t.id() + year)) {
                continue;
            }
            Observation.Builder b = Observation.builder().target(t.id()).year(year);
            if (t.unit() == Unit.NONE) {
                b.judgement(rnd.nextBoolean() ? Observation.Judgement.MET : Observation.Judgement.NOT_MET);
            } else {
                b.value(BigDecimal.valueOf(1 + rnd.nextInt(100)));
            }
            list.add(b.build());
        }
        return list;
    }

    private static List<String> run(List<Supplier<String>> work) {
        List<String> out = new ArrayList<>(work.size());
        for (Supplier<String> w : work) {
            out.add(w.get());
        }
        return out;
    }

    @Test
    void eightThreadsOnSharedInstancesComputeExactlyTheSequentialResults() throws Exception {
        List<Supplier<String>> work = batch();
        List<String> sequential = run(work);
        assertTimeoutPreemptively(
                Duration.ofMinutes(5),
                () -> { // a hang guard only
                    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
                    try {
                        CountDownLatch start = new CountDownLatch(1);
                        List<Future<List<String>>> results = new ArrayList<>();
                        for (int t = 0; t < THREADS; t++) {
                            results.add(pool.submit(() -> {
                                start.await();
                                return run(work);
                            }));
                        }
                        start.countDown();
                        for (Future<List<String>> f : results) {
                            List<String> parallel = f.get();
                            assertEquals(sequential.size(), parallel.size());
                            for (int i = 0; i < sequential.size(); i++) {
                                assertEquals(sequential.get(i), parallel.get(i), "work item " + i);
                            }
                        }
                    } finally {
                        pool.shutdownNow();
                    }
                });
        System.out.printf(
                "concurrency: %d threads × %,d work items agree with the sequential run%n", THREADS, sequential.size());
    }
}
