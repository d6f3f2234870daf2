package dev.zhengce.policy.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error (me.tongfei:progressbar) for long work: rows done, rows per
 * second and the time left (estimated from the bytes read of the file's size). It appears only
 * when standard error is a terminal and the work has gone on for a second; piped or redirected,
 * nothing is drawn, and short runs never ask.
 */
final class Progress implements AutoCloseable {
    private static final long SECOND = 1_000_000_000L;

    private final boolean allowed;
    private final PrintStream err;
    private final String task;
    private final LongSupplier bytesRead;
    private final long size;
    private final long started = System.nanoTime();
    private long rows;
    private boolean asked;
    private ProgressBar bar;

    /**
     * Prepares a progress bar; nothing is drawn yet.
     *
     * @param allowed   whether the command's standard error is the process's (not captured)
     * @param err       the process's standard error
     * @param task      what is being done, shown before the bar
     * @param bytesRead the bytes read so far
     * @param size      the input's size in bytes, or -1 when not known (then no time left is shown)
     */
    Progress(boolean allowed, PrintStream err, String task, LongSupplier bytesRead, long size) {
        this.allowed = allowed;
        this.err = err;
        this.task = task;
        this.bytesRead = bytesRead;
        this.size = size;
    }

    /** One more row done. */
    void row() {
        if ((++rows & 0xfff) == 0 && allowed) {
            tick();
        }
    }

    private void tick() {
        if (bar == null) {
            if (asked || System.nanoTime() - started < SECOND) {
                return;
            }
            asked = true;
            if (!stderrIsTerminal()) {
                return;
            }
            bar = new ProgressBarBuilder()
                    .setTaskName(task)
                    .setInitialMax(estimate())
                    .setUnit(" rows", 1)
                    .showSpeed()
                    .setSpeedUnit(ChronoUnit.SECONDS)
                    .setStyle(ProgressBarStyle.UNICODE_BLOCK)
                    .setUpdateIntervalMillis(500)
                    .setConsumer(new ConsoleProgressBarConsumer(err, terminalWidth()))
                    .build();
        }
        bar.maxHint(estimate());
        bar.stepTo(rows);
    }

    /** The rows in all, from the share of the file's bytes read so far; -1 (no time left) when unknown. */
    private long estimate() {
        long read = bytesRead.getAsLong();
        if (size <= 0 || read <= 0) {
            return -1;
        }
        return Math.max(rows, (long) (rows * ((double) size / Math.min(read, size))));
    }

    /** Ends the bar, at 100 %, on its own line. */
    @Override
    public void close() {
        if (bar != null) {
            bar.maxHint(rows);
            bar.stepTo(rows);
            bar.close();
            bar = null;
        }
    }

    /**
     * The width of the terminal of standard error, from {@code stty size}; 80 when it cannot
     * tell. The bar is given it, so that the library does not open a JLine terminal of its own,
     * which would take over Ctrl-C from the JVM (and its shutdown hooks, which delete the
     * temporary files).
     */
    static int terminalWidth() {
        try {
            Process p = new ProcessBuilder("sh", "-c", "stty size <&2")
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            p.getOutputStream().close();
            String size =
                    new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).strip();
            if (p.waitFor() == 0 && size.matches("\\d+ \\d+")) {
                int columns = Integer.parseInt(size.substring(size.indexOf(' ') + 1));
                return columns > 20 ? columns - 1 : 80;
            }
        } catch (IOException e) {
            return 80;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 80;
    }

    /**
     * Whether this process's standard error is a terminal: on Linux from what file descriptor 2
     * is, elsewhere by asking {@code test -t 2} in a shell that inherits it.
     */
    static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        Path fd = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // not Linux: ask the shell
        }
        try {
            Process p = new ProcessBuilder("sh", "-c", "test -t 2")
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            p.getOutputStream().close();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
