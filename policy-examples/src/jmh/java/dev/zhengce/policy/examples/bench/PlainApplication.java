package dev.zhengce.policy.examples.bench;

import java.math.BigDecimal;
import java.util.Map;

/**
 * An application as a plain Java record: what the baselines read, and what plain Jackson
 * reads JSON into. The field names are those of the SDK's {@code Application}, so that one
 * document reads into both.
 */
record PlainApplication(
        String id,
        String applicant,
        String rule,
        Map<String, BigDecimal> costs,
        Integer year,
        Integer listingYear,
        BigDecimal rate,
        BigDecimal amount,
        String honour,
        String currency) {}
