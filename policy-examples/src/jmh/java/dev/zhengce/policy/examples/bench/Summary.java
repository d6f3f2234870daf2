package dev.zhengce.policy.examples.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the JSON results of a JMH run ({@code -rf json -rff FILE}) and prints one Markdown
 * row per benchmark: the SDK, its baseline, the ratio, the naive Moneta way where there is
 * one, the goal and whether it is met. Timings only: no money passes through here.
 */
public final class Summary {
    private static final Map<String, Double> GOALS = Map.of("AwardBench", 3.0, "JsonIngestBench", 2.0);

    private Summary() {
    }

    /**
     * Prints the table.
     *
     * @param args the JMH result file
     * @throws IOException if it cannot be read
     */
    public static void main(String[] args) throws IOException {
        JsonNode results = new ObjectMapper().readTree(new File(args.length > 0 ? args[0] : "target/jmh.json"));
        Map<String, Map<String, JsonNode>> rows = new LinkedHashMap<>();
        for (JsonNode r : results) {
            String name = r.get("benchmark").asText();
            String shortName = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            String bench = shortName.substring(0, shortName.indexOf('.'));
            String method = shortName.substring(shortName.indexOf('.') + 1);
            String params = r.has("params") ? r.get("params").elements().next().asText() : "";
            rows.computeIfAbsent(bench + (params.isEmpty() ? "" : " " + params), k -> new LinkedHashMap<>())
                    .put(method, r.get("primaryMetric"));
        }
        System.out.println("| benchmark | SDK | baseline | ratio | goal | met | naive Moneta |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Map.Entry<String, Map<String, JsonNode>> e : rows.entrySet()) {
            Map<String, JsonNode> m = e.getValue();
            JsonNode sdk = m.get("sdk");
            String baselineName = m.containsKey("bigDecimal") ? "bigDecimal" : m.containsKey("jacksonRecord")
                    ? "jacksonRecord" : "jacksonTree";
            JsonNode base = m.get(baselineName);
            double ratio = sdk.get("score").asDouble() / base.get("score").asDouble();
            Double goal = GOALS.get(e.getKey().split(" ")[0]);
            System.out.printf(Locale.ROOT, "| %s | %s | %s (%s) | %.2f | %s | %s | %s |%n", e.getKey(), score(sdk),
                    score(base), baselineName, ratio, goal == null ? "—" : "≤ " + goal.intValue() + "×",
                    goal == null ? "—" : ratio <= goal ? "met" : "not met",
                    m.containsKey("moneta") ? score(m.get("moneta")) : "—");
        }
    }

    private static String score(JsonNode metric) {
        return String.format(Locale.ROOT, "%.1f ± %.1f %s", metric.get("score").asDouble(),
                metric.get("scoreError").asDouble(), metric.get("scoreUnit").asText());
    }
}
