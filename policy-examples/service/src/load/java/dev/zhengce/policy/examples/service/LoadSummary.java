package dev.zhengce.policy.examples.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Puts the load run's figures side by side: the awards per second through HTTP and the p50/p99
 * latency of a batch as Gatling measured them ({@code target/load/http.txt}; its HTML report is
 * under {@code target/gatling/}), the same batches in process ({@code target/load/in-process.txt}), and
 * the ratio (per-award cost over HTTP ÷ in process; goal ≤ 3); then the 政策计算器 page's
 * response times ({@code target/load/pages.txt}; goal: p95 within 200 ms). Writes
 * {@code target/load/summary.md}.
 */
public final class LoadSummary {
    private LoadSummary() {}

    /**
     * Prints and writes the summary.
     *
     * @param args the module's target directory, {@code target} by default
     * @throws IOException if a report cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "target");
        Map<String, double[]> inProcess = new LinkedHashMap<>();
        for (String line : Files.readAllLines(target.resolve("load/in-process.txt"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            inProcess.put(f[0], new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])});
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "machine: %d cores, %s %s; load average %.1f at the end%n%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage()));
        out.append(
                "| variant | awards/s | p50 per batch of 100 | p99 per batch of 100 | batches | per-award cost ÷ in process, ledger in memory | ÷ in process, same JDBC ledger and clients |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        for (String line : Files.readAllLines(target.resolve("load/http.txt"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            double perSecond = Double.parseDouble(f[1]);
            boolean explained = !f[0].contains("explain=false");
            double[] memory =
                    inProcess.get("in process, memory ledger, " + (explained ? "explained" : "explain=false"));
            double[] jdbc =
                    inProcess.get("in process, JDBC ledger (H2 file), " + (explained ? "explained" : "explain=false"));
            out.append(String.format(
                    Locale.ROOT,
                    "| HTTP, %s | %,.0f | %s ms | %s ms | %s | %.1f | %.2f |%n",
                    f[0],
                    perSecond,
                    f[2],
                    f[3],
                    f[4],
                    memory[0] / perSecond,
                    jdbc[0] / perSecond));
        }
        for (Map.Entry<String, double[]> e : inProcess.entrySet()) {
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %,.0f | %,.0f µs per batch (one thread's share) | | | | |%n",
                    e.getKey(),
                    e.getValue()[0],
                    e.getValue()[1]));
        }
        Path pages = target.resolve("load/pages.txt");
        if (Files.exists(pages)) {
            out.append("\n| page | users | requests/s | p50 | p95 (goal ≤ 200 ms) | p99 | requests |\n");
            out.append("|---|---|---|---|---|---|---|\n");
            for (String line : Files.readAllLines(pages, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t");
                out.append(String.format(
                        Locale.ROOT,
                        "| GET /web/calculator, %s | %s | %,.0f | %s ms | %s ms | %s ms | %s |%n",
                        f[0],
                        f[6],
                        Double.parseDouble(f[1]),
                        f[2],
                        f[3],
                        f[4],
                        f[5]));
            }
        }
        System.out.print(out);
        Files.writeString(target.resolve("load/summary.md"), out, StandardCharsets.UTF_8);
    }
}
