package dev.zhengce.policy.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The rejects file of {@code --rejects}: one CSV row per bad row of the input — where it is,
 * why it was refused, and its cells as read — written like every output, atomically.
 */
final class Rejects implements AutoCloseable {
    private final Output output;
    private final Writer text;
    private final Csv.Printer printer;
    private long count;

    private Rejects(Output output, List<String> columns, boolean excel) {
        this.output = output;
        this.text = output.text(excel);
        this.printer = new Csv.Printer(text, excel);
        List<String> header = new ArrayList<>(List.of("location", "reason"));
        header.addAll(columns);
        printer.row(header);
    }

    /**
     * Opens a rejects file.
     *
     * @param file    the file
     * @param columns the input's columns, after the location and the reason
     * @param excel   whether to write it for Excel (a byte-order mark, CRLF)
     * @param stdout  standard output (a rejects file is never written there)
     * @return the rejects file
     */
    static Rejects open(String file, List<String> columns, boolean excel, OutputStream stdout) {
        if ("-".equals(file)) {
            throw new InputError("--rejects -: the rejects go to a file");
        }
        return new Rejects(Output.open(file, stdout), columns, excel);
    }

    /** Writes a bad row. */
    void add(InputError error, List<String> cells) {
        List<String> row = new ArrayList<>();
        row.add(error.where() == null ? "" : error.where());
        row.add(error.reason());
        if (cells != null) {
            row.addAll(cells);
        }
        printer.row(row);
        count++;
    }

    /** Returns how many bad rows were written. */
    long count() {
        return count;
    }

    /** Returns the file's name. */
    String name() {
        return output.name();
    }

    /** Moves the file into place: the command has succeeded. */
    void commit() {
        try {
            text.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        output.commit();
    }

    @Override
    public void close() {
        output.close();
    }
}
