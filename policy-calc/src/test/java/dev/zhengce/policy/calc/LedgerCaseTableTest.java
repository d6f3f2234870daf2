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
 * The case table {@code ledger-cases.json}: a sequence of applications → the award of each, as
 * caps and once-only awards hold per recipient across them. Each case runs three ways, which
 * must agree: one application per call against one ledger, the whole sequence as one batch
 * ({@link SubsidyCalculator#awards(Stream)}), and split into two batches against one ledger.
 */
class LedgerCaseTableTest {
    private static final SubsidyCalculator CALC = SubsidyCalculator.of(Mengzhou.catalog());

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = LedgerCaseTableTest.class.getResourceAsStream("ledger-cases.json")) {
            JsonNode table = new ObjectMapper().readTree(in);
            List<Arguments> list = new ArrayList<>();
            for (JsonNode c : table) {
                for (String way : List.of("one call each", "one batch", "two batches")) {
                    list.add(Arguments.of(c.get("case").asText() + " (" + way + ")", way, c));
                }
            }
            return list.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseHolds(String name, String way, JsonNode c) {
        String[] overrides = c.has("overrides")
                ? StreamSupport.stream(c.get("overrides").spliterator(), false)
                        .map(JsonNode::asText)
                        .toArray(String[]::new)
                : new String[0];
        SubsidyCalculator calc = CALC.with(Overrides.parse(overrides));
        List<Application> applications = StreamSupport.stream(
                        c.get("applications").spliterator(), false)
                .map(a -> PolicyJson.read(a.toString(), Application.class))
                .collect(Collectors.toList());
        List<Award> awards = new ArrayList<>();
        Ledger ledger = Ledger.inMemory();
        switch (way) {
            case "one call each":
                applications.forEach(a -> awards.add(calc.award(a, ledger)));
                break;
            case "one batch":
                calc.awards(applications.stream()).forEach(awards::add);
                break;
            default:
                int half = applications.size() / 2;
                calc.awards(applications.subList(0, half).stream(), ledger).forEach(awards::add);
                calc.awards(applications.subList(half, applications.size()).stream(), ledger)
                        .forEach(awards::add);
        }
        JsonNode expected = c.get("expected");
        assertEquals(expected.size(), awards.size());
        for (int i = 0; i < awards.size(); i++) {
            Award award = awards.get(i);
            JsonNode e = expected.get(i);
            String where = name + " #" + (i + 1) + ":\n" + award;
            assertEquals(Award.Status.valueOf(e.get("status").asText()), award.status(), where);
            assertEquals(
                    new BigDecimal(e.get("amount").asText()), award.amount().orElseThrow(), where);
            assertEquals(e.path("capBound").asBoolean(false), award.capBound(), where);
            assertEquals(e.path("repeat").asBoolean(false), award.repeat(), where);
            List<String> findings = StreamSupport.stream(e.get("findings").spliterator(), false)
                    .map(JsonNode::asText)
                    .collect(Collectors.toList());
            assertEquals(
                    findings,
                    award.findings().stream().map(f -> f.kind().name()).collect(Collectors.toList()),
                    where);
            if (e.has("explanation")) {
                String explanation = award.explain(Language.ZH) + "\n" + award.explain(Language.EN);
                assertTrue(
                        explanation.contains(e.get("explanation").asText()),
                        () -> "the explanation shows <" + e.get("explanation").asText() + ">:\n" + explanation);
            }
        }
    }
}
