package dev.zhengce.policy.examples.ledger;

import dev.zhengce.policy.calc.Application;
import dev.zhengce.policy.calc.Award;
import dev.zhengce.policy.calc.Ledger;
import dev.zhengce.policy.calc.Policy;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * The child process of {@link LedgerDurabilityTest}: settles a batch of {@link Sequences}
 * against a ledger at a JDBC URL, as a monthly batch job would, and prints one line per award
 * once the ledger has returned it (that is, committed it):
 * {@code settled ID STATUS AMOUNT repeat|new}.
 */
public final class BatchProcess {
    private BatchProcess() {}

    /**
     * Runs the batch.
     *
     * @param args the JDBC URL, the number of applications, the seed of their generator
     */
    public static void main(String[] args) {
        String url = args[0];
        int count = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        List<Application> batch = Sequences.random(new Random(seed), count);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (JdbcLedger ledger = JdbcLedger.open(url, "sa", "")) {
            Ledger clerk = ledger.recordingAs("batch-job");
            Iterator<Award> awards =
                    Policy.mengzhou().subsidies().awards(batch.stream(), clerk).iterator();
            out.println("opened");
            while (awards.hasNext()) {
                Award a = awards.next();
                out.println("settled " + a.application().id() + " " + a.status() + " "
                        + a.amount().map(x -> x.toPlainString()).orElse("-") + " " + (a.repeat() ? "repeat" : "new"));
            }
        }
        out.println("done");
    }
}
