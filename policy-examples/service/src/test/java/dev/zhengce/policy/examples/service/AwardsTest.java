package dev.zhengce.policy.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zhengce.policy.calc.Application;
import dev.zhengce.policy.calc.Award;
import dev.zhengce.policy.calc.Policy;
import dev.zhengce.policy.model.PolicyJson;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code POST /awards} over real HTTP: exact amounts, every verdict, the ledger across requests,
 * who may record, and eight clients racing for one recipient's yearly cap.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class AwardsTest extends ServiceTest {
    /** A recipient no other test uses. */
    private static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** An application of the cultivation subsidy (20 %, at most 3,000,000.00 a year per center). */
    static String cultivation(String id, String center, String equipment) {
        return "{\"id\": \"" + id + "\", \"applicant\": \"" + center
                + "\", \"rule\": \"innovation-center-cultivation-subsidy\","
                + " \"year\": 2019, \"listingYear\": 2018,"
                + " \"costs\": {\"rd-equipment-purchase\": " + equipment + ", \"pilot-test-equipment-purchase\": 0}}";
    }

    @Test
    void intelligentTransformationSubsidyIsEightPercentOfSoftwareAndHardware() throws Exception {
        Reply reply = post("/awards", HostileInputTest.INTELLIGENT);
        assertEquals(200, reply.status, reply.body);
        assertEquals("application/json;charset=UTF-8", reply.contentType.replace(" ", ""));
        JsonNode award = reply.json().get(0);
        assertEquals("H-0042", award.path("id").asText());
        assertEquals("PAYABLE", award.path("status").asText());
        assertTrue(award.path("amount").isTextual(), "money travels as a string");
        assertEquals("960000.00", award.path("amount").asText());
        assertEquals("12000000.00", award.path("base").asText());
        assertEquals("0.08", award.path("rate").asText());
        assertFalse(award.path("capBound").asBoolean());
        assertEquals(0, award.path("findings").size());
        assertTrue(award.path("explanation").path("zh").asText().contains("8% × 12,000,000.00 元 = 960,000.00 元"));
        assertTrue(award.path("explanation")
                .path("en")
                .asText()
                .contains("rounded half up to the fen: award 960,000.00 元"));
        assertTrue(award.path("citations").get(0).asText().contains("按照软硬件投资的8%予以补助,最高不超过1000万元"));
        assertEquals("孟政〔2017〕25号", award.path("provenance").path("notice").asText());
        assertEquals("none", award.path("provenance").path("overrides").asText());
    }

    @Test
    void aBatchIsAnsweredInOrderWithEveryVerdict() throws Exception {
        String center = fresh("center");
        String batch = "["
                // above the cap: 8% of 150,000,000 = 12,000,000 > 10,000,000
                + "{\"id\": \"" + fresh("cap") + "\", \"rule\": \"intelligent-transformation-subsidy\","
                + " \"costs\": {\"software-investment\": 50000000, \"hardware-investment\": 100000000}},"
                // the notice leaves the robot subsidy's ratio open: undetermined without one
                + "{\"id\": \"" + fresh("robot-open") + "\", \"rule\": \"robot-subsidy\","
                + " \"costs\": {\"robot-purchase-fee\": 100.05, \"robot-lease-fee\": 0}},"
                // with the caller's ratio: 10% of 100.05 = 10.005, half up to 10.01
                + "{\"id\": \"" + fresh("robot-local") + "\", \"rule\": \"robot-subsidy\", \"rate\": 0.1,"
                + " \"costs\": {\"robot-purchase-fee\": 100.05, \"robot-lease-fee\": 0}},"
                // one-time award, twice to the same applicant in one batch
                + "{\"id\": \"" + fresh("p1") + "\", \"applicant\": \"" + center
                + "\", \"rule\": \"provincial-innovation-center-award\", \"costs\": {}},"
                + "{\"id\": \"" + fresh("p2") + "\", \"applicant\": \"" + center
                + "\", \"rule\": \"provincial-innovation-center-award\", \"costs\": {}}"
                + "]";
        Reply reply = post("/awards", batch);
        assertEquals(200, reply.status, reply.body);
        JsonNode awards = reply.json();
        assertEquals(5, awards.size());
        assertEquals("10000000.00", awards.get(0).path("amount").asText());
        assertTrue(awards.get(0).path("capBound").asBoolean());
        assertEquals("UNDETERMINED", awards.get(1).path("status").asText());
        assertTrue(awards.get(1).path("amount").isMissingNode(), "no amount when undetermined");
        assertEquals(
                "MISSING_PARAMETER",
                awards.get(1).path("findings").get(0).path("kind").asText());
        assertEquals("10.01", awards.get(2).path("amount").asText());
        assertEquals("5000000.00", awards.get(3).path("amount").asText());
        assertEquals("PAYABLE", awards.get(3).path("status").asText());
        assertEquals("NOT_ELIGIBLE", awards.get(4).path("status").asText());
        assertEquals("0.00", awards.get(4).path("amount").asText());
        assertEquals(
                "ALREADY_AWARDED",
                awards.get(4).path("findings").get(0).path("kind").asText());
        assertEquals("[]", post("/awards", "[]").body);
    }

    /** Every amount over HTTP equals the SDK's own award of the same application, to the fen. */
    @Test
    void amountsOverHttpEqualTheSdksInProcess() throws Exception {
        Policy policy = Policy.mengzhou();
        List<Application> applications = new ArrayList<>();
        java.util.Random random = new java.util.Random(13);
        for (int i = 0; i < 200; i++) {
            BigDecimal software = BigDecimal.valueOf(random.nextInt(2_000_000_000), 2);
            BigDecimal hardware = BigDecimal.valueOf(random.nextInt(2_000_000_000), 2);
            BigDecimal robots = BigDecimal.valueOf(random.nextInt(900_000_000), 2);
            applications.add(
                    i % 2 == 0
                            ? Application.builder()
                                    .id(fresh("x"))
                                    .rule("intelligent-transformation-subsidy")
                                    .cost("software-investment", software.toPlainString())
                                    .cost("hardware-investment", hardware.toPlainString())
                                    .build()
                            : Application.builder()
                                    .id(fresh("r"))
                                    .rule("robot-subsidy")
                                    .rate(BigDecimal.valueOf(1 + random.nextInt(999), 3))
                                    .cost("robot-purchase-fee", robots.toPlainString())
                                    .cost("robot-lease-fee", software.toPlainString())
                                    .build());
        }
        Reply reply = post("/awards?explain=false", PolicyJson.write(applications));
        assertEquals(200, reply.status, reply.body);
        for (int i = 0; i < applications.size(); i++) {
            Award expected = policy.subsidies().award(applications.get(i));
            JsonNode got = reply.json().get(i);
            assertEquals(
                    expected.amount().orElseThrow().toPlainString(),
                    got.path("amount").asText(),
                    got.toString());
            assertTrue(got.path("explanation").isMissingNode(), "explain=false leaves the text out");
            assertEquals(
                    expected.citations().get(0).sentence(),
                    got.path("citations").get(0).asText());
        }
    }

    @Test
    void theLedgerHoldsAcrossRequests() throws Exception {
        String center = fresh("center");
        // 20 % of 10,000,000.00 = 2,000,000.00 within the 3,000,000.00 yearly cap
        JsonNode first = post("/awards", "[" + cultivation("c1-" + center, center, "10000000") + "]")
                .json()
                .get(0);
        assertEquals("2000000.00", first.path("amount").asText(), first.toString());
        // a second application in the same year gets what remains: 1,000,000.00
        JsonNode second = post("/awards", "[" + cultivation("c2-" + center, center, "10000000") + "]")
                .json()
                .get(0);
        assertEquals("PAYABLE", second.path("status").asText(), second.toString());
        assertEquals("1000000.00", second.path("amount").asText(), second.toString());
        assertEquals("1000000.00", second.path("remaining").asText(), second.toString());
        assertEquals(
                "c1-" + center,
                second.path("earlier").get(0).path("application").asText());
        assertTrue(second.path("capBound").asBoolean());
        // a third: nothing remains
        JsonNode third = post("/awards", "[" + cultivation("c3-" + center, center, "5000000") + "]")
                .json()
                .get(0);
        assertEquals("NOT_ELIGIBLE", third.path("status").asText(), third.toString());
        assertEquals("CAP_EXHAUSTED", third.path("findings").get(0).path("kind").asText());
        // a retry of the second (same id, same facts) gets the same award back, and pays nothing twice
        JsonNode retry = post("/awards", "[" + cultivation("c2-" + center, center, "10000000") + "]")
                .json()
                .get(0);
        assertTrue(retry.path("repeat").asBoolean(), retry.toString());
        assertFalse(second.has("repeat"), second.toString());
        ((com.fasterxml.jackson.databind.node.ObjectNode) retry).remove("repeat");
        assertEquals(second.toString(), retry.toString());
        // the same id with other facts is refused, naming the id
        assertProblem(post("/awards", "[" + cultivation("c2-" + center, center, "9000000") + "]"), 400, null);
        // what the ledger holds: 2,000,000.00 + 1,000,000.00 paid, the third refused, who recorded each
        Reply records = get("/ledger/" + center, reader());
        assertEquals(200, records.status, records.body);
        assertEquals(3, records.json().path("records").size(), records.body);
        for (JsonNode r : records.json().path("records")) {
            assertEquals("ledger-writer", r.path("recordedBy").asText(), r.toString());
        }
        BigDecimal paid = BigDecimal.ZERO;
        for (JsonNode r : records.json().path("records")) {
            if (r.path("status").asText().equals("PAYABLE")) {
                paid = paid.add(new BigDecimal(r.path("amount").asText()));
            }
        }
        assertEquals(new BigDecimal("3000000.00"), paid, records.body);
    }

    @Test
    void aBatchWithABadRowRecordsNothing() throws Exception {
        String center = fresh("center");
        String bad = "[" + cultivation("b1-" + center, center, "10000000")
                + ", {\"id\": \"b2\", \"rule\": \"innovation-center-cultivation-subsidy\", \"costs\": {}}]";
        assertProblem(post("/awards", bad), 400, null);
        assertEquals(
                0, get("/ledger/" + center, reader()).json().path("records").size());
        String twice = "[" + cultivation("t-" + center, center, "10000000") + ", "
                + cultivation("t-" + center, center, "1") + "]";
        assertProblem(post("/awards", twice), 400, "[1].id");
        assertEquals(
                0, get("/ledger/" + center, reader()).json().path("records").size());
    }

    /** A row the ledger refuses (its id settled before with other facts) refuses the batch: the rows before it are not recorded. */
    @Test
    void aBatchRefusedByTheLedgerAtARowRecordsNoneOfIt() throws Exception {
        String center = fresh("center");
        String other = fresh("center");
        assertEquals(200, post("/awards", "[" + cultivation("x1-" + center, center, "10000000") + "]").status);
        String batch = "[" + cultivation("x2-" + other, other, "10000000") + ", "
                + cultivation("x1-" + center, center, "9000000") + "]";
        Reply refused = post("/awards", batch);
        assertProblem(refused, 400, "[1].id");
        assertTrue(refused.body.contains("x1-" + center), refused.body);
        assertEquals(0, get("/ledger/" + other, reader()).json().path("records").size());
        // the batch corrected: its first row is new, and pays the full 2,000,000.00
        JsonNode first = post("/awards", "[" + cultivation("x2-" + other, other, "10000000") + "]")
                .json()
                .get(0);
        assertEquals("2000000.00", first.path("amount").asText(), first.toString());
        assertFalse(first.has("repeat"), first.toString());
    }

    @Test
    void recordingNeedsTheWritersRole() throws Exception {
        String center = fresh("center");
        String body = "[" + cultivation("s1-" + center, center, "10000000") + "]";
        HttpRequest.BodyPublisher json = HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        Reply anonymous = send("POST", "/awards", json, "application/json", null);
        assertProblem(anonymous, 401, null);
        assertTrue(anonymous.header("WWW-Authenticate").startsWith("Basic"), anonymous.header("WWW-Authenticate"));
        assertProblem(send("POST", "/awards", json, "application/json", "ledger-writer:" + "x".repeat(30)), 401, null);
        assertProblem(
                send("POST", "/awards", json, "application/json", writer().substring(0, writer().length() - 1)),
                401,
                null);
        assertProblem(send("POST", "/awards", json, "application/json", reader()), 403, null);
        // nothing was recorded: the writer's first try pays the full 2,000,000.00
        assertProblem(get("/ledger/" + center), 401, null);
        assertEquals(
                0, get("/ledger/" + center, reader()).json().path("records").size());
        assertEquals(
                "2000000.00", post("/awards", body).json().get(0).path("amount").asText());
        // the reading endpoints are open
        assertEquals(200, postOpen("/attainment?asOf=2019", "[]").status);
        assertEquals(200, get("/catalog/rules/robot-subsidy").status);
    }

    @Test
    void eightClientsRacingForOneYearlyCapNeverGetMoreThanIt() throws Exception {
        raceForOneYearlyCap();
    }
}
