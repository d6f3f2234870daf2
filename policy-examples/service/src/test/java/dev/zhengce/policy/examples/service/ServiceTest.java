package dev.zhengce.policy.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zhengce.policy.model.PolicyJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service on a random port, one application context for every test class that extends this
 * one (same configuration, so Spring's test context cache shares it), with its data directory
 * (H2 file database, generated credentials) under {@code target/}, and a ledger reader whose
 * random password is made here, at run time. Tests talk to it with the JDK's HTTP client.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ServiceTest {
    /** Guards against hangs only: nothing here measures time. */
    static final Duration GUARD = Duration.ofSeconds(30);

    static final Path DATA_DIR;
    static final String READER = "auditor";
    static final String READER_PASSWORD;
    static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(GUARD)
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    static {
        try {
            Files.createDirectories(Path.of("target"));
            DATA_DIR = Files.createTempDirectory(Path.of("target"), "service-data-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        READER_PASSWORD = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("zhengce.data-dir", () -> DATA_DIR.toAbsolutePath().toString());
        registry.add("zhengce.reader.user", () -> READER);
        registry.add("zhengce.reader.password", () -> READER_PASSWORD);
    }

    @LocalServerPort
    int port;

    /** A reply: status, content type, body. */
    static final class Reply {
        final int status;
        final String contentType;
        final String body;
        final HttpResponse<String> response;

        Reply(HttpResponse<String> response) {
            this.response = response;
            this.status = response.statusCode();
            this.contentType = response.headers().firstValue("Content-Type").orElse("");
            this.body = response.body();
        }

        JsonNode json() {
            return PolicyJson.read(body, JsonNode.class);
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse("");
        }
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** The writer's {@code user:password}, as the service generated it on its first start. */
    static String writer() {
        try {
            return Files.readString(DATA_DIR.resolve("credentials"), StandardCharsets.UTF_8)
                    .strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String reader() {
        return READER + ":" + READER_PASSWORD;
    }

    static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    Reply send(String method, String path, HttpRequest.BodyPublisher body, String contentType, String credentials)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(GUARD).method(method, body);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (credentials != null) {
            b.header("Authorization", basic(credentials));
        }
        return new Reply(CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }

    /** Posts JSON as the ledger writer. */
    Reply post(String path, String json) throws IOException, InterruptedException {
        return send(
                "POST",
                path,
                HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8),
                "application/json",
                writer());
    }

    /** Posts JSON without credentials. */
    Reply postOpen(String path, String json) throws IOException, InterruptedException {
        return send(
                "POST",
                path,
                HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8),
                "application/json",
                null);
    }

    Reply get(String path) throws IOException, InterruptedException {
        return send("GET", path, HttpRequest.BodyPublishers.noBody(), null, null);
    }

    Reply get(String path, String credentials) throws IOException, InterruptedException {
        return send("GET", path, HttpRequest.BodyPublishers.noBody(), null, credentials);
    }

    /** Checks an RFC 9457 problem detail: status, media type, the field, no trace of an exception. */
    static JsonNode assertProblem(Reply reply, int status, String field) {
        assertEquals(status, reply.status, reply.body);
        assertTrue(reply.contentType.startsWith("application/problem+json"), reply.contentType + " " + reply.body);
        JsonNode json = reply.json();
        assertEquals(status, json.path("status").asInt(), reply.body);
        assertTrue(json.path("title").isTextual(), reply.body);
        assertTrue(json.path("detail").isTextual(), reply.body);
        assertFalse(reply.body.contains("Exception"), "no exception class: " + reply.body);
        assertFalse(reply.body.contains("\tat ") || reply.body.contains("\\tat "), "no stack trace: " + reply.body);
        assertFalse(reply.body.contains("springframework"), reply.body);
        if (field != null) {
            assertEquals(field, json.path("field").asText(), reply.body);
        }
        return json;
    }

    /**
     * Eight clients post, at the same moment, one application each for the same center's 2019
     * cultivation subsidy (1,400,000.00 each against a yearly cap of 3,000,000.00): together they
     * are paid exactly the cap, whoever comes first.
     */
    void raceForOneYearlyCap() throws Exception {
        String center = "race-" + java.util.UUID.randomUUID();
        int clients = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<JsonNode>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                String body = "[" + AwardsTest.cultivation("race-" + c + "-" + center, center, "7000000")
                        + "]"; // 1,400,000.00 each
                Callable<JsonNode> call = () -> {
                    start.await();
                    Reply r = post("/awards", body);
                    assertEquals(200, r.status, r.body);
                    return r.json().get(0);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            BigDecimal total = BigDecimal.ZERO;
            List<String> amounts = new ArrayList<>();
            for (Future<JsonNode> f : futures) {
                JsonNode award = f.get(GUARD.toSeconds() * 2, TimeUnit.SECONDS);
                BigDecimal amount = new BigDecimal(award.path("amount").asText());
                total = total.add(amount);
                amounts.add(amount.toPlainString());
            }
            // 1,400,000 + 1,400,000 + the remaining 200,000: exactly the cap, whoever came first
            assertEquals(new BigDecimal("3000000.00"), total, amounts.toString());
            amounts.sort(null);
            assertEquals(
                    List.of("0.00", "0.00", "0.00", "0.00", "0.00", "1400000.00", "1400000.00", "200000.00"), amounts);
        } finally {
            pool.shutdownNow();
        }
    }
}
