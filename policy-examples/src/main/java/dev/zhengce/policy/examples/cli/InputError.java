package dev.zhengce.policy.examples.cli;

/**
 * Bad input to the command-line tool: the message names the file, the row (for CSV, the line;
 * for a workbook, the sheet and the row) and the field. The tool prints it and exits with
 * status 2, or, with {@code --rejects}, writes a bad row to the rejects file and goes on.
 */
final class InputError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String where;
    private final String reason;

    InputError(String message, Throwable cause) {
        super(message, cause);
        this.where = null;
        this.reason = null;
    }

    InputError(String message) {
        this(message, (Throwable) null);
    }

    /**
     * An error about one row.
     *
     * @param file   the file's name
     * @param where  the row: {@code line 4}, {@code row [3]}, {@code sheet 申报表, row 4}
     * @param detail what is wrong, starting with {@code ", field …"} or {@code ": …"}
     * @param cause  the library's exception, or {@code null}
     */
    InputError(String file, String where, String detail, Throwable cause) {
        super(file + ": " + where + detail, cause);
        this.where = where;
        this.reason = detail.startsWith(", ") || detail.startsWith(": ") ? detail.substring(2) : detail.strip();
    }

    /** Returns the row this error is about, or {@code null} when it is about the whole input. */
    String where() {
        return where;
    }

    /** Returns what is wrong with the row, without the file and the row. */
    String reason() {
        return reason == null ? getMessage() : reason;
    }
}
