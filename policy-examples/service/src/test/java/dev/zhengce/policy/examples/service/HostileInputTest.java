package dev.zhengce.policy.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile and mistaken requests, over real HTTP (the cases of the former {@code PolicyServer}'s
 * tests): each is answered with an RFC 9457 problem detail naming the row and the field where
 * there is one, never with a stack trace, and the service keeps serving.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostileInputTest extends ServiceTest {
    static final String INTELLIGENT = "[{\"id\": \"H-0042\", \"rule\": \"intelligent-transformation-subsidy\","
            + " \"costs\": {\"software-investment\": 4000000, \"hardware-investment\": 8000000}}]";

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[", "[{]", "not json", "[] []", "{}", "[1]", "[\"x\"]", "[null]", "[[]]", "null"})
    void malformedJsonIs400(String body) throws Exception {
        assertProblem(post("/awards", body), 400, null);
        assertProblem(post("/attainment?asOf=2019", body), 400, null);
        assertProblem(post("/match", body), 400, null);
    }

    @Test
    void aNullRowIsNamed() throws Exception {
        assertProblem(
                post("/awards", "[" + INTELLIGENT.substring(1, INTELLIGENT.length() - 1) + ", null]"), 400, "[1]");
    }

    @Test
    void unknownFieldsDuplicateKeysNullsAndCoercionsAre400NamingTheField() throws Exception {
        assertProblem(
                post("/awards", "[{\"id\": \"a\", \"rule\": \"robot-subsidy\", \"costs\": {}, \"colour\": \"red\"}]"),
                400,
                "[0].colour");
        var duplicate = assertProblem(
                post("/awards", "[{\"id\": \"a\", \"id\": \"b\", \"rule\": \"robot-subsidy\", \"costs\": {}}]"),
                400,
                "[0].id");
        assertTrue(duplicate.path("detail").asText().contains("Duplicate field 'id'"), duplicate.toString());
        assertProblem(post("/awards", "[{\"id\": null, \"rule\": \"robot-subsidy\", \"costs\": {}}]"), 400, "[0].id");
        assertProblem(
                post(
                        "/awards",
                        "[{\"id\": \"a\", \"rule\": \"robot-subsidy\", \"costs\": {\"robot-purchase-fee\": \"5\"}}]"),
                400,
                "[0].costs.robot-purchase-fee");
        assertProblem(
                post(
                        "/attainment?asOf=2019",
                        "[{\"target\": \"sci-tech-smes-2017\", \"year\": 2017, \"value\": \"70\"}]"),
                400,
                "[0].value");
        assertProblem(
                post(
                        "/attainment?asOf=2019",
                        "[{\"target\": \"sci-tech-smes-2017\", \"year\": \"2017\", \"value\": 70}]"),
                400,
                "[0].year");
        assertProblem(
                post("/match", "{\"id\": \"e\", \"statuses\": [], \"facts\": {}, \"year\": 2018.5}"), 400, "year");
    }

    @Test
    void pathologicalNumbersAreRefused() throws Exception {
        String[] numbers = {"1e999999999", "1e-999999999", "9".repeat(101), "NaN", "Infinity", "-0x10", "1.0e400"};
        for (String n : numbers) {
            assertProblem(
                    post(
                            "/awards",
                            "[{\"id\": \"n\", \"rule\": \"robot-subsidy\", \"rate\": 0.1,"
                                    + " \"costs\": {\"robot-purchase-fee\": " + n + ", \"robot-lease-fee\": 0}}]"),
                    400,
                    null);
        }
        assertProblem(
                post(
                        "/awards",
                        "[{\"id\": \"n\", \"rule\": \"robot-subsidy\", \"rate\": 0.1,"
                                + " \"costs\": {\"robot-purchase-fee\": 0.001, \"robot-lease-fee\": 0}}]"),
                400,
                "[0].costs.robot-purchase-fee");
    }

    @Test
    void theSdksValidationIs400NamingTheRowAndField() throws Exception {
        assertProblem(
                post(
                        "/awards",
                        "[{\"id\": \"a\", \"rule\": \"intelligent-transformation-subsidy\","
                                + " \"costs\": {\"software-investment\": -1, \"hardware-investment\": 0}}]"),
                400,
                "[0].costs.software-investment");
        // the second row is refused by the calculator: the whole batch is refused, naming it
        assertProblem(
                post(
                        "/awards",
                        INTELLIGENT.replace("]", ", {\"id\": \"b\", \"rule\": \"no-such-rule\", \"costs\": {}}]")),
                400,
                "[1].rule");
        assertProblem(
                post(
                        "/awards",
                        "[{\"id\": \"a\", \"rule\": \"intelligent-transformation-subsidy\","
                                + " \"costs\": {\"software-investment\": 1, \"hardware-investment\": 0, \"land\": 5}}]"),
                400,
                "[0].costs.land");
        assertProblem(
                post("/attainment?asOf=2019", "[{\"target\": \"no-such-target\", \"year\": 2018, \"value\": 1}]"),
                400,
                "[0].target");
        assertProblem(
                post("/attainment?asOf=2019", "[{\"target\": \"sci-tech-smes-2017\", \"year\": 2017, \"value\": 2.5}]"),
                400,
                "[0].value");
        assertProblem(
                post("/attainment?asOf=2019", "[{\"target\": \"sci-tech-smes-2017\", \"year\": 2017}]"), 400, null);
    }

    @ParameterizedTest
    @CsvSource({
        "/attainment, asOf",
        "/attainment?asOf=, asOf",
        "/attainment?asOf=19, asOf",
        "/attainment?asOf=2016, asOf",
        "/attainment?asOf=2019&asOf=2020, asOf",
        "/attainment?year=2019, year",
        "/awards?debug=1, debug",
        "/awards?explain=yes, explain",
        "/match?x=1, x"
    })
    void badQueriesAre400(String path, String field) throws Exception {
        assertProblem(post(path, path.startsWith("/match") ? "{\"id\": \"e\"}" : "[]"), 400, field);
    }

    @Test
    void bodiesOverOneMebibyteAre413() throws Exception {
        // exactly the limit is read: a JSON array padded with spaces
        String atLimit = "[" + " ".repeat(PolicyService.MAX_BODY_BYTES - 2) + "]";
        Reply ok = post("/awards", atLimit);
        assertEquals(200, ok.status, ok.body);
        assertEquals("[]", ok.body);
        var over = assertProblem(post("/awards", atLimit + " "), 413, "body");
        assertTrue(over.path("detail").asText().contains("1048576"), over.toString());
        assertProblem(
                post("/attainment?asOf=2019", "[" + " ".repeat(3 * PolicyService.MAX_BODY_BYTES) + "]"), 413, "body");
        // a body of unknown length, streamed in chunks
        HttpRequest.BodyPublisher chunked = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                ("[" + " ".repeat(2 * PolicyService.MAX_BODY_BYTES) + "]").getBytes(StandardCharsets.UTF_8)));
        assertProblem(send("POST", "/awards", chunked, "application/json", writer()), 413, "body");
        assertProblem(
                send(
                        "POST",
                        "/match",
                        HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                                ("{\"id\": \"" + "x".repeat(2 * PolicyService.MAX_BODY_BYTES) + "\"}")
                                        .getBytes(StandardCharsets.UTF_8))),
                        "application/json",
                        null),
                413,
                "body");
    }

    @Test
    void aDeclaredHugeBodyIs413WithoutReadingIt() throws Exception {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), (int) GUARD.toMillis());
            socket.setSoTimeout((int) GUARD.toMillis());
            socket.getOutputStream()
                    .write(("POST /awards HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                    + "Authorization: " + basic(writer()) + "\r\n"
                                    + "Content-Length: 999999999999\r\n\r\n[")
                            .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String head = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 413", head);
        }
    }

    @Test
    void aBatchOfMoreThanTheLimitIs400() throws Exception {
        String one = "{\"id\": \"L-%d\", \"rule\": \"intelligent-transformation-subsidy\","
                + " \"costs\": {\"software-investment\": 1, \"hardware-investment\": 0}}";
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < PolicyService.MAX_APPLICATIONS; i++) {
            b.append(i == 0 ? "" : ",").append(String.format(one, i));
        }
        String atLimit = b + "]";
        Reply ok = post("/awards?explain=false", atLimit);
        assertEquals(200, ok.status, ok.body);
        assertEquals(PolicyService.MAX_APPLICATIONS, ok.json().size());
        assertEquals("0.08", ok.json().get(999).path("amount").asText());
        assertProblem(
                post("/awards", b + "," + String.format(one, 1000) + "]"),
                400,
                "[" + PolicyService.MAX_APPLICATIONS + "]");
    }

    @Test
    void anAsteriskRequestTargetGetsNoStackTrace() throws Exception {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), (int) GUARD.toMillis());
            socket.setSoTimeout((int) GUARD.toMillis());
            socket.getOutputStream()
                    .write("OPTIONS * HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
            String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(reply.startsWith("HTTP/1.1 "), reply);
            assertFalse(reply.contains("Exception") || reply.contains("\tat "), reply);
        }
    }

    @Test
    void oversizedHeadersAndGarbageRequestLinesGetNoStackTrace() throws Exception {
        String[] requests = {
            "GET /catalog/rules/robot-subsidy HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(40_000)
                    + "\r\nConnection: close\r\n\r\n",
            "\u0001\u0002 nonsense\r\n\r\n",
            "GET /catalog/rules/robot%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
            "GET /%2e%2e/etc/passwd HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
        };
        for (String r : requests) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), (int) GUARD.toMillis());
                socket.setSoTimeout((int) GUARD.toMillis());
                socket.getOutputStream().write(r.getBytes(StandardCharsets.ISO_8859_1));
                String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(reply.startsWith("HTTP/1.1 4"), reply);
                assertTrue(reply.contains("application/problem+json"), reply);
                assertFalse(reply.contains("Exception") || reply.contains("\tat ") || reply.contains("Tomcat"), reply);
            }
        }
    }

    @Test
    void wrongMethodsAre405WithAllow() throws Exception {
        Reply getAwards = get("/awards");
        assertProblem(getAwards, 405, null);
        assertEquals("POST", getAwards.header("Allow"));
        assertProblem(
                send(
                        "PUT",
                        "/attainment?asOf=2019",
                        HttpRequest.BodyPublishers.ofString("[]"),
                        "application/json",
                        null),
                405,
                null);
        assertProblem(send("DELETE", "/awards", HttpRequest.BodyPublishers.noBody(), null, writer()), 405, null);
        assertProblem(
                send(
                        "POST",
                        "/catalog/rules/robot-subsidy",
                        HttpRequest.BodyPublishers.ofString("{}"),
                        "application/json",
                        null),
                405,
                null);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/award",
                "/awards/",
                "/awards/1",
                "/attainment/2019",
                "/health",
                "/catalog/rules",
                "/catalog/widgets/x",
                "/etc/passwd"
            })
    void unknownPathsAre404(String path) throws Exception {
        assertProblem(get(path), 404, null);
        assertProblem(postOpen(path, "[]"), 404, null);
    }

    @Test
    void unknownCatalogIdsAre404NamingTheId() throws Exception {
        assertProblem(get("/catalog/rules/no-such-rule"), 404, "id");
        assertProblem(get("/catalog/targets/no-such-target"), 404, "id");
        assertProblem(get("/catalog/departments/" + "x".repeat(300)), 404, "id");
    }

    @Test
    void onlyJsonInUtf8IsAccepted() throws Exception {
        assertProblem(
                send("POST", "/awards", HttpRequest.BodyPublishers.ofString(INTELLIGENT), "text/plain", writer()),
                415,
                "Content-Type");
        assertProblem(
                send(
                        "POST",
                        "/awards",
                        HttpRequest.BodyPublishers.ofString(INTELLIGENT),
                        "application/json; charset=ISO-8859-1",
                        writer()),
                415,
                "Content-Type");
        assertProblem(
                send("POST", "/awards", HttpRequest.BodyPublishers.ofString(INTELLIGENT), null, writer()), 415, null);
        assertProblem(
                send(
                        "POST",
                        "/awards",
                        HttpRequest.BodyPublishers.ofString(INTELLIGENT),
                        "application/x-www-form-urlencoded",
                        writer()),
                415,
                "Content-Type");
        byte[] latin1 = "[{\"id\": \"caf\u00e9\", \"rule\": \"robot-subsidy\", \"costs\": {}}]"
                .getBytes(StandardCharsets.ISO_8859_1);
        var notUtf8 = assertProblem(
                send("POST", "/awards", HttpRequest.BodyPublishers.ofByteArray(latin1), "application/json", writer()),
                400,
                "[0].id");
        assertTrue(notUtf8.path("detail").asText().contains("UTF-8"), notUtf8.toString());
        Reply chinese = post("/awards", INTELLIGENT.replace("H-0042", "孟州-智能-001"));
        assertEquals(200, chinese.status, chinese.body);
        assertEquals("孟州-智能-001", chinese.json().get(0).path("id").asText());
    }

    @Test
    void theServiceKeepsServingAfterBadRequests() throws Exception {
        post("/awards", INTELLIGENT); // recorded once; from now on every answer is the same repeat
        String expected = post("/awards", INTELLIGENT).body;
        assertTrue(expected.contains("\"repeat\":true"), expected);
        String[] bad = {
            "{",
            "[{\"id\": \"a\", \"id\": \"a\"}]",
            "[{\"x\": 1}]",
            "[null]",
            "[" + "[".repeat(100) + "]".repeat(100) + "]",
            "[" + "9".repeat(500) + "]",
            "[\"" + "x".repeat(200_000) + "\"]"
        };
        for (String body : bad) {
            assertProblem(post("/awards", body), 400, null);
            assertEquals(
                    expected, post("/awards", INTELLIGENT).body, "still serving after " + body.length() + " bytes");
        }
        assertProblem(post("/awards", " ".repeat(PolicyService.MAX_BODY_BYTES + 1)), 413, "body");
        assertProblem(get("/nowhere"), 404, null);
        assertProblem(get("/awards"), 405, null);
        assertEquals(expected, post("/awards", INTELLIGENT).body);
        Reply health = get("/actuator/health");
        assertEquals(200, health.status, health.body);
    }
}
