package dev.zhengce.policy.examples.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellAddress;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Excel workbooks ({@code .xlsx}), streamed with fastexcel: a sheet read row by row as
 * {@link Cells}, and workbooks written a sheet at a time, a row at a time.
 */
final class Xlsx {
    /** The most rows a sheet holds, the header included. */
    static final int MAX_ROWS = Worksheet.MAX_ROWS;
    /** The most significant digits a number cell keeps: Excel holds numbers as binary doubles. */
    static final int MAX_DIGITS = 15;

    private Xlsx() {}

    /**
     * Reads a sheet of a workbook.
     *
     * @param file  the workbook's file, or {@code null} to read the stream
     * @param in    the workbook's bytes, when there is no file
     * @param name  the file's name, for messages
     * @param sheet the sheet's name, or {@code null} for the first
     * @return its rows
     */
    static Cells read(java.nio.file.Path file, InputStream in, String name, String sheet) {
        ReadableWorkbook book;
        try {
            book = file != null ? new ReadableWorkbook(file.toFile()) : new ReadableWorkbook(in);
        } catch (IOException | RuntimeException e) {
            throw new InputError(name + ": not a readable .xlsx workbook: " + e.getMessage(), e);
        }
        try {
            Sheet s = sheet == null
                    ? book.getFirstSheet()
                    : book.findSheet(sheet)
                            .orElseThrow(() -> new InputError(name + ": no sheet named \"" + sheet + "\"; its sheets: "
                                    + book.getSheets().map(Sheet::getName).collect(Collectors.toList())));
            return new SheetCells(book, s, name);
        } catch (IOException | RuntimeException e) {
            close(book);
            if (e instanceof InputError) {
                throw (InputError) e;
            }
            throw new InputError(name + ": not a readable .xlsx workbook: " + e.getMessage(), e);
        }
    }

    private static void close(Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // closing after a failure: the failure is what counts
        }
    }

    /** The column's letters: 0 is A, 26 is AA. */
    static String column(int i) {
        return CellAddress.convertNumToColString(i);
    }

    /** The rows of one sheet. */
    private static final class SheetCells implements Cells {
        private final ReadableWorkbook book;
        private final String file;
        private final String sheet;
        private final Stream<Row> stream;
        private final Iterator<Row> rows;
        private Row row;

        SheetCells(ReadableWorkbook book, Sheet sheet, String file) throws IOException {
            this.book = book;
            this.file = file;
            this.sheet = sheet.getName();
            this.stream = sheet.openStream();
            this.rows = stream.iterator();
        }

        @Override
        public boolean next() {
            try {
                while (rows.hasNext()) {
                    row = rows.next();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        Cell c = row.getCell(i);
                        if (c != null
                                && c.getType() != CellType.EMPTY
                                && !(c.getType() == CellType.STRING
                                        && trim(String.valueOf(c.getValue())).isEmpty())) {
                            return true;
                        }
                    }
                }
                return false;
            } catch (RuntimeException e) {
                throw new InputError(
                        file + ": sheet " + sheet + (row == null ? "" : ", after row " + row.getRowNum())
                                + ": cannot be read: " + e.getMessage(),
                        e);
            }
        }

        @Override
        public long number() {
            return row.getRowNum();
        }

        @Override
        public boolean fixedWidth() {
            return false;
        }

        @Override
        public int size() {
            return row.getCellCount();
        }

        @Override
        public String text(int i) throws Numbers.Refused {
            Cell c = i < row.getCellCount() ? row.getCell(i) : null;
            if (c == null) {
                return "";
            }
            switch (c.getType()) {
                case EMPTY:
                    return "";
                case STRING:
                    return trim(String.valueOf(c.getValue()));
                case NUMBER:
                    // a number cell holds a binary double: 2018.0 and 2018 are one value, and the zeros say nothing
                    BigDecimal n = new BigDecimal(c.getRawValue()).stripTrailingZeros();
                    return (n.scale() < 0 ? n.setScale(0) : n).toPlainString();
                case FORMULA:
                    throw new Numbers.Refused("a formula (=" + c.getFormula()
                            + "); the tool reads values, not formulas: " + "copy the cells and paste them as values");
                case ERROR:
                    throw new Numbers.Refused("an error value (" + c.getRawValue() + ")");
                default:
                    throw new Numbers.Refused("a TRUE/FALSE cell; write text or a number");
            }
        }

        @Override
        public List<String> raw() {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.getCellCount(); i++) {
                Cell c = row.getCell(i);
                try {
                    cells.add(text(i));
                } catch (Numbers.Refused e) {
                    cells.add(c.getType() == CellType.FORMULA ? "=" + c.getFormula() : String.valueOf(c.getRawValue()));
                }
            }
            return cells;
        }

        @Override
        public String where(long number) {
            return "sheet " + sheet + ", row " + number;
        }

        @Override
        public String field(int i, String column) {
            return ", column " + column(i) + " (" + column + ")";
        }

        @Override
        public String headerCell(int i) {
            return where(row.getRowNum()) + ", column " + column(i);
        }

        @Override
        public long bytesRead() {
            return 0;
        }

        @Override
        public void close() {
            stream.close();
            Xlsx.close(book);
        }
    }

    private static String trim(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && (s.charAt(a) == ' ' || s.charAt(a) == '\t')) {
            a++;
        }
        while (b > a && (s.charAt(b - 1) == ' ' || s.charAt(b - 1) == '\t')) {
            b--;
        }
        return s.substring(a, b);
    }

    /** A workbook being written: sheets one after the other, each a header and rows. */
    static final class Book implements Closeable {
        private final Workbook workbook;
        private Worksheet sheet;
        private String sheetName;
        private int row;
        private String[] formats;
        private boolean closed;

        /**
         * Starts a workbook.
         *
         * @param out where it goes
         */
        Book(OutputStream out) {
            workbook = new Workbook(out, "zhengce", "1.0");
        }

        /**
         * Starts a sheet, after finishing the one before.
         *
         * @param name    its name
         * @param header  the column titles
         * @param formats the number format of each column's numbers ({@code null} for the general one)
         */
        void sheet(String name, List<String> header, String... formats) {
            finishSheet();
            sheet = workbook.newWorksheet(name);
            sheetName = name;
            this.formats = formats;
            row = 0;
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
                sheet.style(0, c).bold().set();
                sheet.width(c, Math.max(10, Table.width(header.get(c)) + 2));
            }
            sheet.freezePane(0, 1);
            row = 1;
        }

        /**
         * Adds a row: each cell a text, a number (written as a number where Excel keeps it exactly,
         * as text otherwise), a boolean, or {@code null} for an empty cell.
         */
        void row(Object... cells) {
            if (row >= MAX_ROWS) {
                throw new InputError("sheet " + sheetName + ": more than " + (MAX_ROWS - 1) + " rows, the most a sheet "
                        + "holds; write --format csv instead");
            }
            for (int c = 0; c < cells.length; c++) {
                Object v = cells[c];
                if (v == null) {
                    continue;
                }
                if (v instanceof BigDecimal) {
                    BigDecimal d = (BigDecimal) v;
                    if (d.stripTrailingZeros().precision() > MAX_DIGITS) {
                        sheet.inlineString(row, c, d.toPlainString());
                    } else {
                        sheet.value(row, c, d);
                        if (c < formats.length && formats[c] != null) {
                            sheet.style(row, c).format(formats[c]).set();
                        }
                    }
                } else if (v instanceof Number) {
                    sheet.value(row, c, (Number) v);
                } else if (v instanceof Boolean) {
                    sheet.value(row, c, (Boolean) v);
                } else {
                    sheet.inlineString(row, c, v.toString());
                }
            }
            row++;
            if (row % 1000 == 0) {
                try {
                    sheet.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        private void finishSheet() {
            if (sheet != null) {
                try {
                    sheet.finish();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                sheet = null;
            }
        }

        /** Finishes the last sheet and the workbook. */
        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            finishSheet();
            try {
                workbook.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
