package dev.zhengce.policy.calc;

import dev.zhengce.policy.model.InvalidInputException;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Ledger} keeps of one settled award: which application, for whom, under which
 * rule and recipient limit, with which verdict and amount. Grants are never changed once
 * recorded; a ledger hands them back, in the order they were recorded, to the calculator that
 * settles the next claim under the same limit.
 *
 * <p>A <em>limit</em> is the key of what the notice bounds per recipient: a yearly cap
 * (年度补助金额最高不超过…, one unit, one year) or a once-only award (一次性, one recipient, once
 * ever, per honour where the rule is given per honour). Rules without such a limit (a per-project
 * cap is per application) have none.
 */
public final class Grant {
    private final String application;
    private final String recipient;
    private final String rule;
    /**
     * The limit's key as text: given where the grant was read back from storage, else written
     * from its parts ({@link #kind} …) when first asked; a ledger in memory compares the parts. A
     * volatile racy single check: every thread that writes it writes the same text.
     */
    private volatile String limit;
    /** The parts of the limit of a grant settled from a claim ({@code null} kind: read back, or no limit). */
    private final Claim.Limit kind;

    private final String scope;
    private final int year;
    private final String honour;
    private final Award.Status status;
    private final BigDecimal amount;
    /**
     * The facts as text: given where the grant was read back from storage, else written from
     * {@link #facts} when first asked (a ledger in memory asks only for a repeated id). A volatile racy
     * single check: every thread that writes it writes the same text.
     */
    private volatile String fingerprint;
    /**
     * The application the grant was settled from, {@code null} where it was read back from
     * storage: kept instead of its claim and award, which a ledger in memory would otherwise
     * keep alive for every grant.
     */
    private final Application facts;
    /** The what-if overrides in force when it was settled, as text; {@code null} with {@link #facts}. */
    private final String overrides;

    private Grant(
            String application,
            String recipient,
            String rule,
            String limit,
            Claim claim,
            Award.Status status,
            BigDecimal amount,
            String fingerprint,
            Application facts,
            String overrides) {
        this.application = application;
        this.recipient = recipient;
        this.rule = rule;
        this.limit = limit;
        this.kind = claim == null ? null : claim.kind();
        this.scope = claim == null ? null : claim.scope();
        this.year = claim == null ? 0 : claim.year();
        this.honour = claim == null ? null : claim.honour();
        this.status = status;
        this.amount = amount;
        this.fingerprint = fingerprint;
        this.facts = facts;
        this.overrides = overrides;
    }

    /**
     * Obtains a grant, as a ledger reads it back from its storage.
     *
     * @param application the application id
     * @param recipient   the recipient
     * @param rule        the rule id
     * @param limit       the limit key, empty where the rule has no recipient limit
     * @param status      the verdict: {@link Award.Status#PAYABLE} or {@link Award.Status#NOT_ELIGIBLE}
     * @param amount      the amount in yuan with two decimals (0.00 when not eligible)
     * @param fingerprint the application's facts, as {@link Claim#fingerprint()} wrote them
     * @return the grant
     * @throws InvalidInputException if the status is undetermined or the amount is not in fen
     */
    public static Grant of(
            String application,
            String recipient,
            String rule,
            Optional<String> limit,
            Award.Status status,
            BigDecimal amount,
            String fingerprint) {
        if (Objects.requireNonNull(status, "status") == Award.Status.UNDETERMINED) {
            throw new InvalidInputException("status", status.name(), "an undetermined award grants nothing");
        }
        checkAmount(amount);
        return new Grant(
                Inputs.text("application", application),
                Inputs.text("recipient", recipient),
                Inputs.text("rule", rule),
                limit.orElse(null),
                null,
                status,
                amount,
                Objects.requireNonNull(fingerprint, "fingerprint"),
                null,
                null);
    }

    /**
     * Obtains the grant of a claim's decided award, whose fingerprint is written when first asked.
     *
     * @param claim  the claim (its application, recipient, rule and limit checked when it was made)
     * @param status the verdict
     * @param amount the amount
     * @return the grant
     */
    static Grant settled(Claim claim, Award.Status status, BigDecimal amount) {
        if (status == Award.Status.UNDETERMINED) {
            throw new InvalidInputException("status", status.name(), "an undetermined award grants nothing");
        }
        checkAmount(amount);
        return new Grant(
                claim.application().id(),
                claim.recipient(),
                claim.rule(),
                null,
                claim,
                status,
                amount,
                null,
                claim.application(),
                claim.overrides());
    }

    private static void checkAmount(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0 || amount.scale() != 2) {
            throw new InvalidInputException(
                    "amount", amount.toPlainString(), "a granted amount is in yuan with two decimals");
        }
    }

    /** {@return the id of the application the award was for} */
    public String application() {
        return application;
    }

    /** {@return who received it} */
    public String recipient() {
        return recipient;
    }

    /** {@return the id of the rule} */
    public String rule() {
        return rule;
    }

    /** {@return the key of the recipient limit it counts against, if its rule has one} */
    public Optional<String> limit() {
        return Optional.ofNullable(limitText());
    }

    /** The key of the limit as text, {@code null} where there is none. */
    private String limitText() {
        String l = limit;
        if (l == null && kind != null) {
            l = Claim.limit(kind, scope, year, honour, recipient);
            limit = l;
        }
        return l;
    }

    /**
     * Returns whether this grant counts against the limit of a claim: by the limit's parts where
     * both were settled in memory, else by its text. A claim without a limit has no grant under it.
     */
    boolean isUnder(Claim claim) {
        if (!claim.limited()) {
            return false;
        }
        return kind != null
                ? hasLimit(claim.kind(), claim.scope(), claim.year(), claim.honour(), claim.recipient())
                : claim.limitText().equals(limit);
    }

    /** Returns whether this grant counts against the same limit as another grant: as {@link #isUnder(Claim)}. */
    boolean isUnderLimitOf(Grant other) {
        if (kind != null && other.kind != null) {
            return hasLimit(other.kind, other.scope, other.year, other.honour, other.recipient);
        }
        String l = other.limitText();
        return l != null && l.equals(limitText());
    }

    /** Whether this grant's limit has these parts, the parts its text is written from. */
    private boolean hasLimit(Claim.Limit kind, String scope, int year, String honour, String recipient) {
        return this.kind == kind
                && this.year == year
                && this.scope.equals(scope)
                && Objects.equals(this.honour, honour)
                && this.recipient.equals(recipient);
    }

    /** {@return the verdict: payable or not eligible} */
    public Award.Status status() {
        return status;
    }

    /** {@return the amount in yuan with two decimals; 0.00 when not eligible} */
    public BigDecimal amount() {
        return amount;
    }

    /** {@return the application's facts as settled, to tell a retry from a different application} */
    public String fingerprint() {
        String f = fingerprint;
        if (f == null) {
            f = Claim.fingerprint(facts, recipient, overrides);
            fingerprint = f;
        }
        return f;
    }

    /** {@return whether it used part of its limit: payable, with an amount above zero} */
    public boolean counts() {
        return status == Award.Status.PAYABLE && amount.signum() > 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Grant
                && application.equals(((Grant) o).application)
                && recipient.equals(((Grant) o).recipient)
                && rule.equals(((Grant) o).rule)
                && Objects.equals(limitText(), ((Grant) o).limitText())
                && status == ((Grant) o).status
                && amount.equals(((Grant) o).amount)
                && fingerprint().equals(((Grant) o).fingerprint());
    }

    @Override
    public int hashCode() {
        return Objects.hash(application, recipient, rule, limitText(), status, amount);
    }

    /** Returns {@code application → recipient: rule status amount}. */
    @Override
    public String toString() {
        return application + " → " + recipient + ": " + rule + " " + status + " " + amount.toPlainString()
                + (limitText() == null ? "" : " [" + limitText() + "]");
    }
}
