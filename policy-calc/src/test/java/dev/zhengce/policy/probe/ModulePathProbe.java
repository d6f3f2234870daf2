package dev.zhengce.policy.probe;

import dev.zhengce.policy.calc.Attainment;
import dev.zhengce.policy.calc.Award;
import dev.zhengce.policy.model.Subsidy;
import dev.zhengce.policy.model.Unit;
import java.util.Locale;

/**
 * Prints texts of both SDK modules' bundles, run by {@code ModulePathTest} with the SDK on the
 * module path: each bundle is in its module's own package, and only the module itself can load it.
 */
public final class ModulePathProbe {
    private ModulePathProbe() {}

    /**
     * Prints one text of each bundle per line, and the module that holds the calculators.
     *
     * @param args none
     */
    public static void main(String[] args) {
        System.out.println(Award.class.getModule().getName());
        System.out.println(Unit.PERCENTAGE_POINTS.symbol(Locale.CHINA));
        System.out.println(Subsidy.CapPeriod.PER_PROJECT.displayName(Locale.ENGLISH));
        System.out.println(Award.Status.NOT_ELIGIBLE.displayName(Locale.CHINA));
        System.out.println(Attainment.Verdict.ON_TRACK.displayName(Locale.ENGLISH));
    }
}
