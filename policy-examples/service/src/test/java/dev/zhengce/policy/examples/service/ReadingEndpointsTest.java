package dev.zhengce.policy.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zhengce.policy.calc.EnterpriseProfile;
import dev.zhengce.policy.calc.Match;
import dev.zhengce.policy.calc.Policy;
import dev.zhengce.policy.mengzhou.Mengzhou;
import dev.zhengce.policy.model.PolicyJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The open endpoints over real HTTP: the catalog, matching, attainment, health, the OpenAPI
 * document, and the metrics (for an account).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ReadingEndpointsTest extends ServiceTest {
    private static String resource(String name) throws IOException {
        try (InputStream in = ReadingEndpointsTest.class.getResourceAsStream(name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void catalogElementsAreServedWithTheirSentences() throws Exception {
        Reply rule = get("/catalog/rules/intelligent-transformation-subsidy");
        assertEquals(200, rule.status, rule.body);
        assertEquals("0.08", rule.json().path("rate").decimalValue().toPlainString());
        assertTrue(rule.json().path("citation").path("sentence").asText().contains("按照软硬件投资的8%予以补助"));
        // the element reads back as the model's own value
        assertEquals(
                Policy.mengzhou().catalog().subsidy("intelligent-transformation-subsidy"),
                PolicyJson.read(rule.body, dev.zhengce.policy.model.Subsidy.class));
        Reply target = get("/catalog/targets/high-tech-enterprises-2018");
        assertEquals(200, target.status, target.body);
        assertTrue(target.body.contains("突破15家"), target.body);
        Reply department = get("/catalog/departments/industry-it");
        assertEquals(200, department.status, department.body);
        assertEquals("industry-it", department.json().path("id").asText());
    }

    @Test
    void matchEqualsTheSdksMatch() throws Exception {
        String profile = resource("/dev/zhengce/policy/examples/samples/enterprise-profile.json");
        Reply reply = postOpen("/match", profile);
        assertEquals(200, reply.status, reply.body);
        List<Match> expected = Policy.mengzhou().subsidies().match(PolicyJson.read(profile, EnterpriseProfile.class));
        JsonNode matches = reply.json().path("matches");
        assertEquals(expected.size(), matches.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(
                    expected.get(i).rule().id(), matches.get(i).path("rule").asText());
            assertEquals(
                    expected.get(i).verdict().name(),
                    matches.get(i).path("verdict").asText());
            assertEquals(
                    expected.get(i).amount().map(a -> a.toPlainString()).orElse(""),
                    matches.get(i).path("amount").asText(""));
        }
        assertTrue(reply.body.contains("\"QUALIFIES\""), reply.body);
    }

    @Test
    void attainmentIsTheScorecardAsOfTheYear() throws Exception {
        Reply reply = postOpen(
                "/attainment?asOf=2019",
                Files.readString(
                        Path.of("../src/test/resources/dev/zhengce/policy/examples/observations-2019.json"),
                        StandardCharsets.UTF_8));
        assertEquals(200, reply.status, reply.body);
        JsonNode card = reply.json();
        assertEquals(2019, card.path("asOf").asInt());
        assertEquals(
                Mengzhou.catalog().targets().size(),
                card.path("overall").path("total").asInt());
        assertEquals(15, card.path("overall").path("MET").asInt());
        assertEquals(7, card.path("overall").path("NOT_MET").asInt());
        assertEquals(8, card.path("overall").path("ON_TRACK").asInt());
        assertEquals(3, card.path("overall").path("BEHIND").asInt());
        JsonNode highTech = null;
        for (JsonNode a : card.path("attainments")) {
            if (a.path("target").asText().equals("high-tech-enterprises-2018")) {
                highTech = a;
            }
        }
        assertNotNull(highTech);
        assertEquals("MET", highTech.path("verdict").asText());
        assertEquals("1.0667", highTech.path("ratio").asText());
    }

    @Test
    void healthIsOpenAndNamesTheCatalogAndTheDatabase() throws Exception {
        Reply health = get("/actuator/health");
        assertEquals(200, health.status, health.body);
        JsonNode json = health.json();
        assertEquals("UP", json.path("status").asText());
        assertEquals(
                "孟政〔2017〕25号",
                json.path("components")
                        .path("catalog")
                        .path("details")
                        .path("notice")
                        .asText());
        assertEquals("UP", json.path("components").path("db").path("status").asText(), health.body);
    }

    @Test
    void theOpenApiDocumentAndSwaggerUiAreServed() throws Exception {
        Reply doc = get("/v3/api-docs");
        assertEquals(200, doc.status, doc.body);
        JsonNode paths = doc.json().path("paths");
        for (String p : new String[] {
            "/awards",
            "/match",
            "/attainment",
            "/catalog/rules/{id}",
            "/catalog/targets/{id}",
            "/catalog/departments/{id}",
            "/ledger/{recipient}"
        }) {
            assertTrue(paths.has(p), p + " in " + paths.fieldNames());
        }
        Reply ui = get("/swagger-ui/index.html");
        assertEquals(200, ui.status);
        assertTrue(ui.body.contains("swagger"), ui.body);
    }

    @Test
    void metricsCountAwardsByRuleAndStatusAndTimeRequests() throws Exception {
        post("/awards", HostileInputTest.INTELLIGENT);
        assertProblem(get("/actuator/metrics/zhengce.awards"), 401, null);
        Reply awards = get(
                "/actuator/metrics/zhengce.awards?tag=rule:intelligent-transformation-subsidy&tag=status:PAYABLE",
                reader());
        assertEquals(200, awards.status, awards.body);
        assertTrue(awards.json().path("measurements").get(0).path("value").asDouble() >= 1, awards.body);
        Reply latency = get("/actuator/metrics/http.server.requests?tag=uri:/awards", reader());
        assertEquals(200, latency.status, latency.body);
        assertTrue(latency.body.contains("TOTAL_TIME"), latency.body);
    }
}
