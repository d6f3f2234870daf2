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
    /**
     * A recipient's grants in the order recorded: its one {@link Grant} itself (most recipients
     * have one), an {@code ArrayList<Grant>} from the second on.
     */
    private final Map<String, Object> byRecipient = new HashMap<>();

    @Override
    public synchronized Award settle(Claim claim) {
        if (!claim.limited()) {
            return claim.decide(List.of());
        }
        Object mine = byRecipient.get(claim.recipient());
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
                byRecipient.put(grant.recipient(), grant);
            } else if (mine instanceof Grant) {
                List<Grant> list = new ArrayList<>(4);
                list.add((Grant) mine);
                list.add(grant);
                byRecipient.put(grant.recipient(), list);
            } else {
                grants(mine).add(grant);
            }
        }
        return award;
    }

    /** Returns a recipient's grants as {@link #byRecipient} keeps them: none, one, or a list. */
    @SuppressWarnings("unchecked") // only ArrayList<Grant> is put besides a Grant
    private static List<Grant> grants(Object kept) {
        return kept == null ? List.of() : kept instanceof Grant ? List.of((Grant) kept) : (List<Grant>) kept;
    }

    /**
     * Returns a recipient's grants under a limit, in the order recorded: a claim's, or where it is
     * {@code null} (a retry, decided by the grants that came before its first settlement) the
     * limit of {@code until}, and only those before {@code until} where it is given.
     */
    private static List<Grant> under(Object kept, Claim claim, Grant until) {
        if (kept == null) {
            return List.of();
        }
        if (kept instanceof Grant) {
            // one grant: nothing to copy, a list only where it counts
            Grant g = (Grant) kept;
            return g != until && isUnder(g, claim, until) ? List.of(g) : List.of();
        }
        List<Grant> under = null;
        for (Grant g : grants(kept)) {
            if (g == until) {
                break;
            }
            if (isUnder(g, claim, until)) {
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

    /** Whether a grant counts against a claim's limit, or where there is no claim, against the limit of {@code until}. */
    private static boolean isUnder(Grant g, Claim claim, Grant until) {
        return claim != null ? g.isUnder(claim) : g.isUnderLimitOf(until);
    }

    @Override
    public synchronized List<Grant> grants(String recipient) {
        return List.copyOf(grants(byRecipient.get(recipient)));
    }

    @Override
    public synchronized String toString() {
        return "Ledger.inMemory[" + byApplication.size() + " grants for " + byRecipient.size() + " recipients]";
    }
}
