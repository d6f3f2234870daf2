package dev.zhengce.policy.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 1,000 slow clients on loopback cannot hold the service: half dribble their headers a byte at a
 * time, half send part of their headers and then nothing. While they are held, health answers
 * each request within one second and a normal batch of awards succeeds; the silent ones are
 * closed by the server after its connection timeout. Bounded in count and time, it stops by
 * itself.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class SlowClientsTest extends ServiceTest {
    private static final int SLOW = 1000;
    /** How long the slow clients are held while the service is asked to work. */
    private static final Duration HELD = Duration.ofSeconds(8);

    @Test
    void slowClientsDoNotHoldTheService() throws Exception {
        // the same health check before any slow client: on a busy machine (other builds on its two
        // cores) the one-second limit grows to five times the slowest of these, so that the test
        // measures what slow clients do, not what the machine's load does
        long baseline = 0;
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            assertEquals(200, get("/actuator/health").status);
            baseline = Math.max(baseline, System.nanoTime() - t0);
        }
        Duration limit = Duration.ofNanos(Math.max(Duration.ofSeconds(1).toNanos(), 5 * baseline));
        List<Long> latencies = new ArrayList<>();
        List<Socket> dribbling = new ArrayList<>();
        List<Socket> silent = new ArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        Thread dribbler = null;
        try {
            for (int i = 0; i < SLOW; i++) {
                Socket s = new Socket();
                s.connect(new InetSocketAddress("127.0.0.1", port), (int) GUARD.toMillis());
                s.setSoTimeout(1);
                s.getOutputStream()
                        .write(("GET /actuator/health HTTP/1.1\r\nHost: localhost\r\nX-Slow-" + i + ": ")
                                .getBytes(StandardCharsets.US_ASCII));
                (i % 2 == 0 ? dribbling : silent).add(s);
            }
            // one byte per dribbling client about every 500 ms (under the 5 s connection timeout),
            // never the end of the headers
            dribbler = new Thread(
                    () -> {
                        while (!stop.get()) {
                            for (Socket s : dribbling) {
                                try {
                                    s.getOutputStream().write('a');
                                } catch (IOException e) {
                                    // closed by the server: nothing more to send
                                }
                            }
                            try {
                                Thread.sleep(500);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    },
                    "dribbler");
            dribbler.setDaemon(true);
            dribbler.start();

            long end = System.nanoTime() + HELD.toNanos();
            int healthChecks = 0;
            boolean batchDone = false;
            while (System.nanoTime() < end) {
                // each health check within the limit, or the request times out and the test fails
                long t0 = System.nanoTime();
                HttpResponse<String> health;
                try {
                    health = CLIENT.send(
                            HttpRequest.newBuilder(uri("/actuator/health"))
                                    .timeout(limit)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                } catch (java.net.http.HttpTimeoutException e) {
                    throw new AssertionError(
                            "health did not answer within " + limit.toMillis() + " ms while "
                                    + SLOW + " slow clients were held; earlier checks (ms): " + millis(latencies)
                                    + ", before them: " + baseline / 1_000_000 + " ms at most",
                            e);
                }
                latencies.add(System.nanoTime() - t0);
                assertEquals(200, health.statusCode(), health.body());
                healthChecks++;
                if (!batchDone) {
                    Reply batch = post("/awards", HostileInputTest.INTELLIGENT);
                    assertEquals(200, batch.status, batch.body);
                    assertEquals("960000.00", batch.json().get(0).path("amount").asText());
                    batchDone = true;
                }
                Thread.sleep(250);
            }
            assertTrue(healthChecks >= 10, "health checks: " + healthChecks);

            // the silent clients were closed by the server after its connection timeout (5 s)
            int closed = 0;
            for (Socket s : silent) {
                if (closedByServer(s)) {
                    closed++;
                }
            }
            assertEquals(silent.size(), closed, "silent connections closed by the server");
        } finally {
            stop.set(true);
            if (dribbler != null) {
                dribbler.interrupt();
                dribbler.join(5000);
            }
            for (Socket s : dribbling) {
                s.close();
            }
            for (Socket s : silent) {
                s.close();
            }
        }
    }

    private static List<Long> millis(List<Long> nanos) {
        List<Long> ms = new ArrayList<>();
        nanos.forEach(n -> ms.add(n / 1_000_000));
        return ms;
    }

    /** Whether the server closed the connection (end of stream or reset), waiting up to 2 s for it. */
    private static boolean closedByServer(Socket s) throws IOException {
        s.setSoTimeout(2000);
        InputStream in = s.getInputStream();
        try {
            while (true) {
                int b = in.read();
                if (b < 0) {
                    return true;
                }
                // a reply (a 400 for a request cut short, say) and then the end: keep reading
            }
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset
        }
    }
}
