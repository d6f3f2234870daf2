package dev.zhengce.policy.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhengce.policy.calc.Application;
import dev.zhengce.policy.calc.Award;
import dev.zhengce.policy.calc.SubsidyCalculator;
import dev.zhengce.policy.mengzhou.Mengzhou;
import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.PolicyJson;
import dev.zhengce.policy.model.Readings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The notice's ambiguities on the command line: choosing a reading, the verdicts and the amounts
 * it changes, bad choices.
 */
class CliReadingsTest {
    private static final String OBS = "[{\"target\": \"green-so2-emissions-2020\", \"year\": 2017, \"value\": 1300},"
            + " {\"target\": \"green-so2-emissions-2020\", \"year\": 2018, \"value\": 1100},"
            + " {\"target\": \"green-so2-emissions-2020\", \"year\": 2019, \"value\": 1100},"
            + " {\"target\": \"green-so2-emissions-2020\", \"year\": 2020, \"value\": 1000}]";

    @Test
    void aReadingChangesTheVerdictAndTheOutputSaysWhichAndWhy() throws Exception {
        Run asWritten = Run.withStdin(
                OBS,
                "attainment",
                "--format",
                "json",
                "--as-of",
                "2020",
                "--quota",
                "green-so2-emissions-2020=1200",
                "-");
        Run everyYear = Run.withStdin(
                OBS,
                "attainment",
                "--format",
                "json",
                "--as-of",
                "2020",
                "--lang",
                "en",
                "--quota",
                "green-so2-emissions-2020=1200",
                "--reading",
                "emission-quota-years=every-year",
                "-");
        assertEquals(0, everyYear.status, everyYear::toString);
        assertTrue(
                !new ObjectMapper().readTree(asWritten.out).has("divergence"), "no reading chosen, nothing compared");
        JsonNode doc = new ObjectMapper().readTree(everyYear.out);
        assertEquals(
                "every-year", doc.get("readings").get("emission-quota-years").asText());
        JsonNode row = doc.get("divergence").get(0);
        assertEquals(1, doc.get("divergence").size());
        assertEquals("green-so2-emissions-2020", row.get("target").asText());
        assertEquals("MET", row.get("asWritten").asText());
        assertEquals("NOT_MET", row.get("asRead").asText());
        assertEquals("emission-quota-years=every-year", row.get("reading").asText());
        assertTrue(row.get("sentence").asText().startsWith("节能环保产业竞争力显著提高"), row::toString);
        assertTrue(row.get("reasonAsRead").asText().contains("not attained in [2017]"), row::toString);
    }

    @Test
    void choosingTheCatalogsOwnReadingChangesNothing() {
        Run asWritten = Run.withStdin(OBS, "attainment", "--as-of", "2020", "-");
        Run own = Run.withStdin(
                OBS,
                "attainment",
                "--as-of",
                "2020",
                "--reading",
                "emission-quota-years=in-2020",
                "--reading",
                "cultivated-count=level",
                "-");
        assertEquals(asWritten.out, own.out);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "attainment|no-such-ambiguity=flow|no ambiguity with this id",
                "attainment|cultivated-count=stock|one of [level, flow]",
                "attainment|cultivated-count|write ambiguity=reading",
                "subsidy|no-such-ambiguity=flow|no ambiguity with this id",
                "subsidy|green-subsidy-base=whole|one of [new-investment, total-investment]",
                "subsidy|green-subsidy-base|write ambiguity=reading",
            })
    void aBadReadingExitsTwoNamingItAndWritesNothing(String command, String reading, String message) {
        Run run = command.equals("attainment")
                ? Run.withStdin(OBS, "attainment", "--reading", reading, "-")
                : Run.of("subsidy", "--reading", reading, Run.SAMPLES + "applications.csv");
        assertEquals(2, run.status, run::toString);
        assertEquals("", run.out);
        assertTrue(run.err.contains("--reading") && run.err.contains(message), run.err);
    }

    @Test
    void anAssumptionIsCheckedAgainstTheTargetAsRead() {
        Run run = Run.withStdin(
                "[]",
                "attainment",
                "--reading",
                "universal-renovation=qualitative",
                "--threshold",
                "renovation-coverage-2020=95",
                "-");
        assertEquals(2, run.status, run::toString);
        assertTrue(run.err.contains("the target is QUALITATIVE, not FULL_COVERAGE"), run.err);
    }

    /**
     * {@code subsidy --reading}: every sample application computed under both readings, each side
     * as the SDK computes it with the catalog as written and with the catalog read the other way;
     * the output names the reading, its reason and the sentence.
     */
    @Test
    void subsidyComparesTheAwardsOfTwoReadingsAsTheSdkComputesThem() throws Exception {
        Run run = Run.of(
                "subsidy",
                "--format",
                "json",
                "--reading",
                "green-subsidy-base=total-investment",
                Run.SAMPLES + "applications.json");
        assertEquals(0, run.status, run::toString);
        JsonNode doc = new ObjectMapper()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readTree(run.out);
        assertEquals(
                "total-investment",
                doc.get("readings").get("green-subsidy-base").asText());
        Catalog catalog = Mengzhou.catalog();
        SubsidyCalculator written = SubsidyCalculator.of(catalog);
        SubsidyCalculator read =
                SubsidyCalculator.of(catalog.under(Readings.parse("green-subsidy-base=total-investment")));
        List<Application> applications = List.of(
                PolicyJson.read(Files.readString(Path.of(Run.SAMPLES + "applications.json")), Application[].class));
        // each side a batch of its own, through its own ledger, as the tool computes it
        List<Award> baselines = written.awards(applications.stream()).collect(Collectors.toList());
        List<Award> alternatives = read.awards(applications.stream()).collect(Collectors.toList());
        assertEquals(applications.size(), doc.get("comparison").size());
        int changed = 0;
        for (int i = 0; i < applications.size(); i++) {
            JsonNode row = doc.get("comparison").get(i);
            Award baseline = baselines.get(i);
            Award alternative = alternatives.get(i);
            assertEquals(applications.get(i).id(), row.get("id").asText());
            assertEquals(amount(baseline), amount(row.get("baseline")), row::toString);
            assertEquals(amount(alternative), amount(row.get("alternative")), row::toString);
            changed += baseline.amount().equals(alternative.amount()) ? 0 : 1;
        }
        assertEquals(1, changed, "only the eligible green application (A-07) changes");
        assertTrue(
                doc.get("provenance")
                        .get("catalogVersion")
                        .asText()
                        .endsWith("read as green-subsidy-base=total-investment"),
                doc::toString);

        Run table = Run.of(
                "subsidy",
                "--lang",
                "en",
                "--reading",
                "green-subsidy-base=total-investment",
                Run.SAMPLES + "applications.csv");
        assertEquals(0, table.status, table::toString);
        assertTrue(table.out.startsWith("What-if: green-subsidy-base=total-investment\n"), table.out);
        assertTrue(
                table.out.contains("Readings chosen:\n  green-subsidy-base=total-investment: a share of the project's "
                        + "total investment — "),
                table.out);
        String sentence = catalog.ambiguity("green-subsidy-base").citation().sentence();
        assertTrue(table.out.contains("“" + sentence + "”"), table.out);
    }

    /** The amount as a number, whatever its scale (the reader of the JSON drops trailing zeros); {@code none} if none. */
    private static String amount(Award award) {
        return award.amount().map(a -> a.stripTrailingZeros().toPlainString()).orElse("none");
    }

    private static String amount(JsonNode award) {
        return award.has("amount") && !award.get("amount").isNull()
                ? new java.math.BigDecimal(award.get("amount").asText())
                        .stripTrailingZeros()
                        .toPlainString()
                : "none";
    }

    @Test
    void subsidyUnderTheCatalogsOwnReadingIsTheSubsidyAsWritten() {
        Run asWritten = Run.of("subsidy", "--lang", "en", Run.SAMPLES + "applications.csv");
        Run own = Run.of(
                "subsidy",
                "--lang",
                "en",
                "--reading",
                "green-subsidy-base=new-investment",
                Run.SAMPLES + "applications.csv");
        assertEquals(0, own.status, own::toString);
        assertEquals(asWritten.out, own.out);
    }
}
