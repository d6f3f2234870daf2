package dev.zhengce.policy.examples.ledger;

import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.InvalidInputException;
import dev.zhengce.policy.model.Subsidy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How much of one recipient limit the records of a recipient used: a yearly cap with what
 * remains of it, or a once-only award and whether it was given. Computed from the records and
 * the rules of the notice as written; where records were settled under what-if overrides, they
 * are named in {@link #overrides()}, as the cap shown is the notice's.
 *
 * @param limit        the limit's key, as the ledger keeps it
 * @param kind         a yearly cap or a once-only award
 * @param rule         the rule (for a yearly cap, the first rule of the programme that shares it)
 * @param period       the year of a yearly cap; for a once-only award given per honour, the honour; else empty
 * @param cap          the yearly cap in yuan; empty for a once-only award
 * @param used         the sum of the payable amounts recorded under the limit
 * @param remaining    what remains of a yearly cap (never below 0.00); empty for a once-only award
 * @param applications the applications that used the limit (payable, above zero), in the order recorded
 * @param overrides    the what-if overrides the records under the limit were settled with, other than none
 */
public record LimitUse(
        String limit,
        Kind kind,
        String rule,
        Optional<String> period,
        Optional<BigDecimal> cap,
        BigDecimal used,
        Optional<BigDecimal> remaining,
        List<String> applications,
        List<String> overrides) {

    /** What a limit counts. */
    public enum Kind {
        /** A cap per recipient and year (年度补助金额最高不超过…). */
        YEARLY,
        /** An award given once per recipient, ever (一次性), per honour where the rule says so. */
        ONCE
    }

    /**
     * Obtains a limit's use; the lists are copied.
     *
     * @param limit see {@link #limit()}
     * @param kind see {@link #kind()}
     * @param rule see {@link #rule()}
     * @param period see {@link #period()}
     * @param cap see {@link #cap()}
     * @param used see {@link #used()}
     * @param remaining see {@link #remaining()}
     * @param applications see {@link #applications()}
     * @param overrides see {@link #overrides()}
     */
    public LimitUse {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(used, "used");
        Objects.requireNonNull(remaining, "remaining");
        applications = List.copyOf(applications);
        overrides = List.copyOf(overrides);
    }

    /**
     * Returns whether a once-only award was given, or a yearly cap is used up.
     *
     * @return whether nothing more is paid under the limit
     */
    public boolean exhausted() {
        return kind == Kind.ONCE ? used.signum() > 0 : remaining.orElseThrow().signum() == 0;
    }

    /**
     * Returns the limits that a recipient's records come under, in the order first used.
     *
     * @param catalog the notice whose rules the records were settled under
     * @param records the records of one recipient, in the order recorded
     * @return one per limit
     * @throws InvalidInputException if a record names a rule the catalog does not have, or the
     *         records are of more than one recipient
     */
    public static List<LimitUse> of(Catalog catalog, List<LedgerRecord> records) {
        Map<String, List<LedgerRecord>> byLimit = new LinkedHashMap<>();
        String recipient = null;
        for (LedgerRecord r : records) {
            if (recipient != null && !recipient.equals(r.recipient())) {
                throw new InvalidInputException("recipient", r.recipient(), "the records are of " + recipient);
            }
            recipient = r.recipient();
            r.limit()
                    .ifPresent(l ->
                            byLimit.computeIfAbsent(l, k -> new ArrayList<>()).add(r));
        }
        List<LimitUse> uses = new ArrayList<>();
        for (Map.Entry<String, List<LedgerRecord>> e : byLimit.entrySet()) {
            uses.add(of(catalog, e.getKey(), e.getValue()));
        }
        return uses;
    }

    private static LimitUse of(Catalog catalog, String limit, List<LedgerRecord> records) {
        LedgerRecord first = records.get(0);
        BigDecimal used = new BigDecimal("0.00");
        List<String> applications = new ArrayList<>();
        List<String> overrides = new ArrayList<>();
        for (LedgerRecord r : records) {
            if (r.counts()) {
                used = used.add(r.amount());
                applications.add(r.application());
            }
            String o = r.provenance().getOrDefault("overrides", "none");
            if (!o.equals("none") && !overrides.contains(o)) {
                overrides.add(o);
            }
        }
        // the key is "year PROGRAMME YEAR RECIPIENT" or "once RULE HONOUR|- RECIPIENT" (Claim#limit)
        String middle = middle(limit, first.recipient());
        if (limit.startsWith("year ")) {
            int space = middle.lastIndexOf(' ');
            String programme = space < 0 ? first.rule() : middle.substring(0, space);
            Optional<String> year =
                    space < 0 ? first.year().map(String::valueOf) : Optional.of(middle.substring(space + 1));
            Subsidy rule = catalog.subsidy(
                    catalog.subsidies().stream().anyMatch(s -> s.id().equals(programme)) ? programme : first.rule());
            BigDecimal cap = rule.capYuan()
                    .orElseThrow(() -> new InvalidInputException(
                            "rule", rule.id(), "has no cap, but its records come under the yearly limit " + limit));
            BigDecimal remaining = cap.subtract(used).max(BigDecimal.ZERO).setScale(2);
            return new LimitUse(
                    limit,
                    Kind.YEARLY,
                    rule.id(),
                    year,
                    Optional.of(cap.setScale(2)),
                    used,
                    Optional.of(remaining),
                    applications,
                    overrides);
        }
        String rule = first.rule();
        String honour = middle.startsWith(rule + " ") ? middle.substring(rule.length() + 1) : "-";
        return new LimitUse(
                limit,
                Kind.ONCE,
                rule,
                honour.equals("-") ? Optional.empty() : Optional.of(honour),
                Optional.empty(),
                used,
                Optional.empty(),
                applications,
                overrides);
    }

    /** Returns the key without its kind in front and its recipient at the end. */
    private static String middle(String limit, String recipient) {
        int start = limit.indexOf(' ') + 1;
        int end = limit.endsWith(" " + recipient) ? limit.length() - recipient.length() - 1 : limit.length();
        return start <= end ? limit.substring(start, end) : "";
    }
}
