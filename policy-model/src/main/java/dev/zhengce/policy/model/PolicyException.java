package dev.zhengce.policy.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The root of every exception this library throws on purpose.
 *
 * <p>Unchecked, like {@link java.time.DateTimeException}. Subtypes say whose mistake it is:
 * {@link InvalidDataException} for policy data (a catalog, a rule, a target) that breaks the
 * model's rules, {@link InvalidInputException} for a caller's facts or parameters. Every
 * message names the field, the offending value and the rule it breaks.
 */
public class PolicyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The field the problem is in, as a path or a name. */
    private final String field;
    /** The offending value as text, {@code null} when it was absent. */
    private final String value;
    /** The rule the value breaks, in plain words. */
    private final String rule;

    /**
     * Obtains an exception about one field.
     *
     * @param field the field, as a path ({@code plans[0].tasks[2].departments[1]}) or a name
     * @param value the offending value as text, may be {@code null} when the value is absent
     * @param rule  the rule the value breaks, in plain words
     * @param cause the underlying cause, may be {@code null}
     */
    public PolicyException(String field, String value, String rule, Throwable cause) {
        super(format(field, value, rule), cause);
        this.field = field;
        this.value = value;
        this.rule = rule;
    }

    /** {@return the field the problem is in, as a path or a name} */
    public String field() {
        return field;
    }

    /** {@return the offending value as text; empty when the value was absent} */
    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    /**
     * Returns where the problem is, as segments from the document's root, in the spirit of
     * Jackson's {@code JsonMappingException.getPath()}: {@code [0].costs.software-investment} is
     * the index 0, then the names {@code costs} and {@code software-investment}. Empty for the
     * whole document. Read this rather than taking the message apart.
     *
     * @return the segments
     */
    public List<Segment> path() {
        return Segment.parse(field);
    }

    /**
     * One step of a {@linkplain #path() path}: a field name or an index in an array.
     */
    public static final class Segment {
        private final String name;
        private final int index;

        private Segment(String name, int index) {
            this.name = name;
            this.index = index;
        }

        /** {@return the field name, if this step is one} */
        public Optional<String> name() {
            return Optional.ofNullable(name);
        }

        /** {@return the index in an array, if this step is one} */
        public OptionalInt index() {
            return name == null ? OptionalInt.of(index) : OptionalInt.empty();
        }

        static List<Segment> parse(String field) {
            List<Segment> segments = new ArrayList<>();
            if (field == null) {
                return segments;
            }
            StringBuilder name = new StringBuilder();
            for (int i = 0; i < field.length(); i++) {
                char c = field.charAt(i);
                int close = c == '[' ? field.indexOf(']', i) : -1;
                if (close > i + 1
                        && field.substring(i + 1, close).chars().allMatch(Character::isDigit)
                        && close - i <= 10) {
                    flush(name, segments);
                    segments.add(new Segment(null, Integer.parseInt(field.substring(i + 1, close))));
                    i = close;
                } else if (c == '.') {
                    flush(name, segments);
                } else {
                    name.append(c);
                }
            }
            flush(name, segments);
            return Collections.unmodifiableList(segments);
        }

        private static void flush(StringBuilder name, List<Segment> segments) {
            if (name.length() > 0) {
                segments.add(new Segment(name.toString(), -1));
                name.setLength(0);
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Segment && Objects.equals(name, ((Segment) o).name) && index == ((Segment) o).index;
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, index);
        }

        /** Returns the name, or the index in brackets. */
        @Override
        public String toString() {
            return name != null ? name : "[" + index + "]";
        }
    }

    /** {@return the rule the value breaks} */
    public String rule() {
        return rule;
    }

    private static String format(String field, String value, String rule) {
        StringBuilder b = new StringBuilder();
        b.append(field == null || field.isEmpty() ? "(document)" : field);
        if (value != null) {
            b.append(" = ").append(abbreviate(value));
        }
        return b.append(": ").append(rule).toString();
    }

    /** Keeps messages short when the offending value is huge (hostile input). */
    static String abbreviate(String value) {
        return value.length() <= 120 ? value : value.substring(0, 100) + "…(" + value.length() + " chars)";
    }
}
