package dev.zhengce.policy.calc;

import dev.zhengce.policy.model.Bilingual;
import dev.zhengce.policy.model.Citation;
import dev.zhengce.policy.model.Language;
import dev.zhengce.policy.model.Subsidy;
import java.util.Objects;
import java.util.Optional;

/**
 * What keeps a rule from being computed for an application although nothing in the
 * application is wrong: the year lies beyond what the notice is known to cover, an amendment
 * changes the rule within the year, another document sets the rule, or the notice does not
 * state the form of the support. An award with a caveat is undetermined, never paid and never
 * zero; the caveat names what the caller must confirm or supply.
 */
public final class Caveat {
    /** The kinds of caveat. */
    public enum Kind {
        /**
         * The year lies beyond the years the notice covers, and the caller has not confirmed that
         * the rule still applies then ({@code rule.applies-through=YEAR}).
         */
        YEAR_NOT_COVERED,
        /** A dated amendment takes effect within the year: the year's costs fall under two rules. */
        AMENDED_WITHIN_YEAR,
        /** Another document sets the rule's terms: nothing is computed from this notice. */
        SET_BY_DOCUMENT,
        /** The notice states who is eligible but not what is given: nothing is computed. */
        FORM_NOT_STATED
    }

    private final Kind kind;
    private final String rule;
    /** What it says, not yet written: {@link Explainer} writes it when asked. */
    private final Text words;

    private final Citation citation;
    private final String confirmation;

    Caveat(Kind kind, String rule, Text words, Citation citation, String confirmation) {
        this.kind = kind;
        this.rule = rule;
        this.words = words;
        this.citation = citation;
        this.confirmation = confirmation;
    }

    /**
     * Returns the caveat of a rule the notice does not let anyone compute, whatever the facts:
     * one whose terms another document sets, or support of a form the notice does not state.
     *
     * @param rule the rule
     * @return the caveat; empty for a rule whose arithmetic the notice states
     */
    public static Optional<Caveat> of(Subsidy rule) {
        Objects.requireNonNull(rule, "rule");
        switch (rule.kind()) {
            case SET_BY_DOCUMENT:
                String document = rule.setBy().orElseThrow();
                return Optional.of(new Caveat(
                        Kind.SET_BY_DOCUMENT, rule.id(), new Text("caveat.setBy", document), rule.citation(), null));
            case SUPPORT:
                return Optional.of(new Caveat(
                        Kind.FORM_NOT_STATED, rule.id(), new Text("caveat.formNotStated"), rule.citation(), null));
            default:
                return Optional.empty();
        }
    }

    /** {@return the kind} */
    public Kind kind() {
        return kind;
    }

    /** {@return the id of the rule it is about} */
    public String rule() {
        return rule;
    }

    /** {@return the caveat in Chinese and English, naming what the caller must confirm or supply} */
    public Bilingual text() {
        return Bilingual.of(explain(Language.ZH), explain(Language.EN));
    }

    /**
     * Returns the caveat in one language.
     *
     * @param language the language
     * @return the text
     */
    public String explain(Language language) {
        return Explainer.of(language).write(words);
    }

    /** What it says, not yet written. */
    Text words() {
        return words;
    }

    /** {@return the sentence behind it: the rule's, or the one that sets the years covered} */
    public Optional<Citation> citation() {
        return Optional.ofNullable(citation);
    }

    /**
     * Returns the override that confirms the rule applies, where a confirmation lifts the caveat,
     * such as {@code intelligent-transformation-subsidy.applies-through=2021}.
     *
     * @return the override's text; empty where no override lifts the caveat
     */
    public Optional<String> confirmation() {
        return Optional.ofNullable(confirmation);
    }

    /** Returns the kind and the text in both languages. */
    @Override
    public String toString() {
        return kind + ": " + text();
    }
}
