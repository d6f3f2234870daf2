package dev.zhengce.policy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A place where the notice can be read more than one way: the question, the sentence, the
 * targets and rules it concerns, the reading the catalog uses and the alternatives, each with a
 * one-line reason. An alternative is data ({@link Change}s to the catalog's targets and rules),
 * so an analyst can choose it ({@link Readings}, {@link Catalog#under(Readings)}) as a what-if
 * override chooses a rate.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAmbiguity.class)
@JsonDeserialize(as = ImmutableAmbiguity.class)
public abstract class Ambiguity {
    /** {@return the stable id, such as {@code cultivated-count}} */
    public abstract String id();

    /** {@return what can be read two ways, in Chinese and English} */
    public abstract Bilingual question();

    /** {@return a sentence where it shows} */
    public abstract Citation citation();

    /** {@return the ids of the targets and rules whose reading depends on it} */
    public abstract List<String> elements();

    /** {@return the reading the catalog uses: it changes nothing} */
    public abstract Reading reading();

    /** {@return the other readings, each with the changes it makes} */
    public abstract List<Reading> alternatives();

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a reading by id: the catalog's own or an alternative.
     *
     * @param id the reading's id
     * @return the reading, if there is one with this id
     */
    public Optional<Reading> reading(String id) {
        if (reading().id().equals(id)) {
            return Optional.of(reading());
        }
        return alternatives().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    @Value.Check
    void check() {
        Checks.id("id", id());
        if (elements().isEmpty()) {
            throw Checks.data("elements", elements(), "an ambiguity concerns at least one target or rule");
        }
        for (int i = 0; i < elements().size(); i++) {
            Checks.id("elements[" + i + "]", elements().get(i));
        }
        if (!reading().changes().isEmpty()) {
            throw Checks.data("reading.changes", reading().changes(), "the catalog's own reading changes nothing");
        }
        if (alternatives().isEmpty()) {
            throw Checks.data("alternatives", alternatives(), "an ambiguity has at least one alternative reading");
        }
        Set<String> ids = new HashSet<>();
        ids.add(reading().id());
        for (int a = 0; a < alternatives().size(); a++) {
            Reading r = alternatives().get(a);
            if (!ids.add(r.id())) {
                throw Checks.data("alternatives[" + a + "].id", r.id(), "each reading of an ambiguity has its own id");
            }
            if (r.changes().isEmpty()) {
                throw Checks.data(
                        "alternatives[" + a + "].changes", r.changes(), "an alternative reading changes something");
            }
            for (int c = 0; c < r.changes().size(); c++) {
                String element = r.changes().get(c).element();
                if (!elements().contains(element)) {
                    throw Checks.data(
                            "alternatives[" + a + "].changes[" + c + "].element",
                            element,
                            "not one of the ambiguity's elements " + elements());
                }
            }
        }
    }

    /** Returns {@code id: question (reading | alternatives)}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(id())
                .append(": ")
                .append(question().zh())
                .append(" [")
                .append(reading().id());
        alternatives().forEach(r -> b.append(" | ").append(r.id()));
        return b.append(']').toString();
    }

    /** Builds an {@link Ambiguity}. */
    public static final class Builder extends ImmutableAmbiguity.Builder {}
}
