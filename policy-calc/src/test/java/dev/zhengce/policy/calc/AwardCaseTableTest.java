package dev.zhengce.policy.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhengce.policy.mengzhou.Mengzhou;
import dev.zhengce.policy.model.Language;
import dev.zhengce.policy.model.PolicyJson;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The case table {@code award-cases.json}: application (with any what-if overrides) → expected
 * status, amount, cap, findings and a piece of the worked explanation. Covers every rule and its
 * boundaries.
 */
class AwardCaseTableTest {
    private static final SubsidyCalculator CALC = SubsidyCalculator.of(Mengzhou.catalog());

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = AwardCaseTableTest.class.getResourceAsStream("award-cases.json")) {
            JsonNode table = new ObjectMapper().readTree(in);
            List<Arguments> list = new ArrayList<>();
            table.forEach(c -> list.add(Arguments.of(c.get("case").asText(), c)));
            return list.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseHolds(String name, JsonNode c) {
        Application application = PolicyJson.read(c.get("application").toString(), Application.class);
        String[] overrides = c.has("overrides")
                ? StreamSupport.stream(c.get("overrides").spliterator(), false)
                        .map(JsonNode::asText)
                        .toArray(String[]::new)
                : new String[0];
        Award award = CALC.with(Overrides.parse(overrides)).award(application);
        assertEquals(Award.Status.valueOf(c.get("status").asText()), award.status(), award::toString);
        if (c.has("amount")) {
            assertEquals(
                    new BigDecimal(c.get("amount").asText()), award.amount().orElseThrow(), award::toString);
        } else {
            assertTrue(award.amount().isEmpty(), "undetermined: no amount, never a zero");
        }
        assertEquals(c.get("capBound").asBoolean(), award.capBound(), award::toString);
        List<String> findings = StreamSupport.stream(c.get("findings").spliterator(), false)
                .map(JsonNode::asText)
                .collect(Collectors.toList());
        assertEquals(
                findings, award.findings().stream().map(f -> f.kind().name()).collect(Collectors.toList()));
        String explanation = award.explain(Language.ZH) + "\n" + award.explain(Language.EN);
        assertTrue(
                explanation.contains(c.get("explanation").asText()),
                () -> "the explanation shows <" + c.get("explanation").asText() + ">:\n" + explanation);
    }

    @org.junit.jupiter.api.Test
    void everyPaymentRuleOfTheCatalogHasCases() throws IOException {
        java.util.Set<String> covered = cases().map(a ->
                        ((JsonNode) a.get()[1]).get("application").get("rule").asText())
                .collect(Collectors.toSet());
        List<String> rules = CALC.catalog().subsidies().stream()
                // the rules whose arithmetic the notice states; support of an unstated form and rules set
                // by another document compute nothing (InForceTest)
                .filter(r -> r.kind().computed())
                .map(dev.zhengce.policy.model.Subsidy::id)
                .collect(Collectors.toList());
        assertTrue(
                covered.containsAll(rules),
                () -> "rules without cases: "
                        + rules.stream().filter(r -> !covered.contains(r)).collect(Collectors.toList()));
    }
}
