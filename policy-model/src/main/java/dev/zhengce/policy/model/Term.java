package dev.zhengce.policy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The display name of an id that the notice's rules use as a key: a cost category
 * ({@code software-investment}), a fact a condition reads ({@code annual-revenue}) or a status
 * ({@code city-certified}). The id stays the key in data; a person reads the name. Names are
 * the notice's own data, so a second notice brings its own.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTerm.class)
@JsonDeserialize(as = ImmutableTerm.class)
public abstract class Term {
    /** {@return the id, such as {@code software-investment}} */
    public abstract String id();

    /** {@return the name, in Chinese in the notice's words where it has them, and in English} */
    public abstract Bilingual name();

    /**
     * Obtains a term.
     *
     * @param id the id
     * @param name the name
     * @return the term
     */
    public static Term of(String id, Bilingual name) {
        return builder().id(id).name(name).build();
    }

    /** {@return a builder} */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.id("id", id());
    }

    /** Returns {@code id: 中文名 (English name)}. */
    @Override
    public String toString() {
        return id() + ": " + name();
    }

    /** Builds a {@link Term}. */
    public static final class Builder extends ImmutableTerm.Builder {}
}
