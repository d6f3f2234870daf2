package dev.zhengce.policy.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;

/** The tool's CSV: what it writes reads back, and it reads what another CSV library writes. */
class CsvTest {
    /** Cells of awkward characters: separators, quotes, line breaks, spaces at the ends, Chinese. */
    private static Gen<String> cells() {
        Gen<Character> awkward = integers().between(0, 11).map(i -> ",\"\r\n \t aZ9元，".charAt(i));
        return lists().of(awkward).ofSizeBetween(0, 12).map(cs -> {
            StringBuilder b = new StringBuilder();
            cs.forEach(b::append);
            return b.toString();
        });
    }

    private static List<List<String>> read(String text) throws IOException {
        Csv.Rows rows = new Csv.Rows(new StringReader(text));
        List<List<String>> read = new ArrayList<>();
        while (rows.next()) {
            read.add(List.copyOf(rows.cells()));
        }
        return read;
    }

    @Test
    void whatThePrinterWritesReadsBack() {
        qt().withExamples(2000)
                .forAll(
                        lists().of(lists().of(cells()).ofSizeBetween(1, 5)).ofSizeBetween(1, 5),
                        integers().between(0, 1))
                .checkAssert((table, crlf) -> {
                    StringWriter out = new StringWriter();
                    Csv.Printer printer = new Csv.Printer(out, crlf == 1);
                    table.forEach(printer::row);
                    List<List<String>> expected = new ArrayList<>();
                    for (List<String> row : table) {
                        // a row whose every cell is empty is skipped on reading, as a blank line is
                        if (row.stream().anyMatch(c -> !c.isEmpty())) {
                            expected.add(row);
                        }
                    }
                    try {
                        assertEquals(expected, read(out.toString()), out::toString);
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                });
    }

    /** Oracle: Jackson's CSV writer, another implementation of RFC 4180. */
    @Test
    void readsWhatJacksonWrites() throws IOException {
        CsvMapper mapper = new CsvMapper();
        qt().withExamples(1000)
                .forAll(lists().of(strings().basicLatinAlphabet().ofLengthBetween(1, 8))
                        .ofSizeBetween(1, 6))
                .checkAssert(row -> {
                    try {
                        String text = mapper.writeValueAsString(row);
                        List<String> trimmed = new ArrayList<>();
                        row.forEach(c -> trimmed.add(c.strip()));
                        List<List<String>> read = read(text);
                        if (read.isEmpty()) {
                            assertTrue(trimmed.stream().allMatch(String::isEmpty), text);
                        } else {
                            // spaces around an unquoted cell are not part of it (Jackson quotes only some)
                            List<String> got = new ArrayList<>();
                            read.get(0).forEach(c -> got.add(c.strip()));
                            assertEquals(trimmed, got, text);
                        }
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                });
        MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY)
                .readValues("a,\"b,c\"\n");
        assertEquals(List.of("a", "b,c"), it.next());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "'a,\"b'|line 1: a quoted cell is never closed",
                "'a,\"b\"c'|line 1: text after the closing quote",
            })
    void brokenQuotesAreRefusedNamingTheLine(String text, String message) {
        Csv.Malformed e = assertThrows(Csv.Malformed.class, () -> read(text));
        assertTrue(e.getMessage().contains(message), e::getMessage);
    }

    @Test
    void linesAreCountedAcrossQuotedLineBreaksAndBlankLines() throws IOException {
        Csv.Rows rows = new Csv.Rows(new StringReader("h\r\n\r\n\"a\nb\",c\r\n,,\nd\n"));
        assertTrue(rows.next());
        assertEquals(1, rows.line());
        assertTrue(rows.next());
        assertEquals(3, rows.line());
        assertEquals(List.of("a\nb", "c"), rows.cells());
        assertTrue(rows.next());
        assertEquals(6, rows.line(), "the row of empty cells on line 5 is skipped");
        assertFalse(rows.next());
    }

    @Test
    void aRowLongerThanTheLimitIsRefusedNotHeld() {
        String text = "a,b\n" + "x".repeat(Csv.MAX_ROW_CHARS + 1) + "\n";
        Csv.Malformed e = assertThrows(Csv.Malformed.class, () -> read(text));
        assertTrue(e.getMessage().contains("line 2: a row longer than"), e::getMessage);
    }
}
