package dev.zhengce.policy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * One way to read an {@link Ambiguity}: what it takes the words to mean, the reason for it in
 * one line, and the changes it makes to the catalog's targets and rules (none for the reading
 * the catalog uses).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReading.class)
@JsonDeserialize(as = ImmutableReading.class)
public abstract class Reading {
    /** {@return the id, unique within its ambiguity, such as {@code level} or {@code flow}} */
    public abstract String id();

    /** {@return what the words are taken to mean} */
    public abstract Bilingual description();

    /** {@return the reason for reading them so, in one line} */
    public abstract Bilingual reason();

    /** {@return the changes this reading makes to the catalog as written} */
    public abstract List<Change> changes();

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.id("id", id());
    }

    /** Returns {@code id: description}. */
    @Override
    public String toString() {
        return id() + ": " + description().zh();
    }

    /** Builds a {@link Reading}. */
    public static final class Builder extends ImmutableReading.Builder {}
}
