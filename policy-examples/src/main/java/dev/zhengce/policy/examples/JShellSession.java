package dev.zhengce.policy.examples;

import dev.zhengce.policy.calc.Policy;

/**
 * What the JShell start-up script ({@code policy-examples/src/main/jshell/startup.jsh}) runs in
 * the session: one call instead of a snippet per step, because JShell compiles every snippet of
 * a start-up script separately and each costs a fresh session tens of milliseconds.
 */
public final class JShellSession {
    private JShellSession() {}

    /**
     * Starts a session: loads the Mengzhou catalog and its calculators and prints the greeting.
     * (The SDK quiets Moneta's INFO log itself.)
     *
     * @return the policy of the bundled catalog, whose {@code catalog()} is {@code Mengzhou.catalog()}
     */
    public static Policy start() {
        Policy policy = Policy.mengzhou();
        System.out.println("zhengce: `catalog` is " + policy.catalog().notice().number()
                + "; try catalog.plans(), policy.subsidies()");
        return policy;
    }

    /**
     * Runs {@link #start()} once outside JShell: {@code policy-examples/jshell} records the
     * class-data-sharing archive of the session's JVM this way (a JVM started by JShell, with
     * its debugger agent, cannot record one).
     *
     * @param args none
     */
    public static void main(String[] args) {
        start();
    }
}
