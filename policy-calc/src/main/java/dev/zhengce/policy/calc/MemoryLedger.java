package dev.zhengce.policy.calc;

import dev.zhengce.policy.model.InvalidInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Ledger} in memory: the grants that count against a limit, by limit and by
 * application id. One lock: claims are settled one at a time.
 */
final class MemoryLedger implements Ledger {
    private final Map<String, List<Grant>> byLimit = new HashMap<>();
    private final Map<String, Grant> byApplication = new HashMap<>();
    private final Map<String, List<Grant>> byRecipient = new HashMap<>();

    @Override
    public synchronized Award settle(Claim claim) {
        String limit = claim.limit().orElse(null);
        if (limit == null) {
            return claim.decide(List.of());
        }
        List<Grant> grants = byLimit.getOrDefault(limit, List.of());
        Grant before = byApplication.get(claim.application().id());
        if (before != null) {
            if (!before.fingerprint().equals(claim.fingerprint())) {
                throw new InvalidInputException("id", claim.application().id(),
                        "this application id was settled before with other facts (" + before.rule() + " for "
                                + before.recipient() + "); a new application needs a new id");
            }
            return claim.replay(before.limit().map(l -> earlierThan(byLimit.get(l), before)).orElse(List.of()));
        }
        Award award = claim.decide(grants);
        if (award.status() == Award.Status.PAYABLE && award.amount().orElseThrow().signum() > 0) {
            Grant grant = claim.grant(award);
            byLimit.computeIfAbsent(limit, k -> new ArrayList<>(2)).add(grant);
            byApplication.put(grant.application(), grant);
            byRecipient.computeIfAbsent(grant.recipient(), k -> new ArrayList<>(2)).add(grant);
        }
        return award;
    }

    private static List<Grant> earlierThan(List<Grant> grants, Grant grant) {
        return List.copyOf(grants.subList(0, grants.indexOf(grant)));
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
