package dev.zhengce.policy.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengce.policy.mengzhou.Mengzhou;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The little-giant bands as data, matched: 年营业收入1亿元以下 (以下 includes 1亿) makes a
 * candidate (科技小巨人(培育)); 超亿元 (more than 1亿) a little giant. Revenue of exactly
 * 100,000,000.00 is a candidate's and not a little giant's.
 */
class CandidateBandTest {
    private static final SubsidyCalculator CALC = SubsidyCalculator.of(Mengzhou.catalog());

    private static Map<String, Match.Verdict> match(String revenue) {
        EnterpriseProfile p = EnterpriseProfile.builder()
                .id("e")
                .year(2018)
                .addStatuses("registered-sci-tech-sme", "certified-little-giant", "newly-certified-little-giant")
                .fact("annual-revenue", new BigDecimal(revenue))
                .build();
        return CALC.match(p).stream()
                .filter(m -> m.rule().id().startsWith("little-giant"))
                .collect(Collectors.toMap(m -> m.rule().id(), Match::verdict));
    }

    @Test
    void exactlyOneHundredMillionIsACandidateAndNotALittleGiant() {
        Map<String, Match.Verdict> at = match("100000000.00");
        assertEquals(Match.Verdict.QUALIFIES, at.get("little-giant-candidate-support"));
        assertEquals(Match.Verdict.DOES_NOT_QUALIFY, at.get("little-giant-support"));
        assertEquals(Match.Verdict.DOES_NOT_QUALIFY, at.get("little-giant-award"));
    }

    @Test
    void oneFenMoreIsALittleGiantAndNoLongerACandidate() {
        Map<String, Match.Verdict> above = match("100000000.01");
        assertEquals(Match.Verdict.DOES_NOT_QUALIFY, above.get("little-giant-candidate-support"));
        assertEquals(Match.Verdict.QUALIFIES, above.get("little-giant-support"));
        assertEquals(Match.Verdict.MAY_QUALIFY, above.get("little-giant-award"), "its amount is not in the text");
    }

    @Test
    void theSupportHasNoAmountToEstimate() {
        Match candidate = CALC
                .match(EnterpriseProfile.builder()
                        .id("e")
                        .addStatuses("registered-sci-tech-sme")
                        .fact("annual-revenue", new BigDecimal("90000000"))
                        .build())
                .stream()
                .filter(m -> m.rule().id().equals("little-giant-candidate-support"))
                .findFirst()
                .orElseThrow();
        assertTrue(candidate.amount().isEmpty(), "重点扶持 states no amount: never a number, never zero");
        assertEquals(List.of(), candidate.unmet());
    }
}
