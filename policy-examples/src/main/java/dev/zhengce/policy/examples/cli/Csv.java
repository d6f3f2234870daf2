package dev.zhengce.policy.examples.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as RFC 4180 writes it, read and written one row at a time: cells separated by commas,
 * rows by line breaks (LF, CRLF or CR), a cell in double quotes where it holds a comma, a
 * quote ({@code ""}) or a line break. Spaces and tabs around a cell are not part of it.
 */
final class Csv {
    /** The longest row read, in characters: a row longer than this is refused, not held. */
    static final int MAX_ROW_CHARS = 1_000_000;

    private Csv() {}

    /** A CSV row that cannot be read; the caller names the file. */
    static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Rows of CSV text, one at a time. Lines that are empty, or whose every cell is empty (as
     * spreadsheets export rows they once formatted), are skipped.
     */
    static final class Rows {
        private final Reader in;
        private final char[] buf = new char[1 << 16];
        private int pos;
        private int end;
        private boolean eof;
        private long line = 1;
        private long rowLine;
        private final List<String> cells = new ArrayList<>();
        private final StringBuilder cell = new StringBuilder();
        private int rowChars;

        /**
         * Reads rows from text.
         *
         * @param in the text
         */
        Rows(Reader in) {
            this.in = in;
        }

        /**
         * Reads the next row that has a cell that is not empty.
         *
         * @return whether there is one
         * @throws Malformed   if the row is not CSV (an unclosed quote, text after a closing quote, too long)
         * @throws IOException if the text cannot be read
         */
        boolean next() throws IOException {
            while (true) {
                if (!readRow()) {
                    return false;
                }
                for (String c : cells) {
                    if (!c.isEmpty()) {
                        return true;
                    }
                }
            }
        }

        /** Returns the cells of the current row (valid until the next call to {@link #next}). */
        List<String> cells() {
            return cells;
        }

        /** Returns the line being read, counting from 1. */
        long lineNow() {
            return line;
        }

        /** Returns the line the current row starts on, counting from 1. */
        long line() {
            return rowLine;
        }

        private int peek() throws IOException {
            if (pos == end) {
                if (eof) {
                    return -1;
                }
                end = in.read(buf, 0, buf.length);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    eof = true;
                    return -1;
                }
            }
            return buf[pos];
        }

        /** Reads one row into {@link #cells}; false at the end of the text. */
        private boolean readRow() throws IOException {
            cells.clear();
            rowChars = 0;
            if (peek() < 0) {
                return false;
            }
            rowLine = line;
            while (true) {
                int c = readCell();
                if (c == ',') {
                    continue;
                }
                // a line break or the end
                return true;
            }
        }

        /** Reads one cell into {@link #cells}; returns what ended it: a comma, '\n' or -1. */
        private int readCell() throws IOException {
            cell.setLength(0);
            if (++rowChars > MAX_ROW_CHARS) {
                throw new Malformed("line " + rowLine + ": a row longer than " + MAX_ROW_CHARS + " characters");
            }
            int c = peek();
            while (c == ' ' || c == '\t') {
                take();
                c = peek();
            }
            if (c == '"') {
                take();
                long opened = line;
                while (true) {
                    c = peek();
                    if (c < 0) {
                        throw new Malformed("line " + opened + ": a quoted cell is never closed");
                    }
                    take();
                    if (c == '"') {
                        if (peek() == '"') {
                            take();
                            append('"');
                            continue;
                        }
                        break;
                    }
                    // a line break inside quotes is part of the cell, as it is (CR, LF or CRLF)
                    if (c == '\n' || (c == '\r' && peek() != '\n')) {
                        line++;
                    }
                    append((char) c);
                }
                cells.add(cell.toString());
                c = peek();
                while (c == ' ' || c == '\t') {
                    take();
                    c = peek();
                }
                if (c != ',' && c != '\n' && c != '\r' && c >= 0) {
                    throw new Malformed("line " + line + ": text after the closing quote of a cell");
                }
                return endCell(c);
            }
            // unquoted: up to a comma or a line break, trailing spaces and tabs trimmed; a cell within the
            // buffer becomes its string in one copy, one across the buffer's end is gathered first
            int start = pos;
            boolean gathered = false;
            while (true) {
                // the cell's characters within the buffer, in one tight scan; counted for the row's length after it
                int p = pos;
                int e = end;
                char[] b = buf;
                while (p < e) {
                    char ch = b[p];
                    // every character that ends a cell is at most ','; most others are passed by one comparison
                    if (ch <= ',' && (ch == ',' || ch == '\n' || ch == '\r')) {
                        break;
                    }
                    p++;
                }
                rowChars += p - pos;
                pos = p;
                if (rowChars > MAX_ROW_CHARS) {
                    throw new Malformed("line " + rowLine + ": a row longer than " + MAX_ROW_CHARS + " characters");
                }
                if (p < e) {
                    c = b[p];
                    if (gathered) {
                        cell.append(buf, start, pos - start);
                    }
                    break;
                }
                cell.append(buf, start, pos - start);
                gathered = true;
                c = peek();
                start = pos;
                if (c < 0) {
                    break;
                }
            }
            if (!gathered) {
                int last = pos;
                while (last > start && (buf[last - 1] == ' ' || buf[last - 1] == '\t')) {
                    last--;
                }
                cells.add(last == start ? "" : new String(buf, start, last - start));
                return endCell(c);
            }
            int len = cell.length();
            while (len > 0 && (cell.charAt(len - 1) == ' ' || cell.charAt(len - 1) == '\t')) {
                len--;
            }
            cells.add(len == 0 ? "" : cell.substring(0, len));
            return endCell(c);
        }

        /** Consumes what ended a cell: a comma, or a line break (LF, CRLF or CR). */
        private int endCell(int c) throws IOException {
            if (c < 0) {
                return -1;
            }
            take();
            if (c == '\r') {
                if (peek() == '\n') {
                    take();
                }
                c = '\n';
            }
            if (c == '\n') {
                line++;
            }
            return c;
        }

        private void take() {
            pos++;
        }

        private void append(char c) {
            if (++rowChars > MAX_ROW_CHARS) {
                throw new Malformed("line " + rowLine + ": a row longer than " + MAX_ROW_CHARS + " characters");
            }
            cell.append(c);
        }
    }

    /** Writes CSV rows to text: a cell is quoted where it must be, and where spaces around it would be lost. */
    static final class Printer {
        private final Writer out;
        private final String lineBreak;
        /** The digits of an amount, written from the end. */
        private final char[] digits = new char[24];
        /** A cell's characters, for cells of up to its length. */
        private final char[] text = new char[1 << 10];

        /** Texts written before that need no quotes, by identity (a rule's id, a status), and their characters. */
        private final String[] known = new String[32];

        private final char[][] knownChars = new char[32][];
        private int knownCount;

        private boolean inRow;

        /**
         * Writes rows to text.
         *
         * @param out       the text
         * @param crlf      whether rows end with CRLF (as Excel writes them) rather than LF
         */
        Printer(Writer out, boolean crlf) {
            this.out = out;
            this.lineBreak = crlf ? "\r\n" : "\n";
        }

        /** Writes one row. */
        void row(List<String> cells) {
            for (String c : cells) {
                cell(c);
            }
            end();
        }

        /** Writes one row. */
        void row(String... cells) {
            for (String c : cells) {
                cell(c);
            }
            end();
        }

        /** Writes the next cell of the current row, quoted where it must be. */
        void cell(CharSequence s) {
            try {
                separate();
                int length = s.length();
                if (length <= text.length) {
                    // copied once, looked at and written from the copy
                    if (s instanceof String) {
                        ((String) s).getChars(0, length, text, 0);
                    } else if (s instanceof StringBuilder) {
                        ((StringBuilder) s).getChars(0, length, text, 0);
                    } else {
                        for (int i = 0; i < length; i++) {
                            text[i] = s.charAt(i);
                        }
                    }
                    if (!needsQuotes(text, length)) {
                        out.write(text, 0, length);
                        return;
                    }
                    out.write('"');
                    int from = 0;
                    for (int i = 0; i < length; i++) {
                        if (text[i] == '"') {
                            // the quote, doubled: written once with the run before it, once here
                            out.write(text, from, i + 1 - from);
                            out.write('"');
                            from = i + 1;
                        }
                    }
                    out.write(text, from, length - from);
                    out.write('"');
                    return;
                }
                String t = s.toString();
                if (!needsQuotes(t)) {
                    out.write(t);
                    return;
                }
                out.write('"');
                out.write(t.replace("\"", "\"\""));
                out.write('"');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Writes the next cell of the current row, as {@link #cell} writes it: one of a few texts
         * written again and again (the same instance: a rule's id, a status), looked at once and
         * then copied as it is. Any other text is written as {@link #cell} writes it.
         */
        void known(String s) {
            for (int i = 0; i < knownCount; i++) {
                if (known[i] == s) {
                    try {
                        separate();
                        out.write(knownChars[i], 0, knownChars[i].length);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return;
                }
            }
            if (knownCount < known.length && !needsQuotes(s)) {
                known[knownCount] = s;
                knownChars[knownCount++] = s.toCharArray();
            }
            cell(s);
        }

        /**
         * Writes the next cell of the current row: an amount as {@link BigDecimal#toPlainString()}
         * writes it (never quoted: digits, a point and a sign), or empty.
         */
        void amount(BigDecimal yuan) {
            if (yuan == null) {
                cell("");
                return;
            }
            if (yuan.scale() != 2 || yuan.precision() > 18) {
                cell(yuan.toPlainString());
                return;
            }
            long fen = yuan.movePointRight(2).longValueExact();
            boolean negative = fen < 0;
            long v = Math.abs(fen);
            int i = digits.length;
            digits[--i] = (char) ('0' + v % 10);
            v /= 10;
            digits[--i] = (char) ('0' + v % 10);
            v /= 10;
            digits[--i] = '.';
            do {
                digits[--i] = (char) ('0' + v % 10);
                v /= 10;
            } while (v > 0);
            if (negative) {
                digits[--i] = '-';
            }
            try {
                separate();
                out.write(digits, i, digits.length - i);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Ends the current row. */
        void end() {
            try {
                out.write(lineBreak);
                inRow = false;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void separate() throws IOException {
            if (inRow) {
                out.write(',');
            }
            inRow = true;
        }

        private static boolean needsQuotes(char[] cs, int length) {
            if (length == 0) {
                return false;
            }
            char first = cs[0];
            char last = cs[length - 1];
            if (first == ' ' || first == '\t' || last == ' ' || last == '\t') {
                return true;
            }
            for (int i = 0; i < length; i++) {
                char c = cs[i];
                // every character that needs quotes is at most ','; Chinese text is passed by one comparison
                if (c <= ',' && (c == ',' || c == '"' || c == '\n' || c == '\r')) {
                    return true;
                }
            }
            return false;
        }

        static boolean needsQuotes(String s) {
            if (s.isEmpty()) {
                return false;
            }
            char first = s.charAt(0);
            char last = s.charAt(s.length() - 1);
            if (first == ' ' || first == '\t' || last == ' ' || last == '\t') {
                return true;
            }
            // String.indexOf scans many characters at a time
            return s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        }
    }
}
