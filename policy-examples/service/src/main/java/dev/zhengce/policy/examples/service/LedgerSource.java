package dev.zhengce.policy.examples.service;

import dev.zhengce.policy.calc.Ledger;
import java.util.List;
import java.util.Map;

/**
 * Where the service records awards: the one ledger of what each recipient was granted, as seen
 * by the caller who records in it, and what it holds for a recipient.
 */
public interface LedgerSource {
    /**
     * Returns the ledger, recording each award as recorded by a caller.
     *
     * @param who the authenticated caller
     * @return the ledger
     */
    Ledger recordingAs(String who);

    /**
     * Returns what was recorded for a recipient, in the order recorded, as JSON documents.
     *
     * @param recipient the recipient
     * @return the records
     */
    List<Map<String, Object>> records(String recipient);
}
