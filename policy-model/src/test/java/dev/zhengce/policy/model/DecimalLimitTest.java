package dev.zhengce.policy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The decimal limit at its edges, and the same refusal through every door that checks it. */
class DecimalLimitTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "123456789012345678901234567890, true",
        "1234567890123456789012345678901, false",
        "0.123456789012, true",
        "0.1234567890123, false",
        "1E+15, true",
        "1E+16, false",
        "-0.000000000001, true",
    })
    void admitsUpToThirtyDigitsTwelveDecimalsAndAnExponentOfFifteen(String value, boolean admitted) {
        assertEquals(admitted, DecimalLimit.admits(new BigDecimal(value)));
    }

    @ParameterizedTest
    @CsvSource({"0.1234567890123", "1234567890123456789012345678901"})
    void theModelRefusesWhatTheLimitRefusesInItsWords(String value) {
        InvalidDataException e = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidDataException.class, () -> Checks.decimal("value", new BigDecimal(value)));
        assertEquals("value", e.field());
        assertEquals("number must have " + DecimalLimit.WORDS, e.rule());
    }
}
