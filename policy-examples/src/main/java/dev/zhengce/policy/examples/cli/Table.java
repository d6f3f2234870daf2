package dev.zhengce.policy.examples.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A plain-text table for terminals: columns padded to the widest cell, counting Chinese
 * characters as two columns wide, as terminals draw them. Rows are kept aside as they come
 * (in memory, then in a temporary file) and the widths as they grow, so that a table of any
 * number of rows is rendered in constant memory.
 */
final class Table implements Closeable {
    private final Output.Spill store = new Output.Spill();
    private final DataOutputStream data = new DataOutputStream(new BufferedOutputStream(store, 1 << 16));
    private final boolean[] right;
    private final String[] titles;
    private final int[] widths;

    /**
     * Starts a table with its header.
     *
     * @param header the column titles; a title starting with {@code >} is right-aligned
     */
    Table(String... header) {
        right = new boolean[header.length];
        titles = new String[header.length];
        widths = new int[header.length];
        for (int i = 0; i < header.length; i++) {
            right[i] = header[i].startsWith(">");
            titles[i] = right[i] ? header[i].substring(1) : header[i];
            widths[i] = width(titles[i]);
        }
    }

    /** Adds a row, one cell per column. */
    Table row(String... cells) {
        if (cells.length != right.length) {
            throw new IllegalArgumentException(cells.length + " cells for " + right.length + " columns");
        }
        try {
            for (int i = 0; i < cells.length; i++) {
                widths[i] = Math.max(widths[i], width(cells[i]));
                byte[] b = cells[i].getBytes(StandardCharsets.UTF_8);
                data.writeInt(b.length);
                data.write(b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Returns the table, one line per row, ending with a line break. */
    String render() {
        StringWriter out = new StringWriter();
        render(out);
        return out.toString();
    }

    /** Writes the table, one line per row, each ending with a line break; then forgets its rows. */
    void render(Writer out) {
        try {
            line(out, titles);
            // the last column may be long free text: the rule spans the header only
            int total = width(titles[titles.length - 1]);
            for (int i = 0; i < widths.length - 1; i++) {
                total += widths[i];
            }
            out.write("-".repeat(total + 2 * (widths.length - 1)));
            out.write('\n');
            data.close();
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(store.read(), 1 << 16))) {
                String[] cells = new String[right.length];
                while (peek(in)) {
                    for (int i = 0; i < cells.length; i++) {
                        byte[] b = new byte[in.readInt()];
                        in.readFully(b);
                        cells[i] = new String(b, StandardCharsets.UTF_8);
                    }
                    line(out, cells);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            close();
        }
    }

    private static boolean peek(DataInputStream in) throws IOException {
        in.mark(1);
        int b = in.read();
        if (b < 0) {
            return false;
        }
        in.reset();
        return true;
    }

    private void line(Writer out, String[] r) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < r.length; i++) {
            String pad = " ".repeat(widths[i] - width(r[i]));
            line.append(i == 0 ? "" : "  ").append(right[i] ? pad + r[i] : r[i] + (i == r.length - 1 ? "" : pad));
        }
        out.write(line.toString().stripTrailing());
        out.write('\n');
    }

    /** Deletes the rows kept aside. */
    @Override
    public void close() {
        try {
            store.delete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns how many terminal columns a text takes: two for East Asian wide characters. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            w += wide(c) ? 2 : 1;
        }
        return w;
    }

    private static boolean wide(int c) {
        return (c >= 0x1100 && c <= 0x115F)
                || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F)
                || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0xFE30 && c <= 0xFE4F)
                || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6)
                || (c >= 0x20000 && c <= 0x3FFFD);
    }
}
