package dev.zhengce.policy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table of known amounts and their Chinese uppercase text ({@code chinese-amount-cases.txt}):
 * the issue's examples, the People's Bank of China's, zeros inside and across 万 and 亿, the
 * largest amount the SDK accepts, and the amounts refused.
 */
class ChineseAmountTest {
    static final String CASES = "chinese-amount-cases.txt";

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        try (InputStream in = ChineseAmountTest.class.getResourceAsStream(CASES)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\\|", -1);
                assertTrue(cells.length >= 2, CASES + " line " + (i + 1) + ": amount | text | note");
                cases.add(Arguments.of(CASES + ":" + (i + 1), cells[0].strip(), cells[1].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(cases.size() > 50, "cases read: " + cases.size());
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @MethodSource("cases")
    void writesTheAmountAsTheTableSays(String where, String amount, String expected) {
        BigDecimal yuan = new BigDecimal(amount);
        if (expected.startsWith("!")) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> ChineseAmount.write(yuan), where);
            assertEquals(expected.substring(1).strip(), e.field(), where);
        } else {
            assertEquals(expected, ChineseAmount.write(yuan), where);
        }
    }

    @Test
    void refusesNoAmountWithANullPointerException() {
        assertThrows(NullPointerException.class, () -> ChineseAmount.write(null));
    }
}
