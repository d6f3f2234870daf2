package dev.zhengce.policy.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input: exit status 2, a message naming the file, the row (for CSV the line) and the
 * field, and nothing on standard output. Each case writes its input to a file named in the
 * table, runs the command on it, and looks for the expected words in the message.
 */
class CliErrorsTest {
    private static final String HEADER = "id,rule,software-investment,hardware-investment";

    static Stream<Arguments> cases() {
        return Stream.of(
                // CSV applications
                Arguments.of(
                        "apps.csv",
                        HEADER + "\nA-1,intelligent-transformation-subsidy,abc,0\n",
                        "subsidy",
                        "apps.csv: line 2, field software-investment = abc: not a number"),
                Arguments.of(
                        "apps.csv",
                        HEADER
                                + "\nA-1,intelligent-transformation-subsidy,1.00,0\nA-2,intelligent-transformation-subsidy,1.234,0\n",
                        "subsidy",
                        "apps.csv: line 3, field software-investment = 1.234: amount in yuan with at most 2 decimals"),
                Arguments.of(
                        "apps.csv",
                        HEADER + "\nA-1,intelligent-transformation-subsidy,-5,0\n",
                        "subsidy",
                        "apps.csv: line 2, field software-investment = -5: amount must not be negative"),
                Arguments.of(
                        "apps.csv",
                        HEADER + "\nA-1,intelligent-transformation-subsidy,1e6,0\n",
                        "subsidy",
                        "apps.csv: line 2, field software-investment = 1e6: not a number"),
                Arguments.of(
                        "apps.csv",
                        "id,rule,colour\nA-1,robot-subsidy,red\n",
                        "subsidy",
                        "apps.csv: line 1, column 3 \"colour\": unknown column"),
                Arguments.of(
                        "apps.csv",
                        "id,software-investment\nA-1,5\n",
                        "subsidy",
                        "apps.csv: line 1: missing column \"rule\""),
                Arguments.of(
                        "apps.csv",
                        "id,rule,rule\nA-1,robot-subsidy,robot-subsidy\n",
                        "subsidy",
                        "apps.csv: line 1, column 3 \"rule\": named twice"),
                Arguments.of(
                        "apps.csv",
                        HEADER + "\nA-1,intelligent-transformation-subsidy,5\n",
                        "subsidy",
                        "apps.csv: line 2: 3 cells, but the header has 4 columns; missing: [hardware-investment]"),
                Arguments.of(
                        "apps.csv",
                        HEADER + "\nA-1,intelligent-transformation-subsidy,5,0,7\n",
                        "subsidy",
                        "apps.csv: line 2: 5 cells, but the header has 4 columns"),
                Arguments.of(
                        "apps.csv",
                        HEADER + "\n,intelligent-transformation-subsidy,5,0\n",
                        "subsidy",
                        "apps.csv: line 2, field id: required, empty"),
                Arguments.of(
                        "apps.csv",
                        HEADER + "\nA-1,intelligent-transformation-subsidy,5,\n",
                        "subsidy",
                        "apps.csv: line 2 (A-1), field hardware-investment: rule intelligent-transformation-subsidy is a share of"),
                Arguments.of(
                        "apps.csv",
                        "id,rule,year\nA-1,provincial-innovation-center-award,20x0\n",
                        "subsidy",
                        "apps.csv: line 2, field year = 20x0: not a year"),
                Arguments.of(
                        "apps.csv",
                        "id,rule,year\nA-1,provincial-innovation-center-award,2016\n",
                        "subsidy",
                        "apps.csv: line 2 (A-1), field year = 2016: rule provincial-innovation-center-award does not cover years before the notice"),
                Arguments.of(
                        "apps.csv",
                        "id,rule,rate,robot-purchase-fee,robot-lease-fee\nA-1,robot-subsidy,1.5,10,0\n",
                        "subsidy",
                        "apps.csv: line 2, field rate = 1.5: a rate is within [0, 1]"),
                Arguments.of(
                        "apps.csv",
                        "id,rule\nA-1,no-such-rule\n",
                        "subsidy",
                        "apps.csv: line 2 (A-1), field rule = no-such-rule: no money rule with this id"),
                Arguments.of("apps.csv", "", "subsidy", "apps.csv: empty"),
                // JSON applications
                Arguments.of(
                        "apps.json",
                        "[{\"id\":\"A-1\",\"rule\":\"robot-subsidy\",\"costs\":{\"robot-purchase-fee\":1.234,\"robot-lease-fee\":0}}]",
                        "subsidy",
                        "apps.json: row [0], field costs.robot-purchase-fee = 1.234: amount must have at most 2 decimals"),
                Arguments.of(
                        "apps.json",
                        "[{\"id\":\"A-1\",\"rule\":\"robot-subsidy\",\"costs\":{\"robot-purchase-fee\":10,\"robot-lease-fee\":0}},{\"id\":\"A-2\",\"rule\":\"robot-subsidy\",\"colour\":1}]",
                        "subsidy",
                        "apps.json: row [1], field colour"),
                Arguments.of(
                        "apps.json",
                        "[{\"id\":\"A-1\",\"rule\":\"differential-electricity-price\",\"costs\":{\"electricity-consumption\":10}}]",
                        "subsidy",
                        "apps.json: row [0] (A-1), field rule = differential-electricity-price: a surcharge"),
                Arguments.of(
                        "apps.json",
                        "[{\"id\":\"A-1\",\"rule\":\"robot-subsidy\",\"costs\":{\"robot-purchase-fee\":\"12\"}}]",
                        "subsidy",
                        "apps.json: row [0], field costs.robot-purchase-fee"),
                Arguments.of("apps.json", "{\"id\":", "subsidy", "apps.json"),
                // observations
                Arguments.of(
                        "obs.csv",
                        "target,year,value\ngreen-energy-intensity-2020,2016,-0.9\n",
                        "attainment",
                        "obs.csv: line 2 (green-energy-intensity-2020), field value = -0.9: an amount of t of standard coal per 10,000 yuan is not negative"),
                Arguments.of(
                        "obs.csv",
                        "target,year,value\nno-such-target,2017,1\n",
                        "attainment",
                        "obs.csv: line 2 (no-such-target), field target = no-such-target"),
                Arguments.of(
                        "obs.csv",
                        "target,year,value,judgement\nintelligent-scope-2020,2018,,MAYBE\n",
                        "attainment",
                        "obs.csv: line 2, field judgement = MAYBE: one of MET, NOT_MET"),
                Arguments.of(
                        "obs.csv",
                        "target,value\nrenovation-share-2017,15\n",
                        "attainment",
                        "obs.csv: line 1: missing column \"year\""),
                Arguments.of(
                        "obs.csv",
                        "target,year,value\nrenovation-share-2017,2017,\n",
                        "attainment",
                        "obs.csv: line 2, field value: an observation gives a value or a judgement"),
                Arguments.of(
                        "obs.json",
                        "[{\"target\":\"renovating-enterprises-2017\",\"year\":2017,\"value\":40.5}]",
                        "attainment",
                        "obs.json: row [0] (renovating-enterprises-2017), field value = 40.5: a count is a whole number"),
                // profiles
                Arguments.of(
                        "profile.json",
                        "{\"id\":\"E\",\"statuses\":[\"famous\"]}",
                        "match",
                        "profile.json: statuses = famous: unknown status"),
                Arguments.of(
                        "profile.json",
                        "{\"id\":\"E\",\"facts\":{\"annual-revenue\":-1}}",
                        "match",
                        "profile.json: field facts.annual-revenue = -1: amount must not be negative"));
    }

    @ParameterizedTest(name = "{2} {0}: {3}")
    @MethodSource("cases")
    void badInputExitsTwoNamingFileRowAndFieldWithNothingOnStdout(
            String name, String content, String command, String expected, @TempDir Path dir) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Run run = Run.of(command, file.toString());
        assertEquals(2, run.status, run::toString);
        assertEquals("", run.out, run::toString);
        assertTrue(run.err.contains(expected), () -> "expected «" + expected + "» in\n" + run);
    }

    static Stream<Arguments> usage() {
        return Stream.of(
                Arguments.of(new String[] {"subsidy", "no/such/file.csv"}, "no/such/file.csv: no such file"),
                Arguments.of(
                        new String[] {"subsidy", "--set", "robot-subsidy.speed=3", Run.SAMPLES + "applications.csv"},
                        "--set robot-subsidy.speed=3 = speed: unknown parameter"),
                Arguments.of(
                        new String[] {"subsidy", "--set", "robot-subsidy.rate=0.3", Run.SAMPLES + "applications.csv"},
                        "line 10 (A-09), field rate = 0.15: the notice states the rate of robot-subsidy"),
                Arguments.of(
                        new String[] {"subsidy", "--set", "nope.rate=0.3", Run.SAMPLES + "applications.csv"},
                        "--set subsidy = nope: no subsidy with this id"),
                Arguments.of(new String[] {"subsidy", "--format", "xml", Run.SAMPLES + "applications.csv"}, "--format"),
                Arguments.of(new String[] {"--lang", "fr", "catalog", "list", "plans"}, "--lang = fr: zh or en"),
                Arguments.of(
                        new String[] {"attainment", "--as-of", "1999", Run.SAMPLES + "observations.csv"},
                        "--as-of = 1999"),
                Arguments.of(
                        new String[] {"catalog", "show", "no-such-id"},
                        "ID = no-such-id: no plan, task, target, rule, ambiguity or department"),
                Arguments.of(new String[] {"catalog", "list", "cities"}, "KIND"),
                Arguments.of(new String[] {"catalog"}, "name a command"),
                Arguments.of(new String[] {}, "name a command"),
                Arguments.of(new String[] {"frobnicate"}, "frobnicate"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("usage")
    void badUsageExitsTwoWithNothingOnStdout(String[] args, String expected) {
        Run run = Run.of(args);
        assertEquals(2, run.status, run::toString);
        assertEquals("", run.out, run::toString);
        assertTrue(run.err.contains(expected), () -> "expected «" + expected + "» in\n" + run);
    }
}
