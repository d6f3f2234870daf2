package dev.zhengce.policy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Moneta's INFO line ("Using custom MathContext…") stays off standard error whichever entry
 * point of the SDK reaches Moneta first: each case is a fresh JVM ({@link MonetaLogProbe}),
 * because Moneta logs once per JVM. Moneta reached without the SDK still logs, which shows
 * the probe would see the line; and an application that configures Moneta's logger keeps its
 * level.
 */
class MonetaLogTest {
    private static final String LINE = "Using custom MathContext";

    @ParameterizedTest
    @ValueSource(strings = {"catalog", "catalog-json", "json", "cny", "money-check"})
    void noEntryPointLetsMonetaLogItsConfiguration(String entry) throws Exception {
        String[] run = probe(List.of(), entry);
        assertEquals("0", run[0], run[2]);
        assertTrue(!run[1].isBlank(), "the probe printed what it got");
        assertEquals("", run[2], entry + ": nothing on standard error");
    }

    @Test
    void monetaWithoutTheSdkStillLogsIt() throws Exception {
        String[] run = probe(List.of(), "moneta-alone");
        assertEquals("0", run[0], run[2]);
        assertTrue(run[2].contains(LINE), run[2]);
    }

    @Test
    void aLevelTheApplicationConfiguredIsKept(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("logging.properties");
        Files.writeString(
                config,
                "handlers = java.util.logging.ConsoleHandler\n"
                        + "java.util.logging.ConsoleHandler.level = ALL\n"
                        + "org.javamoney.moneta.level = INFO\n",
                StandardCharsets.ISO_8859_1);
        String[] run = probe(List.of("-Djava.util.logging.config.file=" + config), "catalog");
        assertEquals("0", run[0], run[2]);
        assertTrue(run[2].contains(LINE), run[2]);
    }

    /** Runs the probe in a fresh JVM with this test's class path; returns exit status, stdout, stderr. */
    private static String[] probe(List<String> jvmOptions, String entry) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(MonetaLogProbe.class.getName());
        command.add(entry);
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        CompletableFuture<String> out = read(p.getInputStream());
        CompletableFuture<String> err = read(p.getErrorStream());
        int status = p.waitFor();
        return new String[] {Integer.toString(status), out.join(), err.join()};
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
