package dev.zhengce.policy.examples.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the applications of {@link StreamingRun} — every payable rule in turn, 100,000
 * enterprises, the same facts — as a CSV file for the command-line tool, so that
 * {@code cli-streaming.sh} measures the tool on the input the in-process figure is measured on:
 *
 * <pre>java -cp policy-examples/target/benchmarks.jar dev.zhengce.policy.examples.bench.StreamingInput 10000000 apps.csv</pre>
 */
public final class StreamingInput {
    /** The columns: the application's fields (with the quality award's honour), then every cost category or fact the fixtures use. */
    static final List<String> COLUMNS = List.of(
            "id",
            "applicant",
            "rule",
            "year",
            "listingYear",
            "rate",
            "amount",
            "honour",
            "software-investment",
            "hardware-investment",
            "rd-equipment-purchase",
            "pilot-test-equipment-purchase",
            "technology-introduction",
            "research-instruments",
            "equipment-purchase",
            "software-purchase",
            "new-investment",
            "robot-purchase-fee",
            "robot-lease-fee",
            "annual-revenue");

    private StreamingInput() {}

    /**
     * Writes the file.
     *
     * @param args the number of applications and the file
     * @throws IOException if it cannot be written
     */
    public static void main(String[] args) throws IOException {
        long n = Long.parseLong(args[0]);
        Path file = Path.of(args[1]);
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            out.write(String.join(",", COLUMNS));
            out.write('\n');
            List<String> cells = new ArrayList<>(COLUMNS.size());
            for (long i = 0; i < n; i++) {
                PlainApplication p = Fixtures.plain(Fixtures.ruleOf(i), i, "E-" + (i % StreamingRun.ENTERPRISES));
                cells.clear();
                cells.add(p.id());
                cells.add(p.applicant());
                cells.add(p.rule());
                cells.add(p.year() == null ? "" : p.year().toString());
                cells.add(p.listingYear() == null ? "" : p.listingYear().toString());
                cells.add(plain(p.rate()));
                cells.add(plain(p.amount()));
                cells.add(p.honour() == null ? "" : p.honour());
                Map<String, BigDecimal> costs = p.costs();
                for (String column : COLUMNS.subList(8, COLUMNS.size())) {
                    cells.add(plain(costs.get(column)));
                }
                out.write(String.join(",", cells));
                out.write('\n');
            }
        }
    }

    private static String plain(BigDecimal d) {
        return d == null ? "" : d.toPlainString();
    }
}
