package dev.zhengce.policy.examples.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Rows of cells as text, from CSV or from a sheet of a workbook, one at a time, and how to
 * name a row and a cell in a message. Rows whose every cell is empty are skipped.
 */
interface Cells extends Closeable {
    /**
     * Moves to the next row that has a cell that is not empty.
     *
     * @return whether there is one
     * @throws InputError if the input cannot be read on
     */
    boolean next();

    /** Returns the number of the current row: its line in CSV, its row in a sheet. */
    long number();

    /**
     * Whether every row has as many cells as the header (CSV: each row lists them all), rather
     * than leaving out empty cells at its end (a sheet).
     */
    boolean fixedWidth();

    /** Returns the number of cells of the current row. */
    int size();

    /**
     * Returns the text of a cell of the current row: numbers of a workbook as plain decimals,
     * exactly as stored; an absent cell is empty.
     *
     * @param i the cell, from 0
     * @return the text
     * @throws Numbers.Refused if the cell holds no text nor number (a formula, an error, a boolean)
     */
    String text(int i) throws Numbers.Refused;

    /** Returns every cell of the current row as it reads, for a rejects file. */
    List<String> raw();

    /**
     * Names a row in a message.
     *
     * @param number the row's number (its line in CSV)
     * @return {@code line 4}, {@code sheet 申报表, row 4}
     */
    String where(long number);

    /**
     * Names a cell of the current row in a message, after {@link #where}.
     *
     * @param i      the cell, from 0
     * @param column the name of its column
     * @return {@code , field rate} for CSV, {@code , column F (rate)} for a sheet
     */
    String field(int i, String column);

    /** Names the header's cell {@code i} in a message: {@code line 1, column 3}, {@code sheet 申报表, row 2, column C}. */
    String headerCell(int i);

    /** Returns the bytes read so far, for the progress bar. */
    long bytesRead();

    /** CSV text as cells. */
    static Cells csv(Csv.Rows rows, Text text, String name) {
        return new Cells() {
            @Override
            public boolean next() {
                try {
                    return rows.next();
                } catch (Csv.Malformed e) {
                    throw new InputError(name + ": " + e.getMessage(), e);
                } catch (Text.Malformed e) {
                    throw new InputError(name + ": line " + rows.lineNow() + ": " + e.getMessage(), e);
                } catch (IOException e) {
                    throw new InputError(name + ": cannot read: " + e.getMessage(), e);
                }
            }

            @Override
            public long number() {
                return rows.line();
            }

            @Override
            public boolean fixedWidth() {
                return true;
            }

            @Override
            public int size() {
                return rows.cells().size();
            }

            @Override
            public String text(int i) {
                return i < rows.cells().size() ? rows.cells().get(i) : "";
            }

            @Override
            public List<String> raw() {
                return List.copyOf(rows.cells());
            }

            @Override
            public String where(long number) {
                return "line " + number;
            }

            @Override
            public String field(int i, String column) {
                return ", field " + column;
            }

            @Override
            public String headerCell(int i) {
                return "line " + rows.line() + ", column " + (i + 1);
            }

            @Override
            public long bytesRead() {
                return text.bytesRead();
            }

            @Override
            public void close() {
                try {
                    text.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
