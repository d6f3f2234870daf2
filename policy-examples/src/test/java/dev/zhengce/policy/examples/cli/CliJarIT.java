package dev.zhengce.policy.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar, run as users run it ({@code java -jar}), in the integration-test phase after
 * {@code package} built it. Failsafe passes its path as {@code cli.jar}; without one, the
 * tests are skipped.
 */
class CliJarIT {
    private static Path jar() {
        String path = System.getProperty("cli.jar");
        assumeTrue(path != null && Files.isRegularFile(Path.of(path)), "no shaded jar at " + path);
        return Path.of(path);
    }

    private static String[] run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar().toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        CompletableFuture<String> out = read(p.getInputStream());
        CompletableFuture<String> err = read(p.getErrorStream());
        int status = p.waitFor();
        return new String[] {Integer.toString(status), out.join(), err.join()};
    }

    private static CompletableFuture<String> read(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void jarComputesTheSampleAwardsAsInProcess() throws Exception {
        String[] r = run("--lang", "en", "subsidy", Run.SAMPLES + "applications.csv");
        assertEquals("0", r[0], r[2]);
        assertEquals("", r[2], "nothing on standard error: Moneta's INFO log is silenced");
        assertEquals(Files.readString(Run.GOLDEN.resolve("subsidy-table-en.txt"), StandardCharsets.UTF_8), r[1]);
    }

    /** The launcher records a class-data-sharing archive on its first run and maps it later: same output, no noise. */
    @Test
    void launcherGivesTheSameOutputWhileRecordingAndUsingItsArchive() throws Exception {
        jar();
        Path archive = Path.of("target", "zhengce.jsa");
        Files.deleteIfExists(archive);
        String golden = Files.readString(Run.GOLDEN.resolve("subsidy-table-en.txt"), StandardCharsets.UTF_8);
        for (int i = 0; i < 2; i++) {
            Process p = new ProcessBuilder("sh", "zhengce", "--lang", "en", "subsidy", Run.SAMPLES + "applications.csv")
                    .start();
            p.getOutputStream().close();
            CompletableFuture<String> out = read(p.getInputStream());
            CompletableFuture<String> err = read(p.getErrorStream());
            assertEquals(0, p.waitFor(), err.join());
            assertEquals(golden, out.join(), "run " + (i + 1));
            assertEquals("", err.join(), "run " + (i + 1) + ": the JVM's archive messages are silenced");
            assertTrue(Files.isRegularFile(archive), "the first run records the archive");
        }
    }

    @Test
    void jarExitsTwoOnBadInputWithNothingOnStdout() throws Exception {
        String[] r = run("subsidy", "no-such-file.csv");
        assertEquals("2", r[0]);
        assertEquals("", r[1]);
        assertTrue(r[2].contains("no-such-file.csv: no such file"), r[2]);
    }

    /** The ledger's migrations and both JDBC drivers are found inside the shaded jar, and Flyway keeps quiet. */
    @Test
    void jarKeepsALedgerAcrossRuns(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:" + dir.resolve("awards").toAbsolutePath();
        String[] march = run(
                "--lang",
                "en",
                "subsidy",
                "--ledger",
                url,
                "--recorded-by",
                "clerk-wang",
                Run.SAMPLES + "ledger-2019-03.csv");
        assertEquals("0", march[0], march[2]);
        assertEquals("", march[2], "nothing on standard error: Flyway's INFO log is silenced");
        String[] april = run("--lang", "en", "subsidy", "--ledger", url, Run.SAMPLES + "ledger-2019-04.csv");
        assertEquals("0", april[0], april[2]);
        assertTrue(april[1].contains("1,000,000.00 元  cap reached"), april[1]);
        String[] show = run("--lang", "en", "ledger", "show", "center-y", "--ledger", url);
        assertEquals("0", show[0], show[2]);
        assertTrue(show[1].contains("Granted: 3 awards, 8,000,000.00 元 in total; 4 recorded."), show[1]);
        String[] postgres = run(
                "subsidy",
                "--ledger",
                "jdbc:postgresql://127.0.0.1:1/awards?connectTimeout=5",
                Run.SAMPLES + "ledger-2019-03.csv");
        assertEquals("2", postgres[0]);
        assertEquals("", postgres[1]);
        assertTrue(postgres[2].contains("cannot open the database: Connection to 127.0.0.1:1 refused"), postgres[2]);
    }

    @Test
    void jarKeepsMonetasServicesAndConfiguration() throws IOException {
        try (ZipFile zip = new ZipFile(jar().toFile())) {
            ZipEntry properties = zip.getEntry("javamoney.properties");
            assertTrue(properties != null, "javamoney.properties");
            String text = new String(zip.getInputStream(properties).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(text.contains("org.javamoney.moneta.Money.defaults.precision=256"), text);
            ZipEntry currencies = zip.getEntry("META-INF/services/javax.money.spi.CurrencyProviderSpi");
            assertTrue(currencies != null, "currency providers");
            assertTrue(
                    new String(zip.getInputStream(currencies).readAllBytes(), StandardCharsets.UTF_8)
                            .contains("org.javamoney.moneta"),
                    "Moneta's currency provider");
            assertTrue(zip.getEntry("module-info.class") == null, "no module descriptor in a class-path jar");
        }
    }

    /** Writes {@code rows} valid applications as CSV. */
    private static Path applications(Path dir, int rows) throws IOException {
        Path file = dir.resolve("apps.csv");
        try (java.io.Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("id,applicant,rule,software-investment,hardware-investment\n");
            for (int i = 0; i < rows; i++) {
                w.write("A-" + i + ",E-" + (i % 1000) + ",intelligent-transformation-subsidy," + (100000 + i) + ".25,"
                        + (2 * i) + "\n");
            }
        }
        return file;
    }

    /** A file larger than the heap goes through a JVM of 24 MB: nothing holds the rows. */
    @Test
    void aFileLargerThanTheHeapGoesThroughInConstantMemory(@TempDir Path dir) throws Exception {
        Path input = applications(dir, 500_000);
        Path output = dir.resolve("awards.csv");
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx24m",
                "-jar",
                jar().toString(),
                "subsidy",
                "--format",
                "csv",
                "-o",
                output.toString(),
                input.toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), text);
        assertTrue(Files.size(input) > 24L << 20, "the input is larger than the heap");
        try (java.util.stream.Stream<String> lines = Files.lines(output)) {
            assertEquals(500_001, lines.count());
        }
    }

    /**
     * Ctrl-C (SIGINT, as the terminal sends it) while the output is being written: the shutdown
     * hook deletes the temporary file, and the earlier output file is left as it was.
     */
    @Test
    void ctrlCLeavesNoHalfWrittenFile(@TempDir Path dir) throws Exception {
        Path input = applications(dir, 2_000_000);
        Path output = dir.resolve("awards.csv");
        Files.writeString(output, "an earlier result\n");
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        jar().toString(),
                        "subsidy",
                        "--format",
                        "csv",
                        "-o",
                        output.toString(),
                        input.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        Path part = null;
        for (int i = 0; i < 600 && part == null && p.isAlive(); i++) {
            Thread.sleep(50);
            try (java.util.stream.Stream<Path> files = Files.list(dir)) {
                part = files.filter(f -> f.getFileName().toString().endsWith(".part"))
                        .findFirst()
                        .orElse(null);
            }
        }
        assertTrue(part != null, "the temporary file appeared while the tool was writing");
        Thread.sleep(300);
        assertTrue(p.isAlive(), "still writing: the input is long enough to interrupt it");
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start();
        assertEquals(0, kill.waitFor());
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "the tool stops on Ctrl-C");
        assertEquals(130, p.exitValue(), "128 + SIGINT");
        assertFalse(Files.exists(part), "the temporary file is deleted");
        assertEquals("an earlier result\n", Files.readString(output));
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            assertEquals(2, files.count(), "only the input and the earlier output");
        }
    }
}
