package dev.zhengce.policy.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengce.policy.mengzhou.Mengzhou;
import dev.zhengce.policy.model.Catalog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command on the shipped samples, against golden output files. */
class CliTest {
    private static final String APPS_CSV = Run.SAMPLES + "applications.csv";
    private static final String APPS_JSON = Run.SAMPLES + "applications.json";
    private static final String PROFILE = Run.SAMPLES + "enterprise-profile.json";
    private static final String OBS_CSV = Run.SAMPLES + "observations.csv";
    private static final String OBS_JSON = Run.SAMPLES + "observations.json";
    private static final String[] WHAT_IF = {
        "--set",
        "intelligent-transformation-subsidy.rate=0.10",
        "--set",
        "innovation-center-cultivation-subsidy.window-years=6"
    };

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("subsidy-table-en.txt", new String[] {"--lang", "en", "subsidy", APPS_CSV}),
                Arguments.of("subsidy-table-zh.txt", new String[] {"subsidy", APPS_JSON}),
                Arguments.of(
                        "subsidy-explain-en.txt", new String[] {"subsidy", "--lang", "en", "--explain", APPS_JSON}),
                Arguments.of(
                        "subsidy-json-en.json",
                        new String[] {"subsidy", "--lang", "en", "--format", "json", APPS_JSON}),
                Arguments.of("subsidy.csv", new String[] {"subsidy", "--lang", "en", "--format", "csv", APPS_CSV}),
                Arguments.of(
                        "subsidy-what-if-en.txt", concat(new String[] {"--lang", "en", "subsidy", APPS_CSV}, WHAT_IF)),
                Arguments.of("subsidy-what-if-zh.txt", concat(new String[] {"subsidy", APPS_CSV}, WHAT_IF)),
                Arguments.of(
                        "subsidy-what-if.json",
                        concat(new String[] {"subsidy", "--lang", "en", "--format", "json", APPS_JSON}, WHAT_IF)),
                Arguments.of(
                        "subsidy-what-if.csv", concat(new String[] {"subsidy", "--format", "csv", APPS_JSON}, WHAT_IF)),
                Arguments.of("match-en.txt", new String[] {"--lang", "en", "match", PROFILE}),
                Arguments.of("match-zh.txt", new String[] {"match", PROFILE}),
                Arguments.of("match.json", new String[] {"match", "--format", "json", PROFILE}),
                Arguments.of(
                        "attainment-en.txt", new String[] {"--lang", "en", "attainment", "--as-of", "2018", OBS_CSV}),
                Arguments.of("attainment-zh.txt", new String[] {"attainment", OBS_JSON}),
                Arguments.of(
                        "attainment-2020-en.json",
                        new String[] {"attainment", "--lang", "en", "--format", "json", "--as-of", "2020", OBS_JSON}),
                Arguments.of("catalog-list-plans-en.txt", new String[] {"--lang", "en", "catalog", "list", "plans"}),
                Arguments.of("catalog-list-tasks-zh.txt", new String[] {"catalog", "list", "tasks"}),
                Arguments.of("catalog-list-targets.txt", new String[] {"catalog", "list", "targets"}),
                Arguments.of("catalog-list-rules-en.txt", new String[] {"catalog", "list", "rules", "--lang", "en"}),
                Arguments.of("catalog-list-departments-zh.txt", new String[] {"catalog", "list", "departments"}),
                Arguments.of("catalog-search-zh.txt", new String[] {"catalog", "search", "创新中心"}),
                Arguments.of("catalog-search-en.txt", new String[] {"--lang", "en", "catalog", "search", "robot"}),
                Arguments.of(
                        "catalog-show-rule-en.txt",
                        new String[] {"--lang", "en", "catalog", "show", "innovation-center-cultivation-subsidy"}),
                Arguments.of(
                        "catalog-show-target-zh.txt", new String[] {"catalog", "show", "high-tech-enterprises-2018"}),
                Arguments.of(
                        "catalog-show-department-en.txt",
                        new String[] {"--lang", "en", "catalog", "show", "industry-it"}),
                Arguments.of("attainment-reading-en.txt", new String[] {
                    "--lang",
                    "en",
                    "attainment",
                    "--as-of",
                    "2018",
                    "--reading",
                    "renovation-investment-total=running-total",
                    OBS_CSV
                }),
                Arguments.of(
                        "catalog-list-ambiguities-en.txt",
                        new String[] {"--lang", "en", "catalog", "list", "ambiguities"}),
                Arguments.of("catalog-show-ambiguity-zh.txt", new String[] {"catalog", "show", "cultivated-count"}),
                Arguments.of(
                        "catalog-show-rule-set-by-en.txt",
                        new String[] {"--lang", "en", "catalog", "show", "iim-certified-support"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void commandPrintsItsGoldenOutput(String golden, String[] args) throws IOException {
        Run run = Run.of(args);
        assertEquals(0, run.status, run::toString);
        assertEquals("", run.err, run::toString);
        assertEquals(
                Run.golden(golden, run.out),
                run.out,
                () -> "differs from golden/" + golden
                        + " (regenerate with -Dgolden.update=true after checking the change)");
    }

    @Test
    void csvAndJsonSamplesGiveTheSameAwards() {
        for (String format : new String[] {"table", "json", "csv"}) {
            Run csv = Run.of("subsidy", "--format", format, APPS_CSV);
            Run json = Run.of("subsidy", "--format", format, APPS_JSON);
            assertEquals(0, csv.status, csv::toString);
            assertEquals(json.out, csv.out, format);
        }
    }

    @Test
    void csvAndJsonObservationsGiveTheSameScorecard() {
        Run csv = Run.of("attainment", "--format", "json", OBS_CSV);
        Run json = Run.of("attainment", "--format", "json", OBS_JSON);
        assertEquals(0, csv.status, csv::toString);
        assertEquals(json.out, csv.out);
    }

    @Test
    void standardInputReadsLikeAFile() throws IOException {
        String csv = Files.readString(Path.of(APPS_CSV), StandardCharsets.UTF_8);
        String json = Files.readString(Path.of(APPS_JSON), StandardCharsets.UTF_8);
        Run file = Run.of("subsidy", APPS_CSV);
        assertEquals(file.out, Run.withStdin(csv, "subsidy", "-").out);
        assertEquals(file.out, Run.withStdin(json, "subsidy", "-").out);
        assertEquals(file.out, Run.withStdin(csv, "subsidy", "--input-format", "csv", "-").out);
        String obs = Files.readString(Path.of(OBS_CSV), StandardCharsets.UTF_8);
        assertEquals(Run.of("attainment", OBS_CSV).out, Run.withStdin(obs, "attainment", "-").out);
    }

    @Test
    void catalogDumpReadsBackAsTheSameCatalog() {
        Run run = Run.of("catalog", "dump");
        assertEquals(0, run.status, run::toString);
        Catalog read = Catalog.read(new ByteArrayInputStream(run.out.getBytes(StandardCharsets.UTF_8)));
        assertEquals(Mengzhou.catalog().sha256(), read.sha256());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "subsidy",
                "match",
                "attainment",
                "catalog",
                "catalog list",
                "catalog search",
                "catalog show",
                "catalog dump"
            })
    void everyCommandHasHelp(String command) {
        String[] args = concat(command.isEmpty() ? new String[0] : command.split(" "), new String[] {"--help"});
        Run run = Run.of(args);
        assertEquals(0, run.status, run::toString);
        assertTrue(run.out.startsWith("Usage: zhengce"), run::toString);
        assertEquals("", run.err);
    }

    @Test
    void selfCheckPasses() {
        Zhengce.selfCheck();
    }

    static String[] concat(String[] a, String[] b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }
}
