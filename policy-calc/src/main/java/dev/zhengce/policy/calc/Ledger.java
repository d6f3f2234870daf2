package dev.zhengce.policy.calc;

import dev.zhengce.policy.model.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What each recipient was granted, over applications, batches and calls: the state that the
 * notice's per-recipient limits need, held in an explicit object the caller owns, never inside
 * a calculator.
 *
 * <p>The notice bounds what a <em>recipient</em> receives, not what one application receives:
 * "年度补助金额最高不超过300万元" is per unit and year, over all of that year's applications;
 * "一次性奖励" pays a recipient once, ever. {@link SubsidyCalculator#award(Application, Ledger)}
 * hands the ledger a {@link Claim}; the ledger settles it atomically:
 * <ol>
 * <li>if the claim's application id was settled before: with the same
 *     {@linkplain Claim#fingerprint() facts} it returns {@link Claim#replay} of the grants recorded
 *     under the claim's limit <em>before</em> that first settlement (a retry gets the same award
 *     back, marked as a repeat, and records nothing); with other facts it throws an
 *     {@link InvalidInputException} naming the id;</li>
 * <li>otherwise it reads the grants recorded under the claim's {@linkplain Claim#limit() limit},
 *     in the order recorded, calls {@link Claim#decide}, records {@link Claim#grant} of the award
 *     when it is decided (payable or not eligible; an undetermined award grants nothing and is
 *     not recorded, so the same id may come back with the missing number), and returns the award.</li>
 * </ol>
 * Two claims under the same limit never interleave (a lock, a row lock, a serializable
 * transaction), so that two racing for the last of a cap never pay more than the cap in total.
 *
 * <p>{@link #inMemory()} serves batches, JShell and tests; a database-backed ledger lives at the
 * edge of an application (the examples have one over JDBC).
 */
public interface Ledger {
    /**
     * Settles one claim, atomically, as the type's documentation describes.
     *
     * @param claim the claim
     * @return the award, limited by the earlier grants under the same limit
     * @throws InvalidInputException if the application id was settled before with other facts
     */
    Award settle(Claim claim);

    /**
     * Settles claims in order: the awards are those of {@link #settle settling} each in turn,
     * a claim limited by the grants of the claims before it in the list as by those recorded
     * before the call, an id given twice answered the second time as a retry.
     *
     * <p>A ledger in a database settles them in one transaction, so that a batch costs one
     * commit: all of them are recorded, or (when the call throws) none. This default settles
     * them one by one: when claim {@code i} is refused, those before it stay recorded. Either
     * way, settling the same claims again is safe: a retry pays nothing twice.
     *
     * @param claims the claims, in the order to settle them
     * @return the awards, one per claim, in the same order
     * @throws InvalidInputException if a claim's application id was settled before (or earlier
     *         in the list) with other facts: its field names the claim's index, {@code [i].id}
     */
    default List<Award> settleAll(List<Claim> claims) {
        List<Award> awards = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            Claim claim = Objects.requireNonNull(claims.get(i), "claim");
            try {
                awards.add(settle(claim));
            } catch (InvalidInputException e) {
                throw InvalidInputException.inRow(i, e);
            }
        }
        return awards;
    }

    /**
     * Returns what was recorded for a recipient, in the order recorded.
     *
     * @param recipient the recipient
     * @return the grants
     */
    List<Grant> grants(String recipient);

    /**
     * Obtains a new, empty ledger in memory, safe for use by several threads. It keeps the grants
     * that count against a limit (payable, above zero, under a yearly cap or a once-only rule),
     * so its memory grows with the recipients, not with the applications; a retry of one of
     * those is answered as a retry, and any other application is simply computed again.
     *
     * @return the ledger
     */
    static Ledger inMemory() {
        return new MemoryLedger();
    }
}
