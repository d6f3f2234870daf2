package dev.zhengce.policy.calc;

import dev.zhengce.policy.model.Bilingual;
import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.Condition;
import dev.zhengce.policy.model.InvalidInputException;
import dev.zhengce.policy.model.LocalParameter;
import dev.zhengce.policy.model.Stage;
import dev.zhengce.policy.model.Subsidy;
import dev.zhengce.policy.model.SupportWindow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    /**
     * The rules' compiled terms by the length of their id, each bucket in catalog order (see
     * {@link #terms(String)}): a look-up computes no hash, which an id read from JSON, a new
     * string each time, would have to compute over all its characters.
     */
    private final RuleTerms[][] terms;

    private final Provenance provenance;
    /** The year the notice was issued: no rule covers spending or listings before it. */
    private final int noticeYear;

    private final String overridesText;
    private final InForce inForce;
    private final int lastYear;
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
        List<RuleTerms> compiled = new ArrayList<>();
        int longest = 0;
        for (Map.Entry<String, Subsidy> e : map.entrySet()) {
            String id = e.getKey();
            compiled.add(new RuleTerms(
                    e.getValue(),
                    programme(map.values(), e.getValue()),
                    !catalog.amendments(id).isEmpty(),
                    catalog.basisOfEveryReading(id)));
            longest = Math.max(longest, id.length());
        }
        RuleTerms[][] byLength = new RuleTerms[longest + 1][];
        for (int n = 0; n <= longest; n++) {
            int length = n;
            byLength[n] = compiled.stream().filter(t -> t.id.length() == length).toArray(RuleTerms[]::new);
        }
        this.terms = byLength;
        this.provenance = new Provenance(catalog, overrides);
        this.noticeYear = catalog.notice().date().getYear();
        this.overridesText = overrides.toString();
        this.inForce = InForce.of(catalog, overrides);
        this.lastYear = catalog.notice().lastYear();
        this.firstYear = catalog.notice().firstYear();
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

    /** {@return the catalog} */
    public Catalog catalog() {
        return catalog;
    }

    /** {@return when the calculator's rules apply: the notice's years, windows, confirmations, amendments} */
    public InForce inForce() {
        return inForce;
    }

    /** {@return the overrides in force} */
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
            throw new InvalidInputException(
                    "rule",
                    id,
                    "no money rule with this id in " + catalog.notice().number());
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
        return award(application, terms(application));
    }

    /** Returns the compiled terms of an application's rule. */
    private RuleTerms terms(Application application) {
        RuleTerms t = terms(Objects.requireNonNull(application.rule(), "rule"));
        if (t == null) {
            rule(application.rule()); // throws: no such rule
        }
        return t;
    }

    /** Computes one award under the compiled terms of its rule. */
    private Award award(Application application, RuleTerms terms) {
        RuleTerms t = terms;
        Integer year = application.year().orElse(null);
        if (t.amended && year != null) {
            // the rule in force at the start of the year, the what-if overrides on top of it
            Subsidy inForceRule = overrides.apply(inForce.rule(catalog.subsidy(t.rule.id()), year));
            t = new RuleTerms(inForceRule, t.programme, true, t.readingKeys);
        }
        Subsidy rule = t.rule;
        Map<String, BigDecimal> costs = application.costs();
        Integer listing = application.listingYear().orElse(null);
        BigDecimal suppliedRate = application.rate().orElse(null);
        BigDecimal suppliedAmount = application.amount().orElse(null);
        // one look-up per key the rule accepts: how many of them the application gives, whether
        // every category of the basis is among them, and (the basis named once each) the base
        BigDecimal base = BigDecimal.ZERO;
        int known = 0;
        boolean complete = true;
        int from = 0;
        if (t.distinctBasis >= 1 && t.distinctBasis <= 4) {
            // up to four categories summed in one expression, so that the partial sums are never
            // objects (a sum kept in a loop variable is one, at every turn); a category missing
            // is refused by check below, and the base then never read
            String[] k = t.accepted;
            int n = t.distinctBasis;
            BigDecimal b0 = costs.get(k[0]);
            BigDecimal b1 = n > 1 ? costs.get(k[1]) : null;
            BigDecimal b2 = n > 2 ? costs.get(k[2]) : null;
            BigDecimal b3 = n > 3 ? costs.get(k[3]) : null;
            known = (b0 != null ? 1 : 0) + (b1 != null ? 1 : 0) + (b2 != null ? 1 : 0) + (b3 != null ? 1 : 0);
            complete = known == n;
            if (complete) {
                // 0 + cost is cost itself, value and scale, unless its scale is negative
                BigDecimal first = b0.scale() >= 0 ? b0 : BigDecimal.ZERO.add(b0);
                base = n == 1
                        ? first
                        : n == 2
                                ? first.add(b1)
                                : n == 3
                                        ? first.add(b1).add(b2)
                                        : first.add(b1).add(b2).add(b3);
            }
            from = n;
        }
        for (int i = from; i < t.accepted.length; i++) {
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
        if (!fits(t, costs.size(), known, complete, year, listing, suppliedRate, suppliedAmount, application)) {
            check(application, t, costs, known, complete, year, listing, suppliedRate, suppliedAmount);
        }
        List<Finding> findings = null;
        boolean undetermined = false;
        boolean ineligible = false;
        for (int i = 0; i < t.conditions.length; i++) {
            Condition c = t.conditions[i];
            BigDecimal fact = costs.get(t.facts[i]);
            if (fact == null) {
                findings = add(findings, Finding.missingFact(c, catalog.name(t.facts[i])));
                undetermined = true;
            } else if (!c.isMetBy(fact)) {
                findings = add(findings, Finding.conditionNotMet(c, catalog.name(t.facts[i]), fact));
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
        if (!t.computed || !ineligible && year != null && (year > lastYear || t.amended) && !inWindow(t, listing)) {
            Caveat caveat = inForce.check(rule, year, listing).orElse(null);
            if (caveat != null) {
                findings = add(findings, Finding.caveat(caveat));
                undetermined = true;
            }
            if (!t.computed) {
                return verdict(
                        new Award.Parts(application, rule, provenance).findings(list(findings)),
                        ineligible,
                        undetermined,
                        null);
            }
        }
        if (t.fixedAmount) {
            BigDecimal amount = t.amount != null ? t.amount : suppliedAmount;
            if (amount == null && !ineligible) {
                findings = add(findings, missing(rule, LocalParameter.Kind.AMOUNT, "amount"));
                undetermined = true;
            }
            return verdict(
                    new Award.Parts(application, rule, provenance).findings(list(findings)),
                    ineligible,
                    undetermined,
                    amount);
        }
        BigDecimal rate = t.rate != null ? t.rate : suppliedRate;
        if (rate == null) {
            if (!ineligible) {
                findings = add(findings, missing(rule, LocalParameter.Kind.RATE, "rate"));
                undetermined = true;
            }
            return verdict(
                    new Award.Parts(application, rule, provenance).base(base).findings(list(findings)),
                    ineligible,
                    undetermined,
                    null);
        }
        BigDecimal cap = t.cap;
        BigDecimal uncapped = Shares.of(rate, base);
        BigDecimal amount = Shares.capped(uncapped, cap);
        return verdict(
                new Award.Parts(application, rule, provenance)
                        .base(base)
                        .share(rate, cap)
                        .findings(list(findings)),
                ineligible,
                undetermined,
                amount);
    }

    /**
     * Computes the awards of many applications, lazily and in input order, through a new
     * {@linkplain Ledger#inMemory() ledger in memory} for the batch: yearly caps and once-only
     * awards hold per recipient across the batch. Memory grows with the recipients of limited
     * rules, not with the applications.
     *
     * @param applications the applications
     * @return the awards, one per application, in the same order
     * @throws InvalidInputException (when the stream is consumed) as {@link #award(Application, Ledger)}
     */
    public Stream<Award> awards(Stream<Application> applications) {
        return awards(applications, Ledger.inMemory());
    }

    /**
     * Computes the awards of many applications, lazily and in input order, through a ledger that
     * may outlive the batch (monthly batches against one record of what was granted).
     *
     * @param applications the applications
     * @param ledger       the ledger
     * @return the awards, one per application, in the same order
     * @throws InvalidInputException (when the stream is consumed) as {@link #award(Application, Ledger)}
     */
    public Stream<Award> awards(Stream<Application> applications, Ledger ledger) {
        Objects.requireNonNull(ledger, "ledger");
        return applications.sequential().map(a -> ledger.settle(claim(a)));
    }

    /**
     * Computes one award against what the recipient was granted before, and records it: the
     * yearly cap's remainder, nothing where a once-only award was given or the cap is used up,
     * with the earlier awards named in the explanation. A retry (same id, same facts) gets the
     * same award back and records nothing.
     *
     * @param application the facts
     * @param ledger      the record of earlier grants
     * @return the award
     * @throws InvalidInputException as {@link #award(Application)}, or if a rule with a recipient
     *         limit has no applicant (or a yearly cap no year), or the id was settled with other facts
     */
    public Award award(Application application, Ledger ledger) {
        return Objects.requireNonNull(ledger, "ledger").settle(claim(application));
    }

    /**
     * Computes one award on its own and the claim a {@link Ledger} settles: the recipient and
     * the key of the recipient limit it counts against.
     *
     * @param application the facts
     * @return the claim
     * @throws InvalidInputException as {@link #award(Application, Ledger)}
     */
    public Claim claim(Application application) {
        RuleTerms t = terms(application);
        Award award = award(application, t);
        if (t.limit == null) {
            return new Claim(award, application.recipient(), null, null, 0, null, overridesText);
        }
        // orElse and a test rather than orElseThrow with a lambda: nothing escapes, nothing is allocated
        String recipient = application.applicant().orElse(null);
        if (recipient == null) {
            throw new InvalidInputException(
                    "applicant",
                    null,
                    "rule " + t.rule.id() + " limits what one recipient receives ("
                            + (t.limit == Claim.Limit.YEARLY ? "a yearly cap" : "once only")
                            + "): name the applicant, it is never guessed from the application id");
        }
        if (t.limit == Claim.Limit.YEARLY) {
            Integer year = application.year().orElse(null);
            if (year == null) {
                throw new InvalidInputException(
                        "year", null, "rule " + t.rule.id() + " has a yearly cap: give the year");
            }
            return new Claim(award, recipient, Claim.Limit.YEARLY, t.programme, year, null, overridesText);
        }
        return new Claim(award, recipient, Claim.Limit.ONCE, t.rule.id(), 0, honour(application, t), overridesText);
    }

    /** Returns the Chinese name of the honour an application names, for rules awarded per honour. */
    private static String honour(Application application, RuleTerms t) {
        String named = application.honour().orElse(null);
        if (t.honours.isEmpty()) {
            if (named != null) {
                throw new InvalidInputException("honour", named, "rule " + t.rule.id() + " is not awarded per honour");
            }
            return null;
        }
        if (named == null) {
            throw new InvalidInputException(
                    "honour", null, "rule " + t.rule.id() + " is awarded once per honour: name it, one of " + names(t));
        }
        for (Bilingual h : t.honours) {
            if (h.zh().equals(named) || h.en().equals(named)) {
                return h.zh();
            }
        }
        throw new InvalidInputException(
                "honour", named, "not an honour of rule " + t.rule.id() + "; it is one of " + names(t));
    }

    private static List<String> names(RuleTerms t) {
        List<String> names = new ArrayList<>();
        t.honours.forEach(h -> names.add(h.zh()));
        return names;
    }

    /**
     * Returns the compiled terms of the rule with an id, {@code null} where there is none: among
     * the rules whose id has the same length (one, for most), first by identity (the catalog's
     * own id, or the {@linkplain RuleTerms#seen instance remembered} for it), then by its
     * characters.
     */
    private RuleTerms terms(String id) {
        int length = id.length();
        if (length >= terms.length) {
            return null;
        }
        RuleTerms[] candidates = terms[length];
        for (RuleTerms t : candidates) {
            if (t.id == id || t.seen == id) {
                return t;
            }
        }
        for (RuleTerms t : candidates) {
            if (t.id.equals(id)) {
                if (t.seen == null) {
                    t.seen = id;
                }
                return t;
            }
        }
        return null;
    }

    /** Returns the programme of a rule: the first rule with the same support window, or the rule itself. */
    private static String programme(Collection<Subsidy> rules, Subsidy rule) {
        if (rule.window().isEmpty()) {
            return rule.id();
        }
        for (Subsidy r : rules) {
            if (r.window().equals(rule.window())) {
                return r.id();
            }
        }
        return rule.id();
    }

    /**
     * Computes an innovation center's awards year by year: each spending year under the rule of
     * its stage that year ({@link Stage.Step#LISTED} until certified, {@link Stage.Step#CERTIFIED}
     * from the certification year on), inside or outside the support window counted from the
     * listing year, and the {@link Stage.Step#PROMOTED} award once, in the promotion year. The
     * rules are found by their {@linkplain Subsidy#stage() stage} in the catalog's data.
     *
     * @param history the center's history
     * @return the schedule
     * @throws InvalidInputException if a year's costs do not fit the rule of that year, or the
     *         catalog has no rule for a stage the history reaches
     */
    public Schedule schedule(CenterHistory history) {
        List<Award> awards = new ArrayList<>();
        new java.util.TreeMap<>(history.spending()).forEach((year, costs) -> {
            boolean isCertified = history.certifiedYear().map(c -> year >= c).orElse(false);
            Application a = Application.builder()
                    .id(history.id() + "/" + year)
                    .applicant(history.id())
                    .rule(ruleOfStage(isCertified ? Stage.Step.CERTIFIED : Stage.Step.LISTED)
                            .id())
                    .costs(costs)
                    .year(year)
                    .listingYear(history.listingYear())
                    .build();
            awards.add(award(a));
        });
        history.promotedYear()
                .ifPresent(year -> awards.add(award(Application.builder()
                        .id(history.id() + "/promotion")
                        .applicant(history.id())
                        .rule(ruleOfStage(Stage.Step.PROMOTED).id())
                        .year(year)
                        .build())));
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
        return Matching.match(this, rules.values(), profile, noticeYear);
    }

    private Subsidy ruleOfStage(Stage.Step step) {
        return rules.values().stream()
                .filter(r -> r.stage().filter(st -> st.step() == step).isPresent())
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        "stage",
                        step.name(),
                        "the catalog " + catalog.notice().number() + " has no rule for this stage"));
    }

    /** Not eligible wins over undetermined: a condition that fails settles it whatever is missing. */
    private static Award verdict(Award.Parts parts, boolean ineligible, boolean undetermined, BigDecimal exact) {
        return ineligible ? parts.notEligible() : undetermined ? parts.undetermined() : parts.payable(exact);
    }

    private static List<Finding> list(List<Finding> findings) {
        return findings == null
                ? List.of()
                : findings instanceof ArrayList ? Collections.unmodifiableList(findings) : findings;
    }

    private static Finding missing(Subsidy rule, LocalParameter.Kind kind, String parameter) {
        String wording = rule.localParameters().stream()
                .filter(p -> p.kind() == kind)
                .map(LocalParameter::wording)
                .findFirst()
                .orElse(parameter);
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

    /**
     * Whether an application surely fits its rule, tested in a few comparisons: {@code false}
     * wherever {@link #check} may refuse it (and then {@code check} says why), so that the award
     * of an application that fits calls nothing more.
     */
    private boolean fits(
            RuleTerms t,
            int size,
            int known,
            boolean complete,
            Integer year,
            Integer listing,
            BigDecimal rate,
            BigDecimal amount,
            Application a) {
        return t.plain
                && known == size
                && complete
                && (year == null || year >= noticeYear)
                && (t.window == null ? listing == null : year != null && listing != null && listing >= noticeYear)
                && (rate == null || t.computed && t.localRate)
                && (amount == null || t.computed && t.localAmount)
                && a.honour().isEmpty();
    }

    /**
     * Whether an eligible application of a computed rule is in force by its support window alone,
     * as {@link InForce#covers} reads it: a rule without amendments, listed within the notice's
     * years and (being eligible) inside its window, needs no further check of the year.
     */
    private boolean inWindow(RuleTerms t, Integer listing) {
        return t.window != null && !t.amended && listing != null && listing >= firstYear && listing <= lastYear;
    }

    /** Refuses applications that do not fit their rule: never a wrong amount. */
    private void check(
            Application a,
            RuleTerms t,
            Map<String, BigDecimal> costs,
            int known,
            boolean complete,
            Integer year,
            Integer listing,
            BigDecimal rate,
            BigDecimal amount) {
        Subsidy rule = t.rule;
        if (t.surcharge) {
            throw new InvalidInputException(
                    "rule",
                    rule.id(),
                    "a surcharge on the enterprise (" + rule.name().zh()
                            + "), not a payment: there is nothing to award");
        }
        if (known < costs.size()) {
            for (String key : costs.keySet()) {
                if (!Arrays.asList(t.accepted).contains(key)) {
                    throw new InvalidInputException(
                            "costs." + key,
                            costs.get(key).toPlainString(),
                            "not a cost category or fact of rule " + rule.id() + "; it takes "
                                    + Arrays.asList(t.accepted));
                }
            }
        }
        for (int i = 0; !complete && i < t.basis.length; i++) {
            if (!costs.containsKey(t.basis[i])) {
                throw new InvalidInputException(
                        "costs." + t.basis[i],
                        null,
                        "rule " + rule.id() + " is a share of " + rule.basis()
                                + ": give every category, 0 where there is none");
            }
        }
        if (year != null && year < noticeYear) {
            throw new InvalidInputException(
                    "year",
                    year.toString(),
                    "rule " + rule.id() + " does not cover years before the notice (" + noticeYear + ")");
        }
        if (t.window != null) {
            if (year == null || listing == null) {
                throw new InvalidInputException(
                        year == null ? "year" : "listingYear",
                        null,
                        "rule " + rule.id() + " is paid year by year within " + t.window
                                + ": give the spending year and the listing year");
            }
            if (listing < noticeYear) {
                throw new InvalidInputException(
                        "listingYear",
                        listing.toString(),
                        "rule " + rule.id() + " does not cover listings before the notice (" + noticeYear + ")");
            }
        } else if (listing != null) {
            throw new InvalidInputException(
                    "listingYear", listing.toString(), "rule " + rule.id() + " has no support window");
        }
        if (!t.honours.isEmpty() || a.honour().isPresent()) {
            honour(a, t);
        }
        if (!t.computed && (rate != null || amount != null)) {
            throw new InvalidInputException(
                    rate != null ? "rate" : "amount",
                    (rate != null ? rate : amount).toPlainString(),
                    "rule " + rule.id() + " computes nothing (" + rule.kind()
                            + "): the notice states no arithmetic a rate or an amount could enter");
        }
        if (rate != null && !t.localRate) {
            throw new InvalidInputException(
                    "rate",
                    rate.toPlainString(),
                    rule.kind() == Subsidy.Kind.FIXED_AMOUNT
                            ? "rule " + rule.id() + " pays a fixed amount; it has no rate"
                            : "the notice states the rate of " + rule.id() + "; change it with a what-if override");
        }
        if (amount != null && !t.localAmount) {
            throw new InvalidInputException(
                    "amount",
                    amount.toPlainString(),
                    rule.kind() == Subsidy.Kind.FIXED_AMOUNT
                            ? "the notice states the amount of " + rule.id() + "; change it with a what-if override"
                            : "rule " + rule.id() + " is a share of costs, not a fixed amount");
        }
    }

    /** Returns the catalog, the overrides and the number of rules. */
    @Override
    public String toString() {
        return "SubsidyCalculator[" + catalog.notice().number() + ", " + rules.size() + " rules, what-if: " + overrides
                + "]";
    }
}
