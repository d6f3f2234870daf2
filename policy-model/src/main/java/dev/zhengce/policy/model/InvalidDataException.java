package dev.zhengce.policy.model;

/**
 * Thrown when policy data — a catalog document, a rule, a target, or JSON claiming to be one —
 * breaks the model's rules: an unknown field, a duplicate key, a rate outside [0, 1], a
 * currency other than CNY, a department that does not exist.
 */
public class InvalidDataException extends PolicyException {
    private static final long serialVersionUID = 1L;

    /**
     * Obtains an exception about one field of policy data.
     *
     * @param field the field, as a path or a name
     * @param value the offending value as text, may be {@code null}
     * @param rule  the rule it breaks
     */
    public InvalidDataException(String field, String value, String rule) {
        super(field, value, rule, null);
    }

    /**
     * Obtains an exception about one field of policy data, with its cause.
     *
     * @param field the field, as a path or a name
     * @param value the offending value as text, may be {@code null}
     * @param rule  the rule it breaks
     * @param cause the underlying cause
     */
    public InvalidDataException(String field, String value, String rule, Throwable cause) {
        super(field, value, rule, cause);
    }
}
