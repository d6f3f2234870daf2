package dev.zhengce.policy.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The notice's ambiguities on the command line: choosing a reading, the verdicts it changes, bad choices. */
class CliReadingsTest {
    private static final String OBS = "[{\"target\": \"green-so2-emissions-2020\", \"year\": 2017, \"value\": 1300},"
            + " {\"target\": \"green-so2-emissions-2020\", \"year\": 2018, \"value\": 1100},"
            + " {\"target\": \"green-so2-emissions-2020\", \"year\": 2019, \"value\": 1100},"
            + " {\"target\": \"green-so2-emissions-2020\", \"year\": 2020, \"value\": 1000}]";

    @Test
    void aReadingChangesTheVerdictAndTheOutputSaysWhichAndWhy() throws Exception {
        Run asWritten = Run.withStdin(OBS, "attainment", "--format", "json", "--as-of", "2020",
                "--quota", "green-so2-emissions-2020=1200", "-");
        Run everyYear = Run.withStdin(OBS, "attainment", "--format", "json", "--as-of", "2020", "--lang", "en",
                "--quota", "green-so2-emissions-2020=1200", "--reading", "emission-quota-years=every-year", "-");
        assertEquals(0, everyYear.status, everyYear::toString);
        assertTrue(!new ObjectMapper().readTree(asWritten.out).has("divergence"), "no reading chosen, nothing compared");
        JsonNode doc = new ObjectMapper().readTree(everyYear.out);
        assertEquals("every-year", doc.get("readings").get("emission-quota-years").asText());
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
        Run own = Run.withStdin(OBS, "attainment", "--as-of", "2020", "--reading", "emission-quota-years=in-2020",
                "--reading", "cultivated-count=level", "-");
        assertEquals(asWritten.out, own.out);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "no-such-ambiguity=flow|no ambiguity with this id",
        "cultivated-count=stock|one of [level, flow]",
        "cultivated-count|write ambiguity=reading",
    })
    void aBadReadingExitsTwoNamingItAndWritesNothing(String reading, String message) {
        Run run = Run.withStdin(OBS, "attainment", "--reading", reading, "-");
        assertEquals(2, run.status, run::toString);
        assertEquals("", run.out);
        assertTrue(run.err.contains("--reading") && run.err.contains(message), run.err);
    }

    @Test
    void anAssumptionIsCheckedAgainstTheTargetAsRead() {
        Run run = Run.withStdin("[]", "attainment", "--reading", "universal-renovation=qualitative",
                "--threshold", "renovation-coverage-2020=95", "-");
        assertEquals(2, run.status, run::toString);
        assertTrue(run.err.contains("the target is QUALITATIVE, not FULL_COVERAGE"), run.err);
    }
}
