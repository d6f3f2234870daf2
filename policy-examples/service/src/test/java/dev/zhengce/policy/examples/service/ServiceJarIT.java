package dev.zhengce.policy.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The README's one command, second half: {@code java -jar} on the packaged service, in an empty
 * directory, as a person starts it. The first start creates {@code data/credentials} (owner-only)
 * and the H2 database; the service answers; it stops gracefully on SIGTERM; a second start in the
 * same directory keeps the credentials and the ledger (a retry is answered as a repeat).
 */
@Timeout(value = 400, unit = TimeUnit.SECONDS)
class ServiceJarIT {
    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String AWARD =
            "[{\"id\": \"J-1\", \"applicant\": \"center-j\", \"rule\": \"innovation-center-cultivation-subsidy\","
                    + " \"year\": 2019, \"listingYear\": 2018, \"costs\": {\"rd-equipment-purchase\": 10000000, \"pilot-test-equipment-purchase\": 0}}]";

    /** A running service and everything it printed. */
    private record Running(Process process, int port, StringBuffer log, Thread reader) {}

    private static Running start(Path home) throws Exception {
        Path jar = Path.of(System.getProperty("service.jar"));
        assertTrue(Files.isRegularFile(jar), jar.toString());
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        jar.toAbsolutePath().toString(),
                        "--server.port=0")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .start();
        p.getOutputStream().close();
        StringBuffer log = new StringBuffer();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader r =
                            new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line; (line = r.readLine()) != null; ) {
                            log.append(line).append('\n');
                            Matcher m = PORT.matcher(line);
                            if (m.find()) {
                                port.complete(Integer.parseInt(m.group(1)));
                            }
                        }
                    } catch (IOException e) {
                        // the process ended
                    }
                    port.complete(-1);
                },
                "service-log");
        reader.setDaemon(true);
        reader.start();
        int found = port.get(300, TimeUnit.SECONDS);
        assertTrue(found > 0, log.toString());
        return new Running(p, found, log, reader);
    }

    private static HttpResponse<String> send(
            Running service, String method, String path, String body, String credentials) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
                .timeout(Duration.ofSeconds(60))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (credentials != null) {
            b.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Stops the service with SIGTERM, as Ctrl-C or a process manager does; forcibly after a minute. */
    private static void stop(Running service) throws Exception {
        // SIGTERM through the process handle: Process.destroy() would also close the pipe of its output
        service.process().toHandle().destroy();
        if (!service.process().waitFor(60, TimeUnit.SECONDS)) {
            service.process().destroyForcibly();
        }
        service.reader().join(10_000); // everything it printed
    }

    private static void assertStoppedGracefully(Running service) {
        assertTrue(
                service.log().toString().contains("Graceful shutdown complete"),
                service.log().toString());
    }

    @Test
    void theJarStartsInAnEmptyDirectoryAndKeepsItsLedger() throws Exception {
        Files.createDirectories(Path.of("target"));
        Path home = Files.createTempDirectory(Path.of("target"), "jar-home-");
        Running first = start(home);
        String credentials;
        try {
            Path file = home.resolve("data/credentials");
            assertTrue(
                    first.log().toString().contains(file.getFileName().toString()),
                    first.log().toString());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            credentials = Files.readString(file, StandardCharsets.UTF_8).strip();
            assertTrue(credentials.startsWith("ledger-writer:"), "user:password");
            assertEquals(200, send(first, "GET", "/actuator/health", null, null).statusCode());
            HttpResponse<String> award = send(first, "POST", "/awards", AWARD, credentials);
            assertEquals(200, award.statusCode(), award.body());
            assertTrue(award.body().contains("\"amount\":\"2000000.00\""), award.body());
            assertEquals(401, send(first, "POST", "/awards", AWARD, null).statusCode());
        } finally {
            stop(first);
        }
        assertStoppedGracefully(first);
        assertTrue(Files.exists(home.resolve("data/ledger.mv.db")));

        Running second = start(home);
        try {
            assertEquals(
                    credentials,
                    Files.readString(home.resolve("data/credentials"), StandardCharsets.UTF_8)
                            .strip(),
                    "the same credentials");
            HttpResponse<String> retry = send(second, "POST", "/awards", AWARD, credentials);
            assertEquals(200, retry.statusCode(), retry.body());
            assertTrue(
                    retry.body().contains("\"repeat\":true") && retry.body().contains("\"amount\":\"2000000.00\""),
                    retry.body());
        } finally {
            stop(second);
        }
        assertStoppedGracefully(second);
    }
}
