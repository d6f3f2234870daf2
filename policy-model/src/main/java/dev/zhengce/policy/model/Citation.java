package dev.zhengce.policy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The exact source sentence a value comes from, as it appears in the notice — character for
 * character, so that it can be found in the source text ({@link SourceText#contains}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCitation.class)
@JsonDeserialize(as = ImmutableCitation.class)
public abstract class Citation {
    /** {@return the sentence, verbatim} */
    public abstract String sentence();

    /**
     * Obtains a citation of a sentence.
     *
     * @param sentence the sentence, verbatim
     * @return the citation
     */
    public static Citation of(String sentence) {
        return ImmutableCitation.builder().sentence(sentence).build();
    }

    @Value.Check
    void check() {
        Errors.text("sentence", sentence());
        if (sentence().length() > 2000) {
            throw Errors.data("sentence", sentence(), "a citation is one sentence, at most 2000 characters");
        }
    }

    /** Returns the sentence in Chinese quotation marks. */
    @Override
    public String toString() {
        return "“" + sentence() + "”";
    }
}
