package dev.zhengce.policy.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The analyst's numbers the notice leaves open (左右, 基本实现全覆盖, a quota) on the command line. */
class CliAssumptionsTest {
    private static final String OBS = "[{\"target\": \"intelligent-enterprises-2020\", \"year\": 2020, \"value\": 6},"
            + " {\"target\": \"rd-institution-coverage-2020\", \"year\": 2020, \"value\": 96}]";

    private static String verdict(Run run, String target) throws Exception {
        assertEquals(0, run.status, run::toString);
        for (JsonNode t : new ObjectMapper().readTree(run.out).get("targets")) {
            if (t.get("target").asText().equals(target)) {
                return t.get("verdict").asText();
            }
        }
        throw new AssertionError(target + " not in " + run.out);
    }

    /** 5家左右 with 6 observed: within a tolerance of 1, not within 0.5; without one, a judgement is needed. */
    @ParameterizedTest
    @CsvSource({
        "'',NEEDS_JUDGEMENT",
        "intelligent-enterprises-2020=1,MET",
        "intelligent-enterprises-2020=0.5,NOT_MET",
    })
    void aboutNeedsTheAnalystsTolerance(String tolerance, String expected) throws Exception {
        Run run = tolerance.isEmpty()
                ? Run.withStdin(OBS, "attainment", "--as-of", "2020", "--format", "json", "-")
                : Run.withStdin(
                        OBS, "attainment", "--as-of", "2020", "--format", "json", "--tolerance", tolerance, "-");
        assertEquals(expected, verdict(run, "intelligent-enterprises-2020"));
    }

    @ParameterizedTest
    @CsvSource({"95,MET", "96,MET", "96.5,NOT_MET"})
    void fullCoverageIsMeasuredAgainstTheStatedThreshold(String threshold, String expected) throws Exception {
        Run run = Run.withStdin(
                OBS,
                "attainment",
                "--as-of",
                "2020",
                "--format",
                "json",
                "--threshold",
                "rd-institution-coverage-2020=" + threshold,
                "-");
        assertEquals(expected, verdict(run, "rd-institution-coverage-2020"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--tolerance|no-such-target=1|no target with this id",
                "--tolerance|green-factories-2020=1|the target is AT_LEAST, not ABOUT",
                "--threshold|intelligent-enterprises-2020=95|not FULL_COVERAGE",
                "--quota|green-so2-emissions-2020=-1|a plain non-negative decimal",
                "--quota|green-so2-emissions-2020=1e3|a plain non-negative decimal",
            })
    void badAssumptionsExitTwoNamingTheOptionAndWriteNothing(String option, String value, String message) {
        Run run = Run.withStdin(OBS, "attainment", option, value, "-");
        assertEquals(2, run.status, run::toString);
        assertEquals("", run.out);
        assertTrue(run.err.contains(option) && run.err.contains(message), run.err);
    }
}
