package dev.zhengce.policy.examples.service;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The load run (Maven profile {@code load}, never part of the everyday build): the service
 * started in this JVM on a free loopback port with a fresh H2 ledger under
 * {@code target/load/}, then {@code POST /awards} with batches of 100 new applications from
 * {@code load.users} concurrent clients (16), first with the explanation text, then with
 * {@code ?explain=false}, each for {@code load.seconds} (60) after a warm-up. Before the HTTP
 * load, the same batches in process ({@link InProcessCost}); Gatling's report goes to
 * {@code target/gatling/}, the in-process figures to {@code target/load/in-process.txt}, the
 * response times Gatling measured per phase to {@code target/load/http.txt}, and
 * {@code LoadSummary} puts them side by side. Last, the 政策计算器 page
 * ({@code GET /web/calculator}, an enterprise profile in the query, every rule matched and the
 * HTML rendered) from {@code load.pageUsers} concurrent visitors (20), its p50/p95/p99 to
 * {@code target/load/pages.txt} (goal: p95 within 200 ms on 2 cores).
 */
public class AwardsSimulation extends Simulation {
    private static final int USERS = Integer.getInteger("load.users", 16);
    private static final int SECONDS = Integer.getInteger("load.seconds", 60);
    private static final int PAGE_USERS = Integer.getInteger("load.pageUsers", 20);
    /** The phase of the calculator page. */
    private static final String CALCULATOR = "calculator page";

    private static final AtomicLong VISITS = new AtomicLong();
    private static final Path DIR =
            Path.of(System.getProperty("load.dir", "target/load")).toAbsolutePath();
    private static final ConfigurableApplicationContext SERVICE = start();

    private static ConfigurableApplicationContext start() {
        try {
            Files.createDirectories(DIR);
            List<String> figures = new java.util.ArrayList<>();
            for (InProcessCost.Figure f : InProcessCost.all(
                    "jdbc:h2:file:" + DIR.resolve("in-process-" + System.nanoTime()),
                    Math.max(10, SECONDS / 4),
                    USERS)) {
                System.out.println(f);
                figures.add(f.name() + "\t" + f.awardsPerSecond() + "\t" + f.microsPerBatch());
            }
            Files.write(DIR.resolve("in-process.txt"), figures, StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException("the in-process measurement failed", e);
        }
        return SpringApplication.run(
                PolicyService.class,
                "--server.port=0",
                "--zhengce.data-dir=" + DIR.resolve("service-" + System.nanoTime()),
                "--logging.level.root=WARN");
    }

    private static String credentials() {
        try {
            return Files.readString(
                            Path.of(SERVICE.getEnvironment().getProperty("zhengce.data-dir"), "credentials"),
                            StandardCharsets.UTF_8)
                    .strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final String[] account = credentials().split(":", 2);
    private final HttpProtocolBuilder protocol = http.baseUrl("http://127.0.0.1:"
                    + ((WebServerApplicationContext) SERVICE).getWebServer().getPort())
            .basicAuth(account[0], account[1])
            .contentTypeHeader("application/json")
            .acceptHeader("application/json")
            .shareConnections();

    /** Each phase's response times as Gatling measured them, for the summary beside the in-process figures. */
    private static final Map<String, Phase> PHASES = new ConcurrentHashMap<>();

    /** The response times of one phase and when its requests ended. */
    static final class Phase {
        final List<Integer> millis = Collections.synchronizedList(new ArrayList<>());
        final AtomicLong first = new AtomicLong(Long.MAX_VALUE);
        final AtomicLong last = new AtomicLong();

        void add(int responseMillis) {
            long now = System.nanoTime();
            millis.add(responseMillis);
            first.accumulateAndGet(now - responseMillis * 1_000_000L, Math::min);
            last.accumulateAndGet(now, Math::max);
        }
    }

    private static ScenarioBuilder awards(String name, String query, String prefix) {
        Phase phase = PHASES.computeIfAbsent(name, n -> new Phase());
        return scenario(name)
                .exec(http(name)
                        .post("/awards" + query)
                        .body(StringBody(session -> LoadBatches.next(prefix)))
                        .check(status().is(200), responseTimeInMillis().saveAs("rt")))
                .exec(session -> {
                    phase.add(session.getInt("rt"));
                    return session;
                });
    }

    /**
     * Visitors of the calculator page: each enquiry a profile of its own (statuses, the year,
     * investments that differ from one to the next), as a browser sends the form.
     */
    private static ScenarioBuilder calculator() {
        Phase phase = PHASES.computeIfAbsent(CALCULATOR, n -> new Phase());
        return scenario(CALCULATOR)
                .exec(http(CALCULATOR)
                        .get(session -> {
                            long n = VISITS.incrementAndGet();
                            return "/web/calculator?id=visitor-" + n + "&statuses=cultivation-listed&year="
                                    + (2017 + n % 4)
                                    + "&facts.software-investment=" + (1_000_000 + n % 5_000 * 1_000)
                                    + "&facts.hardware-investment=" + (2_000_000 + n % 3_000 * 1_000)
                                    + "&facts.rd-equipment-purchase=" + (n % 7 * 500_000)
                                    + "&facts.pilot-test-equipment-purchase=0&facts.new-investment="
                                    + (n % 2 * 15_000_000)
                                    + "&facts.annual-revenue=" + (50_000_000 + n % 11 * 10_000_000)
                                    + "&rates.green-demonstration-subsidy=0.05";
                        })
                        .header("Accept", "text/html")
                        .check(status().is(200), responseTimeInMillis().saveAs("rt")))
                .exec(session -> {
                    phase.add(session.getInt("rt"));
                    return session;
                });
    }

    {
        setUp(awards("warm-up", "", "hw-")
                        .injectClosed(constantConcurrentUsers(USERS).during(Math.max(10, SECONDS / 3)))
                        .andThen(awards("awards x100, explained", "", "he-")
                                .injectClosed(constantConcurrentUsers(USERS).during(SECONDS)))
                        .andThen(awards("awards x100, explain=false", "?explain=false", "hp-")
                                .injectClosed(constantConcurrentUsers(USERS).during(SECONDS))
                                .andThen(calculator()
                                        .injectClosed(constantConcurrentUsers(PAGE_USERS)
                                                .during(SECONDS)))))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void after() {
        SERVICE.close();
        List<String> lines = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        PHASES.forEach((name, phase) -> {
            List<Integer> sorted = new ArrayList<>(phase.millis);
            Collections.sort(sorted);
            if (sorted.isEmpty() || name.startsWith("warm-up")) {
                return;
            }
            double seconds = (phase.last.get() - phase.first.get()) / 1e9;
            if (name.equals(CALCULATOR)) {
                pages.add(name + "\t" + sorted.size() / seconds + "\t" + percentile(sorted, 0.50) + "\t"
                        + percentile(sorted, 0.95) + "\t" + percentile(sorted, 0.99) + "\t" + sorted.size()
                        + "\t" + PAGE_USERS);
                return;
            }
            lines.add(name + "\t" + sorted.size() * (double) LoadBatches.SIZE / seconds + "\t"
                    + sorted.get((int) Math.ceil(0.50 * sorted.size()) - 1) + "\t"
                    + sorted.get((int) Math.ceil(0.99 * sorted.size()) - 1) + "\t" + sorted.size());
        });
        try {
            Files.write(DIR.resolve("http.txt"), lines, StandardCharsets.UTF_8);
            Files.write(DIR.resolve("pages.txt"), pages, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The response time below which a share of the sorted times lies (nearest rank). */
    private static int percentile(List<Integer> sorted, double share) {
        return sorted.get((int) Math.ceil(share * sorted.size()) - 1);
    }
}
