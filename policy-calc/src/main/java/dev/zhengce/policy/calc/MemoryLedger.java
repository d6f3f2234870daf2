package dev.zhengce.policy.calc;

import dev.zhengce.policy.model.InvalidInputException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Ledger} in memory: the grants that count against a limit, by recipient (a limit is
 * always one recipient's, and a recipient has few grants, so the grants of a limit are found by
 * going through the recipient's) and by application id (a retry, or an id used again). One lock:
 * claims are settled one at a time.
 */
final class MemoryLedger implements Ledger {
    private final Map<String, Grant> byApplication = new HashMap<>();
    private final Map<String, List<Grant>> byRecipient = new HashMap<>();

    @Override
    public synchronized Award settle(Claim claim) {
        if (!claim.limited()) {
            return claim.decide(List.of());
        }
        List<Grant> mine = byRecipient.get(claim.recipient());
        Grant before = byApplication.get(claim.application().id());
        if (before != null) {
            if (!before.fingerprint().equals(claim.fingerprint())) {
                throw new InvalidInputException(
                        "id",
                        claim.application().id(),
                        "this application id was settled before with other facts (" + before.rule() + " for "
                                + before.recipient() + "); a new application needs a new id");
            }
            return claim.replay(under(byRecipient.get(before.recipient()), null, before));
        }
        Award award = claim.decide(under(mine, claim, null));
        if (award.status() == Award.Status.PAYABLE
                && award.amount().orElseThrow().signum() > 0) {
            Grant grant = claim.grant(award);
            byApplication.put(grant.application(), grant);
            if (mine == null) {
                mine = new ArrayList<>(2);
                byRecipient.put(grant.recipient(), mine);
            }
            mine.add(grant);
        }
        return award;
    }

    /**
     * Returns a recipient's grants under a limit, in the order recorded: a claim's, or where it is
     * {@code null} (a retry, decided by the grants that came before its first settlement) the
     * limit of {@code until}, and only those before {@code until} where it is given.
     */
    private static List<Grant> under(List<Grant> grants, Claim claim, Grant until) {
        if (grants == null) {
            return List.of();
        }
        List<Grant> under = null;
        for (Grant g : grants) {
            if (g == until) {
                break;
            }
            if (claim != null ? g.isUnder(claim) : g.isUnderLimitOf(until)) {
                under = under == null ? new ArrayList<>(2) : under;
                under.add(g);
            }
        }
        return under == null ? List.of() : Collections.unmodifiableList(under);
    }

    @Override
    public synchronized List<Grant> grants(String recipient) {
        return List.copyOf(byRecipient.getOrDefault(recipient, List.of()));
    }

    @Override
    public synchronized String toString() {
        return "Ledger.inMemory[" + byApplication.size() + " grants for " + byRecipient.size() + " recipients]";
    }
}
