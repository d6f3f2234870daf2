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

    /**
     * Obtains the exception about a problem in one row of a list: the same value and rule, the
     * field inside the row ({@code [3].id}, or {@code [3]} for the whole row).
     *
     * @param row     the row's index, from 0
     * @param problem the problem in the row, its field relative to the row
     * @return the exception, with {@code problem} as its cause
     */
    public static InvalidInputException inRow(int row, PolicyException problem) {
        String field = problem.field() == null || problem.field().isEmpty()
                ? "[" + row + "]"
                : problem.field().startsWith("[")
                        ? "[" + row + "]" + problem.field()
                        : "[" + row + "]." + problem.field();
        return new InvalidInputException(field, problem.value().orElse(null), problem.rule(), problem);
    }
}
