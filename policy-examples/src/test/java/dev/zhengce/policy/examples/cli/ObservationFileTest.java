package dev.zhengce.policy.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengce.policy.calc.Observation;
import dev.zhengce.policy.calc.Policy;
import dev.zhengce.policy.calc.Scorecard;
import dev.zhengce.policy.model.PolicyJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command-line tool's observation reader as an upload reaches it: a name and bytes. */
class ObservationFileTest {
    private static final String SAMPLES = "/dev/zhengce/policy/examples/samples/";

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = ObservationFileTest.class.getResourceAsStream(SAMPLES + name)) {
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"observations.csv", "observations.xlsx", "observations.json"})
    void everySampleReadsAsTheJsonSample(String name) throws IOException {
        List<Observation> json = Arrays.asList(
                PolicyJson.read(new String(sample("observations.json"), StandardCharsets.UTF_8), Observation[].class));
        ObservationFile file = ObservationFile.read(name, new ByteArrayInputStream(sample(name)));
        assertEquals(name, file.name());
        assertEquals(json.size(), file.observations().size());
        // a workbook's numbers keep no trailing zeros (1.2, not 1.2000): the same values, the same verdicts
        assertEquals(
                verdicts(Policy.mengzhou().attainment().scorecard(json, 2019)),
                verdicts(file.scorecard(Policy.mengzhou().attainment(), 2019)));
    }

    private static List<String> verdicts(Scorecard card) {
        return card.attainments().stream()
                .map(a -> a.target().id() + " " + a.verdict())
                .toList();
    }

    @Test
    void aBadCellIsNamedByItsLineAndColumnAsTheToolNamesIt() {
        byte[] csv = "target,year,value\nhigh-tech-enterprises-2018,2018,lots\n".getBytes(StandardCharsets.UTF_8);
        ObservationFile.Refused e = assertThrows(
                ObservationFile.Refused.class, () -> ObservationFile.read("upload.csv", new ByteArrayInputStream(csv)));
        assertEquals("line 2", e.where().orElseThrow());
        assertTrue(e.getMessage().startsWith("upload.csv: line 2"), e.getMessage());
        assertTrue(e.reason().contains("value"), e.reason());
    }

    @Test
    void aRowTheEvaluatorRefusesIsNamedByItsLine() {
        byte[] csv = "target,year,value\nno-such-target,2018,1\n".getBytes(StandardCharsets.UTF_8);
        ObservationFile file = ObservationFile.read("upload.csv", new ByteArrayInputStream(csv));
        ObservationFile.Refused e = assertThrows(
                ObservationFile.Refused.class,
                () -> file.scorecard(Policy.mengzhou().attainment(), 2019));
        assertTrue(e.getMessage().startsWith("upload.csv: line 2 (no-such-target)"), e.getMessage());
    }

    @Test
    void theOldExcelFormatIsRefusedByName() {
        ObservationFile.Refused e = assertThrows(
                ObservationFile.Refused.class,
                () -> ObservationFile.read("book.xls", new ByteArrayInputStream(new byte[] {1, 2})));
        assertTrue(e.getMessage().contains(".xls"), e.getMessage());
    }
}
