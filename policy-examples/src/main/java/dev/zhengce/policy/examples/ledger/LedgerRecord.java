package dev.zhengce.policy.examples.ledger;

import dev.zhengce.policy.calc.Award;
import dev.zhengce.policy.calc.Grant;
import dev.zhengce.policy.model.Language;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One settled award as the {@link JdbcLedger} keeps it, every stored field: which application
 * (and its facts, as the {@linkplain dev.zhengce.policy.calc.Claim#fingerprint() fingerprint}),
 * for whom, under which rule and recipient limit, the verdict and the amount, the year, who
 * recorded it and when, the provenance stamp of the calculation and its explanation in Chinese
 * and English. Records are never changed once stored.
 *
 * @param seq           the position in the ledger: records are numbered in the order recorded
 * @param application   the application id (unique in the ledger)
 * @param fingerprint   the application's facts and the what-if overrides in force, in canonical text
 * @param recipient     who received it: the applicant, or the application id where none was named
 * @param rule          the rule id
 * @param limit         the key of the recipient limit it counts against (a yearly cap, a once-only
 *                      award); empty where its rule has none
 * @param status        {@link Award.Status#PAYABLE} or {@link Award.Status#NOT_ELIGIBLE}
 * @param amount        the amount in yuan with two decimals, 0.00 when not eligible
 * @param year          the application's year, where it gave one
 * @param recordedBy    who recorded it ({@link JdbcLedger#recordingAs})
 * @param recordedAt    when the database recorded it
 * @param provenance    the provenance stamp, as {@link dev.zhengce.policy.calc.Provenance#asMap()} gives it
 * @param explanationZh the award's explanation in Chinese
 * @param explanationEn the award's explanation in English
 */
public record LedgerRecord(
        long seq,
        String application,
        String fingerprint,
        String recipient,
        String rule,
        Optional<String> limit,
        Award.Status status,
        BigDecimal amount,
        Optional<Integer> year,
        String recordedBy,
        Instant recordedAt,
        Map<String, String> provenance,
        String explanationZh,
        String explanationEn) {

    /**
     * Obtains a record, as the ledger reads it back; the provenance is copied, in its order.
     *
     * @param seq see {@link #seq()}
     * @param application see {@link #application()}
     * @param fingerprint see {@link #fingerprint()}
     * @param recipient see {@link #recipient()}
     * @param rule see {@link #rule()}
     * @param limit see {@link #limit()}
     * @param status see {@link #status()}
     * @param amount see {@link #amount()}
     * @param year see {@link #year()}
     * @param recordedBy see {@link #recordedBy()}
     * @param recordedAt see {@link #recordedAt()}
     * @param provenance see {@link #provenance()}
     * @param explanationZh see {@link #explanationZh()}
     * @param explanationEn see {@link #explanationEn()}
     */
    public LedgerRecord {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
        provenance = Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
        Objects.requireNonNull(explanationZh, "explanationZh");
        Objects.requireNonNull(explanationEn, "explanationEn");
    }

    /**
     * Returns what a {@link dev.zhengce.policy.calc.Ledger} hands the calculator of this record.
     *
     * @return the grant
     */
    public Grant grant() {
        return Grant.of(application, recipient, rule, limit, status, amount, fingerprint);
    }

    /**
     * Returns whether it used part of its limit: payable, with an amount above zero.
     *
     * @return whether it counts
     */
    public boolean counts() {
        return status == Award.Status.PAYABLE && amount.signum() > 0;
    }

    /**
     * Returns the explanation in a language.
     *
     * @param language the language
     * @return the explanation, as the award gave it when it was recorded
     */
    public String explanation(Language language) {
        // stored data in both languages, as Bilingual holds them
        return dev.zhengce.policy.model.Bilingual.of(explanationZh, explanationEn)
                .in(language);
    }
}
