package dev.zhengce.policy.model;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Moneta's log. Moneta writes its configuration to {@code java.util.logging} at INFO the first
 * time it makes an amount ("Using custom MathContext: precision=256, roundingMode=HALF_EVEN"),
 * which a command-line tool, a server or a JShell session would print on standard error. The
 * SDK sets the level of Moneta's logger, {@code org.javamoney.moneta}, to WARNING before it
 * first reaches Moneta, unless the application has configured a level for it (in its
 * {@code logging.properties} or in code); it touches no other logger and no handler.
 *
 * <p>The two classes through which the SDK reaches Moneta, {@link Cny} (every amount the SDK
 * makes or checks) and {@link PolicyJson} (amounts read from JSON), call {@link #quiet()} in
 * their static initialisers, so every entry point (a catalog, a calculator, the JSON mapping)
 * is covered once, without a call of its own.
 */
final class MonetaLog {
    /**
     * The one instance, made when this class is first used. It keeps Moneta's logger
     * reachable: the log manager holds loggers only weakly, and a logger collected before
     * Moneta's first message would take its level with it.
     */
    private static final MonetaLog QUIETED = new MonetaLog(Logger.getLogger("org.javamoney.moneta"));

    private final Logger moneta;

    private MonetaLog(Logger moneta) {
        this.moneta = moneta;
        if (moneta.getLevel() == null) {
            moneta.setLevel(Level.WARNING);
        }
    }

    /** Quiets Moneta's INFO log, once for the JVM: the work is done when this class is first used. */
    static void quiet() {
        // the static initialiser has run
    }
}
