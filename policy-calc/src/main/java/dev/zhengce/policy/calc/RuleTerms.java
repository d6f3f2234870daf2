package dev.zhengce.policy.calc;

import dev.zhengce.policy.model.Bilingual;
import dev.zhengce.policy.model.Condition;
import dev.zhengce.policy.model.LocalParameter;
import dev.zhengce.policy.model.Subsidy;
import dev.zhengce.policy.model.SupportWindow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A rule as {@link SubsidyCalculator#award} reads it, worked out once per calculator: its
 * numbers out of their {@code Optional}s and its lists as arrays, so that an award walks no
 * stream and builds no text; and the recipient limit it counts against.
 */
final class RuleTerms {
    final Subsidy rule;
    /** The rule's id, interned. */
    final String id;
    /**
     * The first other instance of the id that an application named the rule by (an id read from
     * JSON or a file is a new string, never the catalog's own): found by identity from then on,
     * without comparing characters. A racy cache, written once, of an immutable value: a thread
     * that does not see it compares the characters, which give the same rule.
     */
    String seen;

    final boolean surcharge;
    final boolean fixedAmount;
    final String[] basis;
    final Condition[] conditions;
    /** The fact of each condition, interned. */
    final String[] facts;
    /**
     * The basis, then the facts of the conditions, then the categories another reading of the
     * notice takes for this rule (see {@link #readingKeys}), each once: the keys an application may give.
     */
    final String[] accepted;
    /**
     * The cost categories and facts that another reading of the notice takes for this rule (an
     * alternative basis, as {@code green-subsidy-base=total-investment} reads it) and the rule as
     * read here does not: accepted and not used, so that one application can be compared between
     * readings ({@link WhatIf#between}). Empty for most rules.
     */
    final List<String> readingKeys;
    /** How many categories the basis names (each once, as the model checks): the first entries of {@link #accepted}. */
    final int distinctBasis;

    final SupportWindow window;
    final BigDecimal rate;
    final BigDecimal cap;
    final BigDecimal amount;
    final boolean localRate;
    final boolean localAmount;
    /** The limit per recipient, or {@code null} where there is none (a per-project cap needs none). */
    final Claim.Limit limit;
    /**
     * What a yearly cap is counted over: the first rule, in catalog order, with the same support
     * window (one programme: one recipient, one year, one status); the rule itself otherwise.
     */
    final String programme;
    /** The honours the rule is awarded for, Chinese and English names; empty where not per honour. */
    final List<Bilingual> honours;
    /** Neither a surcharge nor awarded per honour: the rule has nothing to check beyond its keys and numbers. */
    final boolean plain;
    /** Whether the notice states enough of the arithmetic to compute an amount at all. */
    final boolean computed;
    /** Whether dated amendments change the rule: then the rule in force depends on the year. */
    final boolean amended;

    RuleTerms(Subsidy rule, String programme, boolean amended, List<String> readingKeys) {
        this.rule = rule;
        this.id = rule.id().intern();
        this.surcharge = rule.kind() == Subsidy.Kind.SURCHARGE;
        this.fixedAmount = rule.kind() == Subsidy.Kind.FIXED_AMOUNT;
        // interned, as Java literals and the JSON field names of applications are: keys are
        // then found by identity before any comparison of characters
        this.basis = rule.basis().stream().map(String::intern).toArray(String[]::new);
        this.conditions = rule.conditions().toArray(new Condition[0]);
        this.facts = rule.conditions().stream().map(c -> c.fact().intern()).toArray(String[]::new);
        List<String> keys = accepted(rule);
        List<String> others = new ArrayList<>();
        readingKeys.stream()
                .filter(k -> !keys.contains(k) && !others.contains(k))
                .forEach(others::add);
        keys.addAll(others);
        this.readingKeys = List.copyOf(others);
        this.accepted = new LinkedHashSet<>(keys).stream().map(String::intern).toArray(String[]::new);
        this.distinctBasis = rule.basis().size();
        this.window = rule.window().orElse(null);
        this.rate = rule.rate().orElse(null);
        this.cap = rule.capYuan().orElse(null);
        this.amount = rule.amountYuan().orElse(null);
        this.localRate = rule.isLocal(LocalParameter.Kind.RATE);
        this.localAmount = rule.isLocal(LocalParameter.Kind.AMOUNT);
        this.limit =
                rule.capPeriod().filter(p -> p == Subsidy.CapPeriod.PER_YEAR).isPresent()
                        ? Claim.Limit.YEARLY
                        : rule.oneTime() ? Claim.Limit.ONCE : null;
        this.programme = programme;
        this.honours = rule.awardsFor();
        this.computed = rule.kind().computed();
        this.amended = amended;
        this.plain = !surcharge && honours.isEmpty();
    }

    /**
     * Returns the keys an application of the rule as read here may give: its basis, then its
     * conditions' facts (without the keys of other readings).
     */
    static List<String> accepted(Subsidy rule) {
        List<String> keys = new ArrayList<>(rule.basis());
        rule.conditions().forEach(c -> {
            if (!keys.contains(c.fact())) {
                keys.add(c.fact());
            }
        });
        return keys;
    }
}
