package dev.zhengce.policy.examples.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for terminals: columns padded to the widest cell, counting Chinese
 * characters as two columns wide, as terminals draw them.
 */
final class Table {
    private final List<String[]> rows = new ArrayList<>();
    private final boolean[] right;

    /**
     * Starts a table with its header.
     *
     * @param header the column titles; a title starting with {@code >} is right-aligned
     */
    Table(String... header) {
        right = new boolean[header.length];
        String[] titles = new String[header.length];
        for (int i = 0; i < header.length; i++) {
            right[i] = header[i].startsWith(">");
            titles[i] = right[i] ? header[i].substring(1) : header[i];
        }
        rows.add(titles);
    }

    /** Adds a row, one cell per column. */
    Table row(String... cells) {
        if (cells.length != right.length) {
            throw new IllegalArgumentException(cells.length + " cells for " + right.length + " columns");
        }
        rows.add(cells);
        return this;
    }

    /** Returns the table, one line per row, ending with a line break. */
    String render() {
        int[] widths = new int[right.length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], width(r[i]));
            }
        }
        StringBuilder b = new StringBuilder();
        for (int n = 0; n < rows.size(); n++) {
            String[] r = rows.get(n);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                String pad = " ".repeat(widths[i] - width(r[i]));
                line.append(i == 0 ? "" : "  ").append(right[i] ? pad + r[i] : r[i] + (i == r.length - 1 ? "" : pad));
            }
            b.append(line.toString().stripTrailing()).append('\n');
            if (n == 0) {
                // the last column may be long free text: the rule spans the header only
                int total = width(r[r.length - 1]);
                for (int i = 0; i < widths.length - 1; i++) {
                    total += widths[i];
                }
                b.append("-".repeat(total + 2 * (widths.length - 1))).append('\n');
            }
        }
        return b.toString();
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
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F)
                || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
                || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
    }
}
