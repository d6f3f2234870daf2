package dev.zhengce.policy.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zhengce.policy.model.Language;
import dev.zhengce.policy.model.Subsidy;
import dev.zhengce.policy.model.Unit;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bundles load with the SDK on the module path, where a named module's bundles must sit in
 * its own package and be loaded by the module itself: a fresh JVM runs a program from the class
 * path against {@code dev.zhengce.policy.model} and {@code dev.zhengce.policy.calc} as named
 * modules (Jackson and the money API beside them; Moneta's core, which the texts do not need,
 * left out, as its descriptor requires okhttp3) and prints what the class path gives here.
 */
class ModulePathTest {
    @Test
    void theTextsAreTheSameOnTheModulePath() throws Exception {
        List<String> entries = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .collect(Collectors.toList());
        String modules = entries.stream()
                .filter(e -> {
                    String name = Path.of(e).getFileName().toString();
                    return e.endsWith("policy-calc" + File.separator + "target" + File.separator + "classes")
                            || e.endsWith("policy-model" + File.separator + "target" + File.separator + "classes")
                            || name.startsWith("policy-model-")
                            || name.startsWith("jackson-")
                            || name.startsWith("money-api");
                })
                .collect(Collectors.joining(File.pathSeparator));
        String tests = entries.stream()
                .filter(e -> e.endsWith("test-classes"))
                .findFirst()
                .orElseThrow();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path",
                modules,
                "--add-modules",
                "dev.zhengce.policy.calc",
                "-cp",
                tests,
                "dev.zhengce.policy.probe.ModulePathProbe"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        // a guard against a hang only: nothing here measures time
        p.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, p.exitValue(), out);
        assertEquals(
                String.join(
                        "\n",
                        "dev.zhengce.policy.calc",
                        Unit.PERCENTAGE_POINTS.symbol(Locale.CHINA),
                        Subsidy.CapPeriod.PER_PROJECT.displayName(Language.EN.locale()),
                        Award.Status.NOT_ELIGIBLE.displayName(Locale.CHINA),
                        Attainment.Verdict.ON_TRACK.displayName(Locale.ENGLISH)),
                out.strip());
    }
}
