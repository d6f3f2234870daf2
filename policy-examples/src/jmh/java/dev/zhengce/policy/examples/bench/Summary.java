package dev.zhengce.policy.examples.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the JSON results of a JMH run ({@code -rf json -rff FILE}) and prints one Markdown
 * row per benchmark and parameters: the SDK, the baseline its goal is set against, the ratio,
 * the goal and whether it is met, then the other methods of the same run (each with the SDK's
 * ratio to it). Timings only: no money passes through here.
 */
public final class Summary {
    /** What a benchmark class compares: the SDK's method, its baseline, the goal (or none), the others shown. */
    private record Spec(String sdk, String baseline, Double goal, List<String> others) {}

    private static final Map<String, Spec> SPECS = Map.of(
            "AwardBench", new Spec("sdk", "cappedShare", 3.0, List.of("bigDecimal", "moneta")),
            "LedgerBench", new Spec("ledger", "noLedger", 2.0, List.of()),
            "JsonIngestBench", new Spec("sdk", "jacksonRecord", 2.0, List.of()),
            "CatalogLoadBench", new Spec("sdk", "jacksonTree", null, List.of()));
    private static final Spec OTHERWISE = new Spec("sdk", "bigDecimal", null, List.of("moneta"));

    private Summary() {}

    /**
     * Prints the table.
     *
     * @param args the JMH result file
     * @throws IOException if it cannot be read
     */
    public static void main(String[] args) throws IOException {
        JsonNode results = new ObjectMapper().readTree(new File(args.length > 0 ? args[0] : "target/jmh.json"));
        Map<String, Map<String, Measured>> rows = new LinkedHashMap<>();
        boolean cpu = false;
        for (JsonNode r : results) {
            String name = r.get("benchmark").asText();
            String shortName = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            String bench = shortName.substring(0, shortName.indexOf('.'));
            String method = shortName.substring(shortName.indexOf('.') + 1);
            StringBuilder params = new StringBuilder();
            if (r.has("params")) {
                r.get("params")
                        .properties()
                        .forEach(p -> params.append(' ')
                                .append(p.getKey().equals("rule") ? "" : p.getKey() + "=")
                                .append(p.getValue().asText()));
            }
            JsonNode metric = r.get("primaryMetric");
            double perCall = nanos(metric.get("scoreUnit").asText());
            JsonNode secondary = r.path("secondaryMetrics");
            Measured m = new Measured(
                    metric.get("score").asDouble() * perCall,
                    metric.get("scoreError").asDouble() * perCall,
                    secondary.path("cpu.time.norm").path("score").asDouble(Double.NaN),
                    secondary.path("alloc.norm").path("score").asDouble(Double.NaN));
            cpu |= !Double.isNaN(m.cpu());
            rows.computeIfAbsent(bench + params, k -> new LinkedHashMap<>()).put(method, m);
        }
        System.out.println("| benchmark | SDK | baseline | ratio | goal | met |"
                + (cpu ? " CPU time: SDK, baseline, ratio |" : "") + " also measured (SDK's ratio) |");
        System.out.println("|---|---|---|---|---|---|" + (cpu ? "---|" : "") + "---|");
        for (Map.Entry<String, Map<String, Measured>> e : rows.entrySet()) {
            Map<String, Measured> m = e.getValue();
            Spec spec = SPECS.getOrDefault(e.getKey().split(" ")[0], OTHERWISE);
            Measured sdk = m.get(spec.sdk());
            Measured base = m.get(spec.baseline());
            if (sdk == null || base == null) {
                continue;
            }
            double ratio = sdk.time() / base.time();
            StringBuilder also = new StringBuilder();
            for (String other : spec.others()) {
                if (m.containsKey(other)) {
                    also.append(also.length() == 0 ? "" : "; ")
                            .append(other)
                            .append(' ')
                            .append(time(m.get(other).time(), m.get(other).error()))
                            .append(String.format(
                                    Locale.ROOT,
                                    " (%.2f)",
                                    sdk.time() / m.get(other).time()));
                }
            }
            Double goal = spec.goal();
            String cpuCells = !cpu
                    ? ""
                    : Double.isNaN(sdk.cpu()) || Double.isNaN(base.cpu())
                            ? " — |"
                            : String.format(
                                    Locale.ROOT,
                                    " %s, %s, %.2f |",
                                    time(sdk.cpu(), Double.NaN),
                                    time(base.cpu(), Double.NaN),
                                    sdk.cpu() / base.cpu());
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %s%s | %s%s (%s) | %.2f | %s | %s |%s %s |%n",
                    e.getKey(),
                    time(sdk.time(), sdk.error()),
                    bytes(sdk),
                    time(base.time(), base.error()),
                    bytes(base),
                    spec.baseline(),
                    ratio,
                    goal == null ? "—" : "≤ " + goal.intValue() + "×",
                    goal == null ? "—" : ratio <= goal ? "met" : "not met",
                    cpuCells,
                    also.length() == 0 ? "—" : also);
        }
    }

    /** What was measured of one method: time and its error per call in ns, CPU time (ns) and bytes allocated per call. */
    private record Measured(double time, double error, double cpu, double alloc) {}

    private static String bytes(Measured m) {
        return Double.isNaN(m.alloc()) ? "" : String.format(Locale.ROOT, ", %.0f B", m.alloc());
    }

    /** Returns how many nanoseconds one unit of a JMH score unit ({@code ns/op}, {@code us/op}, …) is. */
    private static double nanos(String unit) {
        switch (unit.substring(0, unit.indexOf('/'))) {
            case "ns":
                return 1;
            case "us":
                return 1e3;
            case "ms":
                return 1e6;
            case "s":
                return 1e9;
            default:
                throw new IllegalArgumentException("a score unit that is not a time per operation: " + unit);
        }
    }

    /** Returns a time and its error, in the unit that suits it. */
    private static String time(double t, double error) {
        double scale = t >= 1e6 ? 1e6 : t >= 1e3 ? 1e3 : 1;
        String unit = scale == 1e6 ? "ms" : scale == 1e3 ? "µs" : "ns";
        return Double.isNaN(error)
                ? String.format(Locale.ROOT, "%.1f %s", t / scale, unit)
                : String.format(Locale.ROOT, "%.1f ± %.1f %s", t / scale, error / scale, unit);
    }
}
