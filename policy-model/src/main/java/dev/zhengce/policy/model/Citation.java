package dev.zhengce.policy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The exact source sentence a value comes from, as it appears in the notice — character for
 * character, so that it can be found in the source text ({@link SourceText#locate}).
 *
 * <p>A sentence that occurs more than once in the text (a 责任单位 line shared by two tasks, a
 * target repeated in a yearly block and in a task) states which occurrence it is: the
 * {@link #occurrence()}, counted from 1 in the order of the text.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCitation.class)
@JsonDeserialize(as = ImmutableCitation.class)
public abstract class Citation {
    /** {@return the sentence, verbatim} */
    public abstract String sentence();

    /**
     * Returns which occurrence of the sentence in the source text is meant, counted from 1 in the
     * text's order; stated where the sentence occurs more than once, empty where it occurs once.
     *
     * @return the occurrence, from 1; empty for a sentence that occurs once
     */
    public abstract Optional<Integer> occurrence();

    /**
     * Obtains a citation of a sentence that occurs once in its text.
     *
     * @param sentence the sentence, verbatim
     * @return the citation
     */
    public static Citation of(String sentence) {
        return ImmutableCitation.builder().sentence(sentence).build();
    }

    /**
     * Obtains a citation of one occurrence of a sentence that occurs more than once in its text.
     *
     * @param sentence   the sentence, verbatim
     * @param occurrence which occurrence, counted from 1 in the text's order
     * @return the citation
     */
    public static Citation of(String sentence, int occurrence) {
        return ImmutableCitation.builder()
                .sentence(sentence)
                .occurrence(occurrence)
                .build();
    }

    @Value.Check
    void check() {
        Checks.text("sentence", sentence());
        if (sentence().length() > 2000) {
            throw Checks.data("sentence", sentence(), "a citation is one sentence, at most 2000 characters");
        }
        occurrence().ifPresent(n -> {
            if (n < 1) {
                throw Checks.data("occurrence", n, "occurrences are counted from 1");
            }
        });
    }

    /** Returns the sentence in Chinese quotation marks. */
    @Override
    public String toString() {
        return "“" + sentence() + "”";
    }
}
