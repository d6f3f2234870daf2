package dev.zhengce.policy.calc;

import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.Cny;
import dev.zhengce.policy.model.Condition;
import dev.zhengce.policy.model.InvalidInputException;
import dev.zhengce.policy.model.LocalParameter;
import dev.zhengce.policy.model.Subsidy;
import dev.zhengce.policy.model.SupportWindow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Computes the money rules of a catalog: rules and facts in, {@link Award}s out.
 *
 * <p>The arithmetic of every rule is read from the rule's data, never from its id: a
 * proportional rule pays rate × (sum of its cost categories), capped (a cap reached exactly is
 * the cap), if its conditions hold and the year is inside its support window; a fixed-amount
 * rule pays its amount. Exact decimals throughout; one rounding, half up to the fen
 * (四舍五入), at the end. Numbers the notice leaves open come from the application, or the
 * award is {@link Award.Status#UNDETERMINED}.
 *
 * <p>Immutable and thread-safe; {@link #with(Overrides)} returns another calculator.
 */
public final class SubsidyCalculator {
    private final Catalog catalog;
    private final Overrides overrides;
    private final Map<String, Subsidy> rules;
    private final Map<String, Terms> terms;
    private final Provenance provenance;
    private final int firstYear;

    private SubsidyCalculator(Catalog catalog, Overrides overrides) {
        this.catalog = catalog;
        this.overrides = overrides;
        for (String id : overrides.rules()) {
            catalog.subsidy(id);
        }
        Map<String, Subsidy> map = new LinkedHashMap<>();
        for (Subsidy rule : catalog.subsidies()) {
            map.put(rule.id(), overrides.apply(rule));
        }
        this.rules = Collections.unmodifiableMap(map);
        Map<String, Terms> compiled = new HashMap<>();
        map.forEach((id, rule) -> compiled.put(id.intern(), new Terms(rule)));
        this.terms = compiled;
        this.provenance = new Provenance(catalog, overrides);
        this.firstYear = catalog.notice().date().getYear();
    }

    /**
     * Obtains a calculator of a catalog's rules as written.
     *
     * @param catalog the catalog
     * @return the calculator
     */
    public static SubsidyCalculator of(Catalog catalog) {
        return new SubsidyCalculator(Objects.requireNonNull(catalog, "catalog"), Overrides.none());
    }

    /**
     * Returns a calculator of the same catalog with what-if overrides (replacing any in force).
     *
     * @param overrides the overrides
     * @return the calculator
     * @throws InvalidInputException if an override names an unknown rule or does not fit its rule
     */
    public SubsidyCalculator with(Overrides overrides) {
        return new SubsidyCalculator(catalog, Objects.requireNonNull(overrides, "overrides"));
    }

    /** Returns the catalog. */
    public Catalog catalog() {
        return catalog;
    }

    /** Returns the overrides in force. */
    public Overrides overrides() {
        return overrides;
    }

    /**
     * Returns a rule as this calculator applies it, with its overrides.
     *
     * @param id the rule id
     * @return the rule
     * @throws InvalidInputException if there is no such rule
     */
    public Subsidy rule(String id) {
        Subsidy rule = rules.get(Objects.requireNonNull(id, "rule"));
        if (rule == null) {
            throw new InvalidInputException("rule", id, "no money rule with this id in " + catalog.notice().number());
        }
        return rule;
    }

    /**
     * Computes one award.
     *
     * @param application the facts
     * @return the award
     * @throws InvalidInputException if the application does not fit its rule: an unknown rule,
     *         a cost category the rule does not have or a missing one, a year before the notice,
     *         a window anchor for a rule without a window, a rate or amount the notice states
     */
    public Award award(Application application) {
        Terms t = terms.get(Objects.requireNonNull(application.rule(), "rule"));
        if (t == null) {
            rule(application.rule());
        }
        Subsidy rule = t.rule;
        Map<String, BigDecimal> costs = application.costs();
        Integer year = application.year().orElse(null);
        Integer listing = application.listingYear().orElse(null);
        BigDecimal suppliedRate = application.rate().orElse(null);
        BigDecimal suppliedAmount = application.amount().orElse(null);
        // one look-up per key the rule accepts: how many of them the application gives, whether
        // every category of the basis is among them, and (the basis named once each) the base
        BigDecimal base = BigDecimal.ZERO;
        int known = 0;
        boolean complete = true;
        for (int i = 0; i < t.accepted.length; i++) {
            BigDecimal cost = costs.get(t.accepted[i]);
            if (cost == null) {
                complete &= i >= t.distinctBasis;
            } else {
                known++;
                if (i < t.distinctBasis) {
                    // 0 + cost is cost itself, value and scale, unless its scale is negative
                    base = i == 0 && cost.scale() >= 0 ? cost : base.add(cost);
                }
            }
        }
        check(application, t, costs, known, complete, year, listing, suppliedRate, suppliedAmount);
        List<Finding> findings = null;
        boolean undetermined = false;
        boolean ineligible = false;
        for (int i = 0; i < t.conditions.length; i++) {
            Condition c = t.conditions[i];
            BigDecimal fact = costs.get(t.facts[i]);
            if (fact == null) {
                findings = add(findings, Finding.missingFact(c));
                undetermined = true;
            } else if (!c.isMetBy(fact)) {
                findings = add(findings, Finding.conditionNotMet(c, fact));
                ineligible = true;
            }
        }
        if (t.window != null) {
            SupportWindow w = t.window;
            if (!w.contains(listing, year)) {
                findings = add(findings, Finding.outsideWindow(year, listing, w.years(), w.citation()));
                ineligible = true;
            }
        }
        if (t.fixedAmount) {
            BigDecimal amount = t.amount != null ? t.amount : suppliedAmount;
            if (amount == null && !ineligible) {
                findings = add(findings, missing(rule, LocalParameter.Kind.AMOUNT, "amount"));
                undetermined = true;
            }
            return finish(application, rule, ineligible, undetermined, amount, null, null, null, null, findings);
        }
        BigDecimal rate = t.rate != null ? t.rate : suppliedRate;
        if (rate == null) {
            if (!ineligible) {
                findings = add(findings, missing(rule, LocalParameter.Kind.RATE, "rate"));
                undetermined = true;
            }
            return finish(application, rule, ineligible, undetermined, null, base, null, null, null, findings);
        }
        BigDecimal cap = t.cap;
        BigDecimal uncapped = Shares.of(rate, base);
        BigDecimal amount = Shares.capped(uncapped, cap);
        return finish(application, rule, ineligible, undetermined, amount, base, rate, uncapped, cap, findings);
    }

    /**
     * A rule as {@link #award} reads it, worked out once per calculator: its numbers out of
     * their {@link Optional}s and its lists as arrays, so that an award walks no stream and
     * builds no text.
     */
    private static final class Terms {
        final Subsidy rule;
        final boolean surcharge;
        final boolean fixedAmount;
        final String[] basis;
        final Condition[] conditions;
        /** The fact of each condition, interned. */
        final String[] facts;
        /** The basis, then the facts of the conditions, each once: the keys an application may give. */
        final String[] accepted;
        /** How many categories the basis names (each once, as the model checks): the first entries of {@link #accepted}. */
        final int distinctBasis;
        final SupportWindow window;
        final BigDecimal rate;
        final BigDecimal cap;
        final BigDecimal amount;
        final boolean localRate;
        final boolean localAmount;

        Terms(Subsidy rule) {
            this.rule = rule;
            this.surcharge = rule.kind() == Subsidy.Kind.SURCHARGE;
            this.fixedAmount = rule.kind() == Subsidy.Kind.FIXED_AMOUNT;
            // interned, as Java literals and the JSON field names of applications are: keys are
            // then found by identity before any comparison of characters
            this.basis = rule.basis().stream().map(String::intern).toArray(String[]::new);
            this.conditions = rule.conditions().toArray(new Condition[0]);
            this.facts = rule.conditions().stream().map(c -> c.fact().intern()).toArray(String[]::new);
            this.accepted = new java.util.LinkedHashSet<>(accepted(rule)).stream().map(String::intern)
                    .toArray(String[]::new);
            this.distinctBasis = rule.basis().size();
            this.window = rule.window().orElse(null);
            this.rate = rule.rate().orElse(null);
            this.cap = rule.capYuan().orElse(null);
            this.amount = rule.amountYuan().orElse(null);
            this.localRate = rule.isLocal(LocalParameter.Kind.RATE);
            this.localAmount = rule.isLocal(LocalParameter.Kind.AMOUNT);
        }
    }

    /**
     * Computes the awards of many applications, lazily and in input order, in constant memory
     * (but for the recipients of one-time rules, remembered so that none is paid twice).
     *
     * @param applications the applications
     * @return the awards, one per application, in the same order
     */
    public Stream<Award> awards(Stream<Application> applications) {
        Ledger ledger = new Ledger();
        return applications.sequential().map(a -> ledger.settle(award(a)));
    }

    /**
     * Remembers who received a one-time award within one batch, so that a second application
     * for it is not eligible. Not thread-safe: one per sequential batch.
     */
    final class Ledger {
        private final Set<String> paidOnce = new HashSet<>();

        Award settle(Award award) {
            Application a = award.application();
            if (award.rule().oneTime() && award.status() == Award.Status.PAYABLE
                    && !paidOnce.add(award.rule().id() + '\u0000' + a.applicant())) {
                return new Award(a, award.rule(), Award.Status.NOT_ELIGIBLE, Shares.ZERO, null, null, null, null,
                        List.of(Finding.alreadyAwarded(a.applicant(), award.rule().citation())), provenance);
            }
            return award;
        }
    }

    /** The status of a center's yearly subsidy before certification: on the cultivation list. */
    public static final String CULTIVATION_LISTED = "cultivation-listed";
    /** The status of a center's yearly subsidy once certified as a city center. */
    public static final String CITY_CERTIFIED = "city-certified";
    /** The status of the one-time award for promotion to a provincial center. */
    public static final String PROVINCIAL_PROMOTED = "provincial-promoted";

    /**
     * Computes an innovation center's awards year by year: each spending year under the rule of
     * its status that year (cultivation list until certified, certified from then on), inside
     * or outside the support window counted from the listing year, and the promotion award
     * once, in the promotion year. The rules are found by their status in the catalog.
     *
     * @param history the center's history
     * @return the schedule
     * @throws InvalidInputException if a year's costs do not fit the rule of that year
     */
    public Schedule schedule(CenterHistory history) {
        Subsidy listed = ruleWithStatus(CULTIVATION_LISTED);
        Subsidy certified = ruleWithStatus(CITY_CERTIFIED);
        List<Award> awards = new ArrayList<>();
        new java.util.TreeMap<>(history.spending()).forEach((year, costs) -> {
            boolean isCertified = history.certifiedYear().map(c -> year >= c).orElse(false);
            Application a = Application.builder().id(history.id() + "/" + year).applicant(history.id())
                    .rule((isCertified ? certified : listed).id()).costs(costs).year(year)
                    .listingYear(history.listingYear()).build();
            awards.add(award(a));
        });
        history.promotedYear().ifPresent(year -> awards.add(award(Application.builder()
                .id(history.id() + "/promotion").applicant(history.id()).rule(ruleWithStatus(PROVINCIAL_PROMOTED).id())
                .year(year).build())));
        return new Schedule(history, awards);
    }

    /**
     * Lists every rule of the catalog (surcharges aside) for an enterprise: those it qualifies
     * for with the estimated award, then those it may qualify for with what is missing, then
     * those it does not with the unmet conditions.
     *
     * @param profile the enterprise
     * @return one match per rule, best first, in catalog order within a verdict
     * @throws InvalidInputException if the profile names an unknown status or rule
     */
    public List<Match> match(EnterpriseProfile profile) {
        Set<String> statuses = new HashSet<>();
        rules.values().forEach(r -> r.status().ifPresent(statuses::add));
        for (String s : profile.statuses()) {
            if (!statuses.contains(s)) {
                throw new InvalidInputException("statuses", s, "unknown status; the catalog knows " + new java.util.TreeSet<>(statuses));
            }
        }
        profile.rates().keySet().forEach(this::rule);
        profile.amounts().keySet().forEach(this::rule);
        int year = profile.year().orElse(firstYear);
        List<Match> matches = new ArrayList<>();
        for (Subsidy rule : rules.values()) {
            if (rule.kind() == Subsidy.Kind.SURCHARGE) {
                continue;
            }
            List<String> unmet = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            rule.status().filter(s -> !profile.statuses().contains(s)).ifPresent(s -> unmet.add("status " + s));
            Application.Builder a = Application.builder().id(profile.id() + "/" + rule.id()).rule(rule.id());
            Map<String, BigDecimal> costs = new LinkedHashMap<>();
            for (Condition c : rule.conditions()) {
                BigDecimal fact = profile.facts().get(c.fact());
                if (fact == null) {
                    missing.add(c.fact());
                } else {
                    costs.put(c.fact(), fact);
                    if (!c.isMetBy(fact)) {
                        unmet.add(c.toString());
                    }
                }
            }
            boolean anyCost = rule.basis().isEmpty();
            for (String category : rule.basis()) {
                BigDecimal cost = profile.facts().get(category);
                anyCost |= cost != null;
                costs.putIfAbsent(category, cost == null ? BigDecimal.ZERO : cost);
            }
            a.costs(costs);
            if (!anyCost) {
                missing.add(String.join(" / ", rule.basis()));
            }
            if (rule.window().isPresent()) {
                a.year(year).listingYear(year);
            }
            if (rule.isLocal(LocalParameter.Kind.RATE)) {
                Optional.ofNullable(profile.rates().get(rule.id())).ifPresentOrElse(a::rate,
                        () -> missing.add("rate of " + rule.id() + " (一定比例, decided locally)"));
            }
            if (rule.isLocal(LocalParameter.Kind.AMOUNT)) {
                Optional.ofNullable(profile.amounts().get(rule.id())).ifPresentOrElse(a::amount,
                        () -> missing.add("amount of " + rule.id() + " (not stated in the notice)"));
            }
            Match.Verdict verdict = !unmet.isEmpty() ? Match.Verdict.DOES_NOT_QUALIFY
                    : !missing.isEmpty() ? Match.Verdict.MAY_QUALIFY : Match.Verdict.QUALIFIES;
            Award estimate = verdict == Match.Verdict.QUALIFIES ? award(a.build()) : null;
            matches.add(new Match(rule, verdict, estimate, unmet, missing));
        }
        matches.sort(java.util.Comparator.comparing(Match::verdict));
        return List.copyOf(matches);
    }

    private Subsidy ruleWithStatus(String status) {
        return rules.values().stream().filter(r -> r.status().filter(status::equals).isPresent()).findFirst()
                .orElseThrow(() -> new InvalidInputException("status", status,
                        "the catalog " + catalog.notice().number() + " has no rule for this status"));
    }

    private Award finish(Application application, Subsidy rule, boolean ineligible, boolean undetermined,
            BigDecimal amount, BigDecimal base, BigDecimal rate, BigDecimal uncapped, BigDecimal cap,
            List<Finding> findings) {
        List<Finding> list = findings == null ? List.of()
                : findings instanceof ArrayList ? Collections.unmodifiableList(findings) : findings;
        if (ineligible) {
            return new Award(application, rule, Award.Status.NOT_ELIGIBLE, Shares.ZERO, base, rate, uncapped, cap, list,
                    provenance);
        }
        if (undetermined) {
            return new Award(application, rule, Award.Status.UNDETERMINED, null, base, rate, uncapped, cap, list,
                    provenance);
        }
        return new Award(application, rule, Award.Status.PAYABLE, Cny.roundToFen(amount), base, rate, uncapped, cap,
                list, provenance);
    }

    private static Finding missing(Subsidy rule, LocalParameter.Kind kind, String parameter) {
        String wording = rule.localParameters().stream().filter(p -> p.kind() == kind).map(LocalParameter::wording)
                .findFirst().orElse(parameter);
        return Finding.missingParameter(parameter, wording, rule.citation());
    }

    /** Adds a finding: one is a singleton list (most awards that have any have one), more an ArrayList. */
    private static List<Finding> add(List<Finding> findings, Finding finding) {
        if (findings == null) {
            return Collections.singletonList(finding);
        }
        List<Finding> list = findings instanceof ArrayList ? findings : new ArrayList<>(findings);
        list.add(finding);
        return list;
    }

    /** Refuses applications that do not fit their rule: never a wrong amount. */
    private void check(Application a, Terms t, Map<String, BigDecimal> costs, int known, boolean complete,
            Integer year, Integer listing, BigDecimal rate, BigDecimal amount) {
        Subsidy rule = t.rule;
        if (t.surcharge) {
            throw new InvalidInputException("rule", rule.id(),
                    "a surcharge on the enterprise (" + rule.name().zh() + "), not a payment: there is nothing to award");
        }
        if (known < costs.size()) {
            for (String key : costs.keySet()) {
                if (!Arrays.asList(t.accepted).contains(key)) {
                    throw new InvalidInputException("costs." + key, costs.get(key).toPlainString(),
                            "not a cost category or fact of rule " + rule.id() + "; it takes " + accepted(rule));
                }
            }
        }
        for (int i = 0; !complete && i < t.basis.length; i++) {
            if (!costs.containsKey(t.basis[i])) {
                throw new InvalidInputException("costs." + t.basis[i], null,
                        "rule " + rule.id() + " is a share of " + rule.basis() + ": give every category, 0 where there is none");
            }
        }
        if (year != null && year < firstYear) {
            throw new InvalidInputException("year", year.toString(),
                    "rule " + rule.id() + " does not cover years before the notice (" + firstYear + ")");
        }
        if (t.window != null) {
            if (year == null || listing == null) {
                throw new InvalidInputException(year == null ? "year" : "listingYear", null,
                        "rule " + rule.id() + " is paid year by year within " + t.window
                                + ": give the spending year and the listing year");
            }
            if (listing < firstYear) {
                throw new InvalidInputException("listingYear", listing.toString(),
                        "rule " + rule.id() + " does not cover listings before the notice (" + firstYear + ")");
            }
        } else if (listing != null) {
            throw new InvalidInputException("listingYear", listing.toString(),
                    "rule " + rule.id() + " has no support window");
        }
        if (rate != null && !t.localRate) {
            throw new InvalidInputException("rate", rate.toPlainString(), rule.kind() == Subsidy.Kind.FIXED_AMOUNT
                    ? "rule " + rule.id() + " pays a fixed amount; it has no rate"
                    : "the notice states the rate of " + rule.id() + "; change it with a what-if override");
        }
        if (amount != null && !t.localAmount) {
            throw new InvalidInputException("amount", amount.toPlainString(),
                    rule.kind() == Subsidy.Kind.FIXED_AMOUNT
                            ? "the notice states the amount of " + rule.id() + "; change it with a what-if override"
                            : "rule " + rule.id() + " is a share of costs, not a fixed amount");
        }
    }

    private static List<String> accepted(Subsidy rule) {
        List<String> keys = new ArrayList<>(rule.basis());
        rule.conditions().forEach(c -> {
            if (!keys.contains(c.fact())) {
                keys.add(c.fact());
            }
        });
        return keys;
    }

    /** Returns the catalog, the overrides and the number of rules. */
    @Override
    public String toString() {
        return "SubsidyCalculator[" + catalog.notice().number() + ", " + rules.size() + " rules, what-if: " + overrides + "]";
    }
}
