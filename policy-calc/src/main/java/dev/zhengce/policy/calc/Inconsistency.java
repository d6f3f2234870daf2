package dev.zhengce.policy.calc;

import dev.zhengce.policy.model.Bilingual;
import dev.zhengce.policy.model.Citation;
import dev.zhengce.policy.model.Language;
import dev.zhengce.policy.model.Target;
import java.util.List;
import java.util.Locale;

/** A place where a catalog's targets contradict each other, citing both source sentences. */
public final class Inconsistency {
    /** The kinds of contradiction. */
    public enum Kind {
        /** The same indicator and year, stated twice with different numbers or readings. */
        DIFFERENT_NUMBERS,
        /** Yearly minimums (每年…以上) whose sum does not match a stated total for the same indicator. */
        YEARLY_SUM_MISMATCH,
        /** A yearly figure below the yearly minimum the text sets for the same indicator. */
        BELOW_YEARLY_MINIMUM,
        /** A target stated under a plan other than the one whose tasks carry its indicator. */
        PLACED_IN_ANOTHER_PLAN
    }

    private final Kind kind;
    private final Target first;
    private final Target second;
    /** What contradicts what, not yet written: {@link Explainer} writes it when asked. */
    private final Text words;

    private final List<Citation> citations;

    Inconsistency(Kind kind, Target first, Target second, Text words) {
        this(kind, first, second, words, List.of(first.citation(), second.citation()));
    }

    Inconsistency(Kind kind, Target first, Target second, Text words, List<Citation> citations) {
        this.kind = kind;
        this.first = first;
        this.second = second;
        this.words = words;
        this.citations = List.copyOf(citations);
    }

    /** {@return the kind} */
    public Kind kind() {
        return kind;
    }

    /** {@return the first statement} */
    public Target first() {
        return first;
    }

    /**
     * Returns the statement it contradicts; for a target traced to a task by the task's
     * {@link dev.zhengce.policy.model.Task#indicators()}, a target of that task.
     *
     * @return the second statement
     */
    public Target second() {
        return second;
    }

    /** {@return what contradicts what, in Chinese and English} */
    public Bilingual text() {
        return Bilingual.of(explain(Language.ZH), explain(Language.EN));
    }

    /**
     * Returns what contradicts what in one language.
     *
     * @param language the language
     * @return the text
     */
    public String explain(Language language) {
        return Explainer.of(language).write(words);
    }

    /**
     * Returns what contradicts what in a locale's language.
     *
     * @param locale the locale
     * @return the text
     */
    public String explain(Locale locale) {
        return Explainer.of(locale).write(words);
    }

    /**
     * Returns both source sentences: the two statements', or the misplaced target's and the title
     * of the task it is traced to.
     *
     * @return the two citations, the first statement's first
     */
    public List<Citation> citations() {
        return citations;
    }

    /** Returns the kind, the text and both sentences. */
    @Override
    public String toString() {
        return kind + ": " + explain(Language.ZH) + " / " + explain(Language.EN) + "\n    " + citations.get(0)
                + "\n    " + citations.get(1);
    }
}
