package dev.zhengce.policy.model;

/**
 * Thrown when a caller's facts or parameters cannot be used: a negative amount, a currency
 * other than CNY, more than two decimals on an amount of money, a year a rule does not cover.
 */
public class InvalidInputException extends PolicyException {
    private static final long serialVersionUID = 1L;

    /**
     * Obtains an exception about one input field.
     *
     * @param field the field, as a path or a name
     * @param value the offending value as text, may be {@code null}
     * @param rule  the rule it breaks
     */
    public InvalidInputException(String field, String value, String rule) {
        super(field, value, rule, null);
    }

    /**
     * Obtains an exception about one input field, with its cause.
     *
     * @param field the field, as a path or a name
     * @param value the offending value as text, may be {@code null}
     * @param rule  the rule it breaks
     * @param cause the underlying cause
     */
    public InvalidInputException(String field, String value, String rule, Throwable cause) {
        super(field, value, rule, cause);
    }
}
