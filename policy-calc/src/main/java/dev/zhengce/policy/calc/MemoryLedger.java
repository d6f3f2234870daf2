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
        String limit = claim.limit().orElse(null);
        if (limit == null) {
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
            return claim.replay(
                    before.limit().isPresent()
                            ? under(
                                    byRecipient.get(before.recipient()),
                                    before.limit().get(),
                                    before)
                            : List.of());
        }
        Award award = claim.decide(under(mine, limit, null));
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
     * Returns a recipient's grants under one limit, in the order recorded, those before
     * {@code until} where it is given (a retry is decided by the grants that came before it).
     */
    private static List<Grant> under(List<Grant> grants, String limit, Grant until) {
        if (grants == null) {
            return List.of();
        }
        List<Grant> under = null;
        for (Grant g : grants) {
            if (g == until) {
                break;
            }
            if (limit.equals(g.limit().orElse(null))) {
                under = under == null ? new ArrayList<>(2) : under;
                under.add(g);
            }
        }
        return under == null ? List.of() : Collections.unmodifiableList(under);
    }

    /** Settles the claims one by one under the ledger's lock: no other claim comes between them. */
    @Override
    public synchronized List<Award> settleAll(List<Claim> claims) {
        return Ledger.super.settleAll(claims);
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
