package dev.zhengce.policy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengce.policy.examples.chart.ScorecardChart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The entry points that do not quiet Moneta themselves, run as a person runs them (a fresh
 * JVM, their {@code main}), leave standard error empty: no "Using custom MathContext…" INFO
 * line. The SDK quiets Moneta's logger once, for every entry point.
 */
class QuietStandardErrorTest {
    private static final Path OBSERVATIONS =
            Path.of("src", "test", "resources", "dev", "zhengce", "policy", "examples", "observations-2019.json");

    @Test
    void theChartMainWritesNothingOnStandardError(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("scorecard.png");
        Process p = java(ScorecardChart.class.getName(), OBSERVATIONS.toString(), "2019", png.toString(), "en");
        CompletableFuture<String> out = read(p.getInputStream());
        CompletableFuture<String> err = read(p.getErrorStream());
        assertEquals(0, p.waitFor(), err.join());
        assertEquals(png.toString(), out.join().strip());
        assertTrue(Files.size(png) > 0, "the chart is written");
        assertEquals("", err.join());
    }

    @Test
    void theTourWritesNothingOnStandardError() throws Exception {
        Process p = java(Tour.class.getName(), "--lang", "en");
        CompletableFuture<String> out = read(p.getInputStream());
        CompletableFuture<String> err = read(p.getErrorStream());
        assertEquals(0, p.waitFor(), err.join());
        assertTrue(out.join().contains("green-transformation"), "the tour is printed");
        assertEquals("", err.join());
    }

    /** Starts a fresh JVM with this test's class path on a main class. */
    private static Process java(String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Djava.awt.headless=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        return p;
    }

    /** Reads a stream to its end on a thread of its own (the common pool may have only one). */
    private static CompletableFuture<String> read(InputStream in) {
        CompletableFuture<String> text = new CompletableFuture<>();
        Thread reader = new Thread(
                () -> {
                    try {
                        text.complete(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        text.completeExceptionally(new UncheckedIOException(e));
                    }
                },
                "child-output");
        reader.setDaemon(true);
        reader.start();
        return text;
    }
}
