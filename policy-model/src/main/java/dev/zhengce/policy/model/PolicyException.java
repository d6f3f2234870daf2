package dev.zhengce.policy.model;

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

    /** {@return the offending value as text, or {@code null} when it was absent} */
    public String value() {
        return value;
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
