package dev.zhengce.policy.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code subsidy --explain} ends the steps of every payable award with its amount in Chinese
 * capitals (大写), as payment documents write it, in the table (Chinese and English), in the
 * what-if comparison (both sides) and in JSON; awards that pay nothing or are undetermined
 * have none. The samples' amounts are checked against their text written out by hand here.
 */
class ExplainInChineseCapitalsTest {
    private static final String APPS = Run.SAMPLES + "applications.json";
    private static final Pattern LAST_STEP_ZH = Pattern.compile("四舍五入到分：补助 ([0-9,.]+) 元（大写：(\\p{IsHan}+)）");

    @Test
    void everyPayableAwardOfTheChineseTableEndsInChineseCapitals() {
        Run run = Run.of("subsidy", "--explain", APPS);
        assertEquals(0, run.status, run::toString);
        assertTrue(run.out.contains("  4. 四舍五入到分：补助 960,000.00 元（大写：玖拾陆万元整）\n"), run.out);
        assertTrue(run.out.contains("补助 10,000,000.00 元（大写：壹仟万元整）\n"), run.out);
        assertTrue(run.out.contains("补助 1,346,913.58 元（大写：壹佰叁拾肆万陆仟玖佰壹拾叁元伍角捌分）\n"), run.out);
        assertTrue(run.out.contains("补助 5,000,000.00 元（大写：伍佰万元整）\n"), run.out);
        Matcher m = LAST_STEP_ZH.matcher(run.out);
        int payable = 0;
        while (m.find()) {
            payable++;
        }
        assertEquals(8, payable, "the eight payable sample awards");
        assertTrue(run.out.contains("不符合条件：补助 0.00 元\n"), "a refusal has no 大写");
        assertTrue(run.out.contains("金额无法确定\n"), "an undetermined award has none");
    }

    @Test
    void theWhatIfExplanationWritesBothSides() {
        Run run = Run.of(
                "subsidy", "--lang", "en", "--explain", "--set", "intelligent-transformation-subsidy.rate=0.10", APPS);
        assertEquals(0, run.status, run::toString);
        assertTrue(run.out.contains("award 960,000.00 元 (in Chinese capitals: 玖拾陆万元整)\n"), run.out);
        assertTrue(run.out.contains("award 1,200,000.00 元 (in Chinese capitals: 壹佰贰拾万元整)\n"), run.out);
    }

    @Test
    void theJsonExplanationEndsInChineseCapitalsForPayableAwardsOnly() throws Exception {
        Run run = Run.of("subsidy", "--format", "json", "--explain", APPS);
        assertEquals(0, run.status, run::toString);
        int payable = 0;
        for (JsonNode award : new ObjectMapper().readTree(run.out).get("awards")) {
            String[] lines = award.get("explanation").get("zh").asText().split("\n");
            String last = lines[lines.length - 1].strip().replaceFirst("^\\d+\\. ", "");
            boolean pays = award.get("status").asText().equals("PAYABLE");
            assertEquals(pays, last.contains("（大写："), last);
            if (award.get("id").asText().equals("A-09")) {
                assertEquals("四舍五入到分：补助 270,000.00 元（大写：贰拾柒万元整）", last);
            }
            payable += pays ? 1 : 0;
        }
        assertEquals(8, payable);
    }
}
