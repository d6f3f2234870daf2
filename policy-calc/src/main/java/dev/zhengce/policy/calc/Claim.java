package dev.zhengce.policy.calc;

import dev.zhengce.policy.model.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One application on its way into a {@link Ledger}: the award it earns on its own, who receives
 * it, the key of the recipient limit it counts against, and the pure decision that limits it by
 * the grants recorded before it. Made by {@link SubsidyCalculator#claim(Application)}; a ledger
 * reads it and calls {@link #decide} and {@link #grant}, and changes nothing in it.
 *
 * <p>The limits are the notice's, read from each rule's data:
 * <ul>
 * <li><b>a yearly cap</b> ({@code capPeriod} PER_YEAR, 年度补助金额最高不超过…): per recipient
 *     and year, over all of that year's awards of the rules that share one support window (the
 *     cultivation and the certified innovation-center subsidy are one programme: one center, one
 *     year, one status, as {@link SubsidyCalculator#schedule} reads it). What earlier awards
 *     used is taken off; the remainder is paid, rounded once, half up, to the fen; nothing is
 *     paid once the cap is used up, nor under a second status in a year already granted under
 *     another;</li>
 * <li><b>a once-only award</b> ({@code oneTime}, 一次性): once per recipient, ever — per honour
 *     where the rule is awarded per honour (each of the quality-brand honours once);</li>
 * <li>a per-project cap is per application: it needs no ledger.</li>
 * </ul>
 */
public final class Claim {
    /** What a limit counts. */
    enum Limit {
        /** Once per recipient (and honour). */
        ONCE,
        /** A cap per recipient and year. */
        YEARLY
    }

    private final Award award;
    private final String recipient;
    /** What the limit counts, {@code null} where the rule has none. */
    private final Limit kind;
    /** What the limit is over: the programme of a yearly cap, the rule of a once-only award. */
    private final String scope;
    /** The year of a yearly cap. */
    private final int year;

    private final String honour;
    private final String overrides;
    /**
     * The limit's key as text, written when first asked (a ledger that stores it, a grant read
     * back from storage to compare with): a ledger in memory compares limits by their parts. A
     * racy single check (volatile): every thread that writes it writes the same text.
     */
    private volatile String limit;
    /**
     * Written when first asked (a ledger asks for a repeated id, or to store the grant): a racy
     * single check (volatile): every thread that writes it writes the same text.
     */
    private volatile String fingerprint;

    /**
     * Makes a claim.
     *
     * @param kind   what the limit counts, {@code null} where the rule has none
     * @param scope  the programme of a yearly cap, the rule of a once-only award
     * @param year   the year of a yearly cap, 0 otherwise
     * @param honour the honour of a once-only award per honour, else {@code null}
     */
    Claim(Award award, String recipient, Limit kind, String scope, int year, String honour, String overrides) {
        this.award = award;
        this.recipient = recipient;
        this.kind = kind;
        this.scope = scope;
        this.year = year;
        this.honour = honour;
        this.overrides = overrides;
    }

    /** Whether the claim counts against a recipient limit. */
    boolean limited() {
        return kind != null;
    }

    /** What the limit counts, {@code null} where the rule has none. */
    Limit kind() {
        return kind;
    }

    /** The programme of a yearly cap, the rule of a once-only award. */
    String scope() {
        return scope;
    }

    /** The year of a yearly cap, 0 otherwise. */
    int year() {
        return year;
    }

    /** The honour of a once-only award per honour, else {@code null}. */
    String honour() {
        return honour;
    }

    /**
     * Writes the key of a limit, the one text of it: {@code year <programme> <year> <recipient>}
     * or {@code once <rule> <honour or -> <recipient>}.
     */
    static String limit(Limit kind, String scope, int year, String honour, String recipient) {
        return kind == Limit.YEARLY
                ? "year " + scope + " " + year + " " + recipient
                : "once " + scope + " " + (honour == null ? "-" : honour) + " " + recipient;
    }

    /** {@return the application} */
    public Application application() {
        return award.application();
    }

    /** {@return the recipient the limits are counted for} */
    public String recipient() {
        return recipient;
    }

    /** The what-if overrides in force, as text, for the fingerprint. */
    String overrides() {
        return overrides;
    }

    /** {@return the id of the rule} */
    public String rule() {
        return award.rule().id();
    }

    /**
     * {@return the key of the recipient limit the award counts against, such as
     * {@code year innovation-center-cultivation-subsidy 2019 center-y} or
     * {@code once quality-brand-award 中国质量奖 mengzhou-gear}; empty where its rule has none}
     */
    public Optional<String> limit() {
        return Optional.ofNullable(limitText());
    }

    /** The key of the limit as text, {@code null} where there is none. */
    String limitText() {
        String l = limit;
        if (l == null && kind != null) {
            l = limit(kind, scope, year, honour, recipient);
            limit = l;
        }
        return l;
    }

    /**
     * {@return the application's facts in one canonical text (amounts compared by value, keys in
     * order) with the what-if overrides in force, to tell a retry, which has the same, from
     * another application under the same id}
     */
    public String fingerprint() {
        String f = fingerprint;
        if (f == null) {
            f = fingerprint(award.application(), recipient, overrides);
            fingerprint = f;
        }
        return f;
    }

    /** Writes the fingerprint of an application's facts for a recipient under what-if overrides. */
    static String fingerprint(Application a, String recipient, String overrides) {
        StringBuilder b = new StringBuilder("rule=")
                .append(a.rule())
                .append(";recipient=")
                .append(recipient)
                .append(";costs={");
        Map<String, BigDecimal> sorted = new TreeMap<>(a.costs());
        sorted.forEach((k, v) -> b.append(k).append('=').append(canonical(v)).append(','));
        b.append('}');
        a.year().ifPresent(y -> b.append(";year=").append(y));
        a.listingYear().ifPresent(y -> b.append(";listingYear=").append(y));
        a.rate().ifPresent(r -> b.append(";rate=").append(canonical(r)));
        a.amount().ifPresent(m -> b.append(";amount=").append(canonical(m)));
        a.honour().ifPresent(h -> b.append(";honour=").append(h));
        return b.append(";overrides=").append(overrides).toString();
    }

    /**
     * Returns the award as limited by the grants recorded before it under the same limit: itself
     * where nothing limits it; not eligible where a once-only award was given, a yearly cap is
     * used up or the year was granted under another status; otherwise the remainder of the
     * yearly cap where the award would pass it. Pure: the same grants give the same award.
     *
     * @param earlier the grants recorded under {@link #limit()} before this claim, in the order
     *                recorded (grants that were not payable or paid 0.00 count for nothing)
     * @return the award
     */
    public Award decide(List<Grant> earlier) {
        if (kind == null || award.status() != Award.Status.PAYABLE || earlier.isEmpty()) {
            return award;
        }
        List<Grant> used = new ArrayList<>(earlier.size());
        BigDecimal sum = Shares.ZERO;
        List<Grant> otherStatus = null;
        for (Grant g : earlier) {
            if (!g.isUnder(this)) {
                throw new InvalidInputException(
                        "limit",
                        g.limit().orElse(""),
                        "the ledger handed grant " + g.application() + " of another limit than " + limitText());
            }
            if (g.counts()) {
                used.add(g);
                sum = sum.add(g.amount());
                if (!g.rule().equals(award.rule().id())) {
                    otherStatus = otherStatus == null ? new ArrayList<>() : otherStatus;
                    otherStatus.add(g);
                }
            }
        }
        if (used.isEmpty()) {
            return award;
        }
        if (kind == Limit.ONCE) {
            return award.refused(
                    Finding.alreadyAwarded(recipient, honour, used, award.rule().citation()), used);
        }
        if (otherStatus != null) {
            return award.refused(
                    Finding.otherStatus(
                            recipient, year, otherStatus, award.rule().citation()),
                    otherStatus);
        }
        BigDecimal cap = award.rule().capYuan().orElseThrow();
        BigDecimal remainder = cap.subtract(sum);
        if (remainder.signum() <= 0) {
            return award.refused(Finding.capExhausted(award.rule(), cap, used, remainder), used);
        }
        return award.reducedTo(remainder, used);
    }

    /**
     * Returns the award of a retry: this claim's application id was settled before with the same
     * facts. It is {@link #decide} of the grants recorded before that first settlement, marked
     * as a {@linkplain Award#repeat() repeat}: nothing new is granted, and totals do not count
     * it again.
     *
     * @param earlier the grants recorded under {@link #limit()} before the first settlement
     * @return the award, as first settled
     */
    public Award replay(List<Grant> earlier) {
        return decide(earlier).asRepeat();
    }

    /**
     * Returns what a ledger records of a decided award of this claim.
     *
     * @param decided the award {@link #decide} returned
     * @return the grant
     * @throws InvalidInputException if the award is undetermined (it grants nothing) or of another application
     */
    public Grant grant(Award decided) {
        if (decided.application() != award.application()) {
            throw new InvalidInputException("application", decided.application().id(), "not the award of this claim");
        }
        BigDecimal amount = decided.amount().orElse(null);
        if (amount == null) {
            throw new InvalidInputException("status", decided.status().name(), "an undetermined award grants nothing");
        }
        return Grant.settled(this, decided.status(), amount);
    }

    private static String canonical(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** Returns the application id, the recipient and the limit. */
    @Override
    public String toString() {
        return award.application().id() + " → " + recipient + (kind == null ? "" : " [" + limitText() + "]");
    }
}
