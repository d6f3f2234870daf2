package dev.zhengce.policy.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhengce.policy.model.PolicyJson;
import dev.zhengce.policy.model.Target;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The case table {@code attainment-cases.json}: a target, its observations, the year and any
 * assumptions → the expected verdict, ratio, gap and trajectory value. Covers every comparison.
 */
class AttainmentCaseTableTest {
    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = AttainmentCaseTableTest.class.getResourceAsStream("attainment-cases.json")) {
            List<Arguments> list = new ArrayList<>();
            new ObjectMapper()
                    .readTree(in)
                    .forEach(c -> list.add(Arguments.of(c.get("case").asText(), c)));
            return list.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseHolds(String name, JsonNode c) {
        Target target = PolicyJson.read(c.get("target").toString(), Target.class);
        List<Observation> observations = new ArrayList<>();
        c.get("observations").forEach(o -> observations.add(PolicyJson.read(o.toString(), Observation.class)));
        AttainmentEvaluator evaluator = AttainmentEvaluator.of(TestCatalogs.of(List.of(target), List.of()));
        if (c.has("assumptions")) {
            evaluator = evaluator.with(PolicyJson.read(c.get("assumptions").toString(), Assumptions.class));
        }
        Attainment a = evaluator.evaluate(target, observations, c.get("asOf").asInt());
        assertEquals(Attainment.Verdict.valueOf(c.get("verdict").asText()), a.verdict(), a::toString);
        assertEquals(target.aspirational(), a.aspirational());
        if (c.has("ratio")) {
            assertEquals(new BigDecimal(c.get("ratio").asText()), a.ratio().orElseThrow(), a::toString);
        }
        if (c.has("gap")) {
            assertEquals(
                    0, new BigDecimal(c.get("gap").asText()).compareTo(a.gap().orElseThrow()), a::toString);
        }
        if (c.has("expected")) {
            assertEquals(
                    0,
                    new BigDecimal(c.get("expected").asText())
                            .compareTo(a.expected().orElseThrow()),
                    a::toString);
        }
    }
}
