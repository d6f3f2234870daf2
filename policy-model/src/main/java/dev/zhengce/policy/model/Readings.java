package dev.zhengce.policy.model;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * An analyst's choice of readings where the notice can be read more than one way: for each
 * {@link Ambiguity} id chosen, the id of the {@link Reading} to use. Written
 * {@code ambiguity=reading}, as on the command line: {@code cultivated-count=flow}. An ambiguity
 * not chosen keeps the catalog's reading. {@link Catalog#under(Readings)} applies the choice.
 * Immutable.
 */
public final class Readings {
    private static final Readings NONE = new Readings(Collections.emptyMap());

    private final Map<String, String> chosen;

    private Readings(Map<String, String> chosen) {
        this.chosen = chosen;
    }

    /** {@return no choice: the catalog's own readings} */
    public static Readings none() {
        return NONE;
    }

    /**
     * Parses readings written {@code ambiguity=reading}.
     *
     * @param choices the choices
     * @return the readings
     * @throws InvalidInputException naming the choice that cannot be read
     */
    public static Readings parse(String... choices) {
        Readings r = NONE;
        for (String c : choices) {
            Objects.requireNonNull(c, "reading");
            int eq = c.indexOf('=');
            if (eq <= 0 || eq == c.length() - 1) {
                throw new InvalidInputException("reading", c, "write ambiguity=reading, such as cultivated-count=flow");
            }
            r = r.with(c.substring(0, eq).strip(), c.substring(eq + 1).strip());
        }
        return r;
    }

    /**
     * Returns these readings with one more choice (replacing any for the same ambiguity).
     *
     * @param ambiguity the ambiguity's id
     * @param reading   the reading's id
     * @return the readings
     * @throws InvalidInputException if an id is not a kebab-case id
     */
    public Readings with(String ambiguity, String reading) {
        check("reading", ambiguity);
        check("reading." + ambiguity, reading);
        Map<String, String> copy = new TreeMap<>(chosen);
        copy.put(ambiguity, reading);
        return new Readings(Collections.unmodifiableMap(copy));
    }

    private static void check(String field, String id) {
        try {
            Checks.id(field, id);
        } catch (InvalidDataException e) {
            throw new InvalidInputException(field, id, e.rule(), e);
        }
    }

    /** {@return the reading chosen for each ambiguity chosen, by ambiguity id, in id order} */
    public Map<String, String> chosen() {
        return chosen;
    }

    /** {@return whether nothing is chosen} */
    public boolean isEmpty() {
        return chosen.isEmpty();
    }

    /** Returns {@code ambiguity=reading, …}, or {@code none}. */
    @Override
    public String toString() {
        return chosen.isEmpty()
                ? "none"
                : chosen.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(", "));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Readings && chosen.equals(((Readings) o).chosen);
    }

    @Override
    public int hashCode() {
        return chosen.hashCode();
    }
}
