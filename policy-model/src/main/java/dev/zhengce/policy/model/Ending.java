package dev.zhengce.policy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document a notice rests on, known to have ended: which, how it relates to the notice, what
 * ended it, when as far as known, and the source of that knowledge — which is never the notice
 * itself, and is kept apart from its citations.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEnding.class)
@JsonDeserialize(as = ImmutableEnding.class)
public abstract class Ending {
    /** {@return the document that ended, by its number, such as {@code 豫政〔2017〕22号}} */
    public abstract String document();

    /** {@return how it relates to the notice, such as its provincial parent} */
    public abstract Bilingual relation();

    /** {@return the document that ended it, such as {@code 豫政〔2023〕7号}} */
    public abstract String endedBy();

    /** {@return the year it ended, where known (the year in the ending document's number)} */
    public abstract Optional<Integer> year();

    /** {@return the day it ended, where known} */
    public abstract Optional<LocalDate> date();

    /** {@return where this is known from, and how far it was checked} */
    public abstract Bilingual source();

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.text("document", document());
        Checks.text("endedBy", endedBy());
        year().ifPresent(y -> {
            if (y < 1949 || y > 2100) {
                throw Checks.data("year", y, "year must be within 1949..2100");
            }
        });
        date().ifPresent(d -> year().filter(y -> y != d.getYear()).ifPresent(y -> {
            throw Checks.data("date", d, "the date falls in year " + y);
        }));
    }

    /** Returns {@code document ended by endedBy (year)}. */
    @Override
    public String toString() {
        return document() + " ended by " + endedBy()
                + date().map(d -> " (" + d + ")")
                        .orElse(year().map(y -> " (" + y + ")").orElse(""));
    }

    /** Builds an {@link Ending}. */
    public static final class Builder extends ImmutableEnding.Builder {}
}
