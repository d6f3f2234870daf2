package dev.zhengce.policy.examples.cli;

/**
 * Bad input to the command-line tool: the message names the file, the row (for CSV, the line)
 * and the field. The tool prints it and exits with status 2.
 */
final class InputError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InputError(String message, Throwable cause) {
        super(message, cause);
    }

    InputError(String message) {
        super(message);
    }
}
