package dev.zhengce.policy.examples.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zhengce.policy.model.PolicyJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Starts the server on a free loopback port and talks to it with real HTTP requests. Timeouts
 * guard against hangs only; nothing here measures time.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PolicyServerTest {
    private static final Duration GUARD = Duration.ofSeconds(30);
    private static final String INTELLIGENT = "[{\"id\": \"A-2018-0042\", \"rule\": \"intelligent-transformation-subsidy\","
            + " \"costs\": {\"software-investment\": 4000000, \"hardware-investment\": 8000000}}]";

    private static PolicyServer server;
    private static HttpClient client;

    @BeforeAll
    static void start() throws IOException {
        server = PolicyServer.start(0);
        client = HttpClient.newBuilder().connectTimeout(GUARD).version(HttpClient.Version.HTTP_1_1).build();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** A reply: status, content type, body. */
    private static final class Reply {
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
    }

    private static Reply send(String method, String path, HttpRequest.BodyPublisher body, String contentType)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri().resolve(path)).timeout(GUARD).method(method, body);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return new Reply(client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }

    private static Reply post(String path, String json) throws IOException, InterruptedException {
        return send("POST", path, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8), "application/json");
    }

    private static Reply get(String path) throws IOException, InterruptedException {
        return send("GET", path, HttpRequest.BodyPublishers.noBody(), null);
    }

    private static String observations() throws IOException {
        try (InputStream in = PolicyServerTest.class.getResourceAsStream("/dev/zhengce/policy/examples/observations-2019.json")) {
            return new String(Objects.requireNonNull(in, "observations-2019.json").readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void assertError(Reply reply, int status, String field) {
        assertEquals(status, reply.status, reply.body);
        assertTrue(reply.contentType.startsWith("application/json"), reply.contentType);
        JsonNode json = reply.json();
        assertTrue(json.path("error").isTextual(), reply.body);
        assertFalse(reply.body.contains("Exception"), "no stack trace or exception class: " + reply.body);
        assertFalse(reply.body.contains("\tat "), reply.body);
        if (field != null) {
            assertEquals(field, json.path("field").asText(), reply.body);
        }
    }

    @Test
    void healthSaysOkAndNamesTheCatalog() throws Exception {
        Reply reply = get("/health");
        assertEquals(200, reply.status);
        assertEquals("application/json; charset=utf-8", reply.contentType);
        JsonNode json = reply.json();
        assertEquals("ok", json.path("status").asText());
        assertEquals("孟政〔2017〕25号", json.path("notice").asText());
        assertEquals(64, json.path("catalogSha256").asText().length());
        assertEquals(200, send("HEAD", "/health", HttpRequest.BodyPublishers.noBody(), null).status);
    }

    @Test
    void intelligentTransformationSubsidyIsEightPercentOfSoftwareAndHardware() throws Exception {
        Reply reply = post("/awards", INTELLIGENT);
        assertEquals(200, reply.status, reply.body);
        assertEquals("application/json; charset=utf-8", reply.contentType);
        JsonNode award = reply.json().get(0);
        assertEquals("A-2018-0042", award.path("id").asText());
        assertEquals("PAYABLE", award.path("status").asText());
        assertTrue(award.path("amount").isTextual(), "money travels as a string");
        assertEquals("960000.00", award.path("amount").asText());
        assertEquals("12000000.00", award.path("base").asText());
        assertEquals("0.08", award.path("rate").asText());
        assertFalse(award.path("capBound").asBoolean());
        assertEquals(0, award.path("findings").size());
        assertTrue(award.path("explanation").path("zh").asText().contains("8% × 12,000,000.00 元 = 960,000.00 元"));
        assertTrue(award.path("explanation").path("en").asText().contains("rounded half up to the fen: award 960,000.00 元"));
        assertTrue(award.path("citations").get(0).asText().contains("按照软硬件投资的8%予以补助,最高不超过1000万元"));
        assertEquals("孟政〔2017〕25号", award.path("provenance").path("notice").asText());
        assertEquals("none", award.path("provenance").path("overrides").asText());
    }

    @Test
    void aBatchIsAnsweredInOrderWithEveryVerdict() throws Exception {
        String batch = "["
                // above the cap: 8% of 150,000,000 = 12,000,000 > 10,000,000
                + "{\"id\": \"cap\", \"rule\": \"intelligent-transformation-subsidy\","
                + " \"costs\": {\"software-investment\": 50000000, \"hardware-investment\": 100000000}},"
                // the notice leaves the robot subsidy's ratio open: undetermined without one
                + "{\"id\": \"robot-open\", \"rule\": \"robot-subsidy\","
                + " \"costs\": {\"robot-purchase-fee\": 100.05, \"robot-lease-fee\": 0}},"
                // with the caller's ratio: 10% of 100.05 = 10.005, half up to 10.01
                + "{\"id\": \"robot-local\", \"rule\": \"robot-subsidy\", \"rate\": 0.1,"
                + " \"costs\": {\"robot-purchase-fee\": 100.05, \"robot-lease-fee\": 0}},"
                // one-time award, twice to the same applicant in one batch
                + "{\"id\": \"p1\", \"applicant\": \"center-1\", \"rule\": \"provincial-innovation-center-award\", \"costs\": {}},"
                + "{\"id\": \"p2\", \"applicant\": \"center-1\", \"rule\": \"provincial-innovation-center-award\", \"costs\": {}}"
                + "]";
        Reply reply = post("/awards", batch);
        assertEquals(200, reply.status, reply.body);
        JsonNode awards = reply.json();
        assertEquals(5, awards.size());
        assertEquals("cap", awards.get(0).path("id").asText());
        assertEquals("10000000.00", awards.get(0).path("amount").asText());
        assertTrue(awards.get(0).path("capBound").asBoolean());
        assertEquals("UNDETERMINED", awards.get(1).path("status").asText());
        assertTrue(awards.get(1).path("amount").isMissingNode(), "no amount when undetermined");
        assertEquals("MISSING_PARAMETER", awards.get(1).path("findings").get(0).path("kind").asText());
        assertEquals("10.01", awards.get(2).path("amount").asText());
        assertEquals("5000000.00", awards.get(3).path("amount").asText());
        assertEquals("PAYABLE", awards.get(3).path("status").asText());
        assertEquals("NOT_ELIGIBLE", awards.get(4).path("status").asText());
        assertEquals("0.00", awards.get(4).path("amount").asText());
        assertEquals("ALREADY_AWARDED", awards.get(4).path("findings").get(0).path("kind").asText());
        assertEquals("[]", post("/awards", "[]").body);
    }

    @Test
    void attainmentIsTheScorecardAsOfTheYear() throws Exception {
        Reply reply = post("/attainment?asOf=2019", observations());
        assertEquals(200, reply.status, reply.body);
        JsonNode card = reply.json();
        assertEquals(2019, card.path("asOf").asInt());
        assertEquals(74, card.path("overall").path("total").asInt());
        assertEquals(15, card.path("overall").path("MET").asInt());
        assertEquals(7, card.path("overall").path("NOT_MET").asInt());
        assertEquals(8, card.path("overall").path("ON_TRACK").asInt());
        assertEquals(3, card.path("overall").path("BEHIND").asInt());
        assertEquals(4, card.path("byPlan").size());
        JsonNode highTech = null;
        JsonNode cumulative = null;
        for (JsonNode a : card.path("attainments")) {
            if (a.path("target").asText().equals("high-tech-enterprises-2018")) {
                highTech = a;
            }
            if (a.path("target").asText().equals("renovation-investment-2017-2020")) {
                cumulative = a;
            }
        }
        assertNotNull(highTech);
        assertEquals("MET", highTech.path("verdict").asText());
        assertEquals("1.0667", highTech.path("ratio").asText());
        assertEquals("technological-innovation", highTech.path("plan").asText());
        assertTrue(highTech.path("citation").asText().contains("突破15家"), highTech.toString());
        assertNotNull(cumulative);
        assertEquals("BEHIND", cumulative.path("verdict").asText());
        assertEquals("17700000000", cumulative.path("observed").asText());
        assertEquals("18000000000", cumulative.path("expected").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[", "[{]", "not json", "[] []", "{}", "[1]", "[\"x\"]", "[null]", "[[]]"})
    void malformedJsonIs400(String body) throws Exception {
        assertError(post("/awards", body), 400, null);
        assertError(post("/attainment?asOf=2019", body), 400, null);
    }

    @Test
    void unknownFieldsDuplicateKeysNullsAndCoercionsAre400NamingTheField() throws Exception {
        assertError(post("/awards", "[{\"id\": \"a\", \"rule\": \"robot-subsidy\", \"costs\": {}, \"colour\": \"red\"}]"),
                400, "[0].colour");
        Reply duplicate = post("/awards", "[{\"id\": \"a\", \"id\": \"b\", \"rule\": \"robot-subsidy\", \"costs\": {}}]");
        assertError(duplicate, 400, "[0].id");
        assertTrue(duplicate.json().path("error").asText().contains("Duplicate field 'id'"), duplicate.body);
        assertError(post("/awards", "[{\"id\": null, \"rule\": \"robot-subsidy\", \"costs\": {}}]"), 400, "[0].id");
        assertError(post("/attainment?asOf=2019", "[{\"target\": \"sci-tech-smes-2017\", \"year\": 2017, \"value\": \"70\"}]"),
                400, "[0].value");
        assertError(post("/attainment?asOf=2019", "[{\"target\": \"sci-tech-smes-2017\", \"year\": \"2017\", \"value\": 70}]"),
                400, "[0].year");
    }

    @Test
    void theLibrarysValidationIs400NamingTheRowAndField() throws Exception {
        assertError(post("/awards", "[{\"id\": \"a\", \"rule\": \"intelligent-transformation-subsidy\","
                + " \"costs\": {\"software-investment\": -1, \"hardware-investment\": 0}}]"),
                400, "[0].costs.software-investment");
        assertError(post("/awards", "[{\"id\": \"a\", \"rule\": \"intelligent-transformation-subsidy\","
                + " \"costs\": {\"software-investment\": 0.001, \"hardware-investment\": 0}}]"),
                400, "[0].costs.software-investment");
        // the second row is refused by the calculator: the whole batch is refused, naming it
        assertError(post("/awards", INTELLIGENT.replace("]", ", {\"id\": \"b\", \"rule\": \"no-such-rule\", \"costs\": {}}]")),
                400, "[1].rule");
        assertError(post("/awards", "[{\"id\": \"a\", \"rule\": \"intelligent-transformation-subsidy\","
                + " \"costs\": {\"software-investment\": 1, \"hardware-investment\": 0, \"land\": 5}}]"),
                400, "[0].costs.land");
        assertError(post("/attainment?asOf=2019", "[{\"target\": \"no-such-target\", \"year\": 2018, \"value\": 1}]"),
                400, "[0].target");
        assertError(post("/attainment?asOf=2019", "[{\"target\": \"sci-tech-smes-2017\", \"year\": 2017, \"value\": 2.5}]"),
                400, "[0].value");
        assertError(post("/attainment?asOf=2019", "[{\"target\": \"sci-tech-smes-2017\", \"year\": 2017}]"), 400, null);
    }

    @ParameterizedTest
    @CsvSource({"/attainment, asOf", "/attainment?asOf=, asOf", "/attainment?asOf=19, asOf",
            "/attainment?asOf=2016, asOf", "/attainment?asOf=2019&asOf=2020, asOf", "/attainment?year=2019, year",
            "/awards?debug=1, query"})
    void badQueriesAre400(String path, String field) throws Exception {
        assertError(post(path, "[]"), 400, field);
    }

    @Test
    void bodiesOverOneMebibyteAre413() throws Exception {
        // exactly the limit is read: a JSON array padded with spaces
        String atLimit = "[" + " ".repeat(PolicyServer.MAX_BODY_BYTES - 2) + "]";
        Reply ok = post("/awards", atLimit);
        assertEquals(200, ok.status, ok.body);
        assertEquals("[]", ok.body);
        Reply over = post("/awards", atLimit + " ");
        assertError(over, 413, "body");
        assertTrue(over.json().path("error").asText().contains("1048576"), over.body);
        assertError(post("/attainment?asOf=2019", "[" + " ".repeat(3 * PolicyServer.MAX_BODY_BYTES) + "]"), 413, "body");
        // a body of unknown length, streamed in chunks
        HttpRequest.BodyPublisher chunked = HttpRequest.BodyPublishers.ofInputStream(
                () -> new java.io.ByteArrayInputStream(("[" + " ".repeat(2 * PolicyServer.MAX_BODY_BYTES) + "]")
                        .getBytes(StandardCharsets.UTF_8)));
        assertError(send("POST", "/awards", chunked, "application/json"), 413, "body");
    }

    @Test
    void aDeclaredHugeBodyIs413WithoutReadingIt() throws Exception {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(server.uri().getHost(), server.port()), (int) GUARD.toMillis());
            socket.setSoTimeout((int) GUARD.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(("POST /awards HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 999999999999\r\n\r\n[").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String head = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 413", head);
        }
    }

    @Test
    void aBatchOfMoreThanTheLimitIs400() throws Exception {
        String one = "{\"id\": \"p\", \"applicant\": \"c\", \"rule\": \"provincial-innovation-center-award\", \"costs\": {}}";
        String atLimit = "[" + String.join(",", java.util.Collections.nCopies(PolicyServer.MAX_APPLICATIONS, one)) + "]";
        Reply ok = post("/awards", atLimit);
        assertEquals(200, ok.status);
        assertEquals(PolicyServer.MAX_APPLICATIONS, ok.json().size());
        assertEquals("PAYABLE", ok.json().get(0).path("status").asText());
        // the same application again is a retry: the same award, not a second payment
        assertEquals("PAYABLE", ok.json().get(1).path("status").asText());
        assertError(post("/awards", atLimit.replace("}]", "}," + one + "]")), 400, "[" + PolicyServer.MAX_APPLICATIONS + "]");
    }

    @Test
    void anAsteriskRequestTargetIs404() throws Exception {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(server.uri().getHost(), server.port()), (int) GUARD.toMillis());
            socket.setSoTimeout((int) GUARD.toMillis());
            socket.getOutputStream().write("OPTIONS * HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(reply.startsWith("HTTP/1.1 404"), reply);
            assertFalse(reply.contains("Exception"), reply);
        }
    }

    @Test
    void wrongMethodsAre405WithAllow() throws Exception {
        Reply getAwards = get("/awards");
        assertError(getAwards, 405, null);
        assertEquals("POST", getAwards.response.headers().firstValue("Allow").orElse(""));
        assertError(send("PUT", "/attainment?asOf=2019", HttpRequest.BodyPublishers.ofString("[]"), "application/json"),
                405, null);
        assertError(send("DELETE", "/awards", HttpRequest.BodyPublishers.noBody(), null), 405, null);
        Reply postHealth = post("/health", "{}");
        assertError(postHealth, 405, null);
        assertEquals("GET, HEAD", postHealth.response.headers().firstValue("Allow").orElse(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/award", "/awards/", "/awards/1", "/attainment/2019", "/health/x", "/%2e%2e/etc/passwd"})
    void unknownPathsAre404(String path) throws Exception {
        assertError(get(path), 404, null);
        assertError(post(path, "[]"), 404, null);
    }

    @Test
    void onlyJsonInUtf8IsAccepted() throws Exception {
        assertError(send("POST", "/awards", HttpRequest.BodyPublishers.ofString(INTELLIGENT), "text/plain"),
                415, "Content-Type");
        assertError(send("POST", "/awards", HttpRequest.BodyPublishers.ofString(INTELLIGENT),
                "application/json; charset=ISO-8859-1"), 415, "Content-Type");
        assertEquals(200, send("POST", "/awards", HttpRequest.BodyPublishers.ofString(INTELLIGENT), null).status,
                "no content type is read as JSON");
        byte[] latin1 = "[{\"id\": \"caf\u00e9\", \"rule\": \"robot-subsidy\", \"costs\": {}}]"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertError(send("POST", "/awards", HttpRequest.BodyPublishers.ofByteArray(latin1), "application/json"),
                400, "body");
        Reply chinese = post("/awards", INTELLIGENT.replace("A-2018-0042", "孟州-智能-001"));
        assertEquals("孟州-智能-001", chinese.json().get(0).path("id").asText());
    }

    @Test
    void theServerKeepsServingAfterBadRequests() throws Exception {
        String expected = post("/awards", INTELLIGENT).body;
        String[] bad = {"{", "[{\"id\": \"a\", \"id\": \"a\"}]", "[{\"x\": 1}]", "[null]", "[" + "[".repeat(100) + "]".repeat(100) + "]",
            "[" + "9".repeat(500) + "]", "[\"" + "x".repeat(200_000) + "\"]"};
        for (String body : bad) {
            assertError(post("/awards", body), 400, null);
            assertEquals(expected, post("/awards", INTELLIGENT).body, "still serving after " + body.length() + " bytes");
        }
        assertError(post("/awards", " ".repeat(PolicyServer.MAX_BODY_BYTES + 1)), 413, "body");
        assertError(get("/nowhere"), 404, null);
        assertError(get("/awards"), 405, null);
        assertEquals(expected, post("/awards", INTELLIGENT).body);
        assertEquals(200, get("/health").status);
    }

    @Test
    void eightConcurrentClientsGetTheSameAnswersAsOneSequentialClient() throws Exception {
        List<String[]> requests = List.of(
                new String[] {"/awards", INTELLIGENT},
                new String[] {"/awards", "[{\"id\": \"r\", \"rule\": \"robot-subsidy\", \"rate\": 0.15,"
                        + " \"costs\": {\"robot-purchase-fee\": 333333.33, \"robot-lease-fee\": 0.01}}]"},
                new String[] {"/attainment?asOf=2019", observations()},
                new String[] {"/attainment?asOf=2020", observations()},
                new String[] {"/awards", "[{\"x\": 1}]"});
        List<String> sequential = new ArrayList<>();
        for (String[] r : requests) {
            sequential.add(post(r[0], r[1]).status + " " + post(r[0], r[1]).body);
        }
        int clients = 8;
        int perClient = 40;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int offset = c;
                futures.add(pool.submit(() -> {
                    List<String> mismatches = new ArrayList<>();
                    for (int i = 0; i < perClient; i++) {
                        int k = (i + offset) % requests.size();
                        Reply reply = post(requests.get(k)[0], requests.get(k)[1]);
                        if (!sequential.get(k).equals(reply.status + " " + reply.body)) {
                            mismatches.add(requests.get(k)[0] + " → " + reply.status);
                        }
                    }
                    return mismatches;
                }));
            }
            for (Future<List<String>> f : futures) {
                assertEquals(List.of(), f.get(GUARD.toSeconds() * 3, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSecondServerStartsAndStopsOnItsOwnPort() throws Exception {
        try (PolicyServer other = PolicyServer.start(0)) {
            assertTrue(other.port() > 0);
            assertFalse(other.port() == server.port());
            assertEquals("127.0.0.1", other.uri().getHost());
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(other.uri().resolve("/health")).timeout(GUARD).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
        }
        assertEquals(200, get("/health").status, "the first server is untouched");
    }

    @Test
    void uriOfTheServerIsLoopback() {
        URI uri = server.uri();
        assertEquals("http", uri.getScheme());
        assertTrue(uri.getHost().equals("127.0.0.1") || uri.getHost().equals("[::1]"), uri.toString());
    }
}
