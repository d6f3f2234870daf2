package dev.zhengce.policy.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The short paths of the tool's CSV: a cell read within the reader's buffer is the same as
 * one gathered across the buffer's end (the text handed over a few characters at a time, as a
 * slow pipe does), and an amount written from its digits is what {@link BigDecimal#toPlainString()}
 * writes.
 */
class CsvPiecesTest {
    /** Cells of awkward characters: separators, quotes, line breaks, spaces at the ends, Chinese. */
    private static Gen<String> cells() {
        Gen<Character> awkward = integers().between(0, 11).map(i -> ",\"\r\n \t aZ9元，".charAt(i));
        return lists().of(awkward).ofSizeBetween(0, 12).map(cs -> {
            StringBuilder b = new StringBuilder();
            cs.forEach(b::append);
            return b.toString();
        });
    }

    /** A reader that hands over at most {@code most} characters per read. */
    private static Reader trickle(String text, int most) {
        return new Reader() {
            private final StringReader in = new StringReader(text);

            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                return in.read(buf, off, Math.min(len, most));
            }

            @Override
            public void close() {
                in.close();
            }
        };
    }

    private static List<List<String>> read(Reader text) {
        try {
            Csv.Rows rows = new Csv.Rows(text);
            List<List<String>> read = new ArrayList<>();
            while (rows.next()) {
                read.add(List.copyOf(rows.cells()));
            }
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void cellsAcrossTheBuffersEndReadAsCellsWithinIt() {
        qt().withExamples(2000)
                .forAll(
                        lists().of(lists().of(cells()).ofSizeBetween(1, 5)).ofSizeBetween(1, 5),
                        integers().between(1, 7))
                .checkAssert((table, most) -> {
                    StringWriter out = new StringWriter();
                    Csv.Printer printer = new Csv.Printer(out, false);
                    table.forEach(printer::row);
                    // unquoted spaces around cells too, which the reader trims
                    String text = out.toString().replace(",", " ,\t").replace("\n", " \n");
                    assertEquals(read(new StringReader(text)), read(trickle(text, most)), text);
                });
    }

    /**
     * A text written again and again as a known one (a rule's id, a status: the same instances)
     * is written as any cell is, quoted where it must be, also past the printer's few known texts.
     */
    @Test
    void knownTextsAreWrittenAsCellsAre() {
        qt().withExamples(1000)
                .forAll(
                        lists().of(cells()).ofSizeBetween(1, 40),
                        lists().of(integers().between(0, 39)).ofSizeBetween(1, 200))
                .checkAssert((texts, picks) -> {
                    StringWriter known = new StringWriter();
                    StringWriter plain = new StringWriter();
                    Csv.Printer k = new Csv.Printer(known, false);
                    Csv.Printer p = new Csv.Printer(plain, false);
                    for (int pick : picks) {
                        String text = texts.get(pick % texts.size());
                        k.known(text);
                        k.cell("x");
                        k.end();
                        p.cell(text);
                        p.cell("x");
                        p.end();
                    }
                    assertEquals(plain.toString(), known.toString());
                });
    }

    @Test
    void anAmountIsWrittenAsToPlainStringWritesIt() {
        qt().withExamples(5000)
                .forAll(
                        longs().between(-99_999_999_999_999_999L, 99_999_999_999_999_999L),
                        integers().between(-2, 4))
                .checkAssert((unscaled, scale) -> {
                    BigDecimal amount = BigDecimal.valueOf(unscaled, scale);
                    StringWriter out = new StringWriter();
                    Csv.Printer printer = new Csv.Printer(out, false);
                    printer.cell("a");
                    printer.amount(amount);
                    printer.amount(amount.setScale(Math.max(2, amount.scale())));
                    printer.amount(null);
                    printer.end();
                    String plain = amount.toPlainString();
                    String twoOrMore =
                            amount.setScale(Math.max(2, amount.scale())).toPlainString();
                    assertEquals("a," + plain + "," + twoOrMore + ",\n", out.toString());
                });
    }

    @Test
    void theEdgesOfAnAmount() {
        for (String yuan : new String[] {
            "0.00",
            "0.01",
            "-0.01",
            "0.10",
            "999999999999999.99",
            "9999999999999999.99",
            "-9999999999999999.99",
            "99999999999999999.99",
            "123456789012345678901234567890.12",
            "1E+3",
            "5"
        }) {
            BigDecimal amount = new BigDecimal(yuan);
            StringWriter out = new StringWriter();
            Csv.Printer printer = new Csv.Printer(out, true);
            printer.amount(amount);
            printer.end();
            assertEquals(amount.toPlainString() + "\r\n", out.toString(), yuan);
        }
    }
}
