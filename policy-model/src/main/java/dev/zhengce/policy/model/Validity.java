package dev.zhengce.policy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * When a notice's rules apply, as far as is known: the sentence that dates it, the sentences
 * that set the years its plans cover, what the text leaves unknown, and where a document it
 * rests on is known to have ended ({@link Ending}).
 *
 * <p>The notice's date and years themselves are {@link Notice#date()}, {@link Notice#firstYear()}
 * and {@link Notice#lastYear()}; this says where they come from and what is not known. The text
 * of 孟政〔2017〕25号 states no date of expiry.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableValidity.class)
@JsonDeserialize(as = ImmutableValidity.class)
public abstract class Validity {
    /** {@return the sentence that dates the notice (…2017年11月24日印发): it applies from its issue} */
    public abstract Citation issued();

    /** {@return the sentences that set the first and the last year the plans cover} */
    public abstract List<Citation> years();

    /** {@return what the text does not say about its validity, in Chinese and English} */
    public abstract Bilingual unknown();

    /** {@return documents the notice rests on that are known to have ended, with the source of that knowledge} */
    public abstract List<Ending> endings();

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        if (years().isEmpty()) {
            throw Checks.data("years", years(), "cite the sentences that set the years covered");
        }
    }

    /** Returns the sentences, one line. */
    @Override
    public String toString() {
        return "issued " + issued() + ", years " + years() + (endings().isEmpty() ? "" : ", ended: " + endings());
    }

    /** Builds a {@link Validity}. */
    public static final class Builder extends ImmutableValidity.Builder {}
}
