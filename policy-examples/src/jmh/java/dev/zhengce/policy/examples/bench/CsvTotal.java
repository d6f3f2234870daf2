package dev.zhengce.policy.examples.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sums the amount column of the tool's CSV output of awards, exactly, and counts the rows, so
 * that {@code cli-streaming.sh} checks the tool against the in-process run's total:
 *
 * <pre>java -cp policy-examples/target/benchmarks.jar dev.zhengce.policy.examples.bench.CsvTotal awards.csv</pre>
 */
public final class CsvTotal {
    private CsvTotal() {}

    /**
     * Prints the rows and the total of their amounts.
     *
     * @param args the CSV file (columns id,applicant,rule,status,amount,…; the amount never quoted)
     * @throws IOException if it cannot be read
     */
    public static void main(String[] args) throws IOException {
        BigDecimal total = BigDecimal.ZERO;
        long rows = 0;
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String line = in.readLine();
            if (line == null || !line.startsWith("id,applicant,rule,status,amount,")) {
                throw new IllegalArgumentException("not the tool's awards: " + line);
            }
            while ((line = in.readLine()) != null) {
                rows++;
                int a = 0;
                for (int i = 0; i < 4; i++) {
                    a = line.indexOf(',', a) + 1;
                }
                String amount = line.substring(a, line.indexOf(',', a));
                if (!amount.isEmpty()) {
                    total = total.add(new BigDecimal(amount));
                }
            }
        }
        System.out.println("rows " + rows + ", total of the amounts " + total.toPlainString());
    }
}
