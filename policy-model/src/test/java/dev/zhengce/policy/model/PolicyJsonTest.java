package dev.zhengce.policy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The hardened mapper: one test per hostile form, each naming the field. */
class PolicyJsonTest {
    private static final String CONDITION = "{\"fact\":\"new-investment\",\"comparison\":\"AT_LEAST\","
            + "\"amount\":{\"amount\":10000000.00,\"currency\":\"CNY\"},"
            + "\"citation\":{\"sentence\":\"对于新增投资额1000万元以上的\"}}";

    private static InvalidDataException reject(String json, Class<?> type) {
        return assertThrows(InvalidDataException.class, () -> PolicyJson.read(json, type));
    }

    private static void assertMentions(InvalidDataException e, String... parts) {
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), () -> "message <" + e.getMessage() + "> lacks <" + part + ">");
        }
    }

    @Test
    void readsAValidCondition() {
        Condition c = PolicyJson.read(CONDITION, Condition.class);
        assertEquals(0, c.yuan().compareTo(new BigDecimal("10000000")));
        assertEquals(Comparison.AT_LEAST, c.comparison());
    }

    @Test
    void conditionRoundTrips() {
        Condition c = PolicyJson.read(CONDITION, Condition.class);
        assertEquals(c, PolicyJson.read(PolicyJson.write(c), Condition.class));
    }

    @Test
    void rejectsUnknownField() {
        InvalidDataException e = reject("{\"zh\":\"市财政局\",\"en\":\"Finance\",\"fr\":\"Finances\"}", Bilingual.class);
        assertMentions(e, "unknown field", "fr");
    }

    @Test
    void rejectsUnknownFieldDeepInsideWithItsPath() {
        InvalidDataException e =
                reject("{\"id\":\"finance\",\"name\":{\"zh\":\"财政局\",\"en\":\"Finance\",\"x\":1}}", Department.class);
        assertEquals("name.x", e.field());
        assertMentions(e, "unknown field \"x\"");
    }

    @Test
    void rejectsDuplicateKey() {
        InvalidDataException e = reject("{\"zh\":\"财政局\",\"zh\":\"科技局\",\"en\":\"Finance\"}", Bilingual.class);
        assertMentions(e, "Duplicate field 'zh'");
    }

    @Test
    void rejectsTrailingTokens() {
        InvalidDataException e = reject("{\"sentence\":\"一句话\"} {\"sentence\":\"又一句\"}", Citation.class);
        assertMentions(e, "Trailing token");
    }

    @Test
    void rejectsNullForRequiredValue() {
        InvalidDataException e = reject("{\"zh\":null,\"en\":\"Finance\"}", Bilingual.class);
        assertEquals("zh", e.field());
        assertMentions(e, "null is not allowed");
    }

    @Test
    void rejectsNullForOptionalValueToo() {
        InvalidDataException e = reject("{\"value\":null,\"year\":2016}", Baseline.class);
        assertEquals("value", e.field());
    }

    @Test
    void rejectsMissingRequiredValue() {
        InvalidDataException e = reject("{\"en\":\"Finance\"}", Bilingual.class);
        assertMentions(e, "required field missing", "zh");
    }

    @Test
    void rejectsStringForNumber() {
        InvalidDataException e = reject("{\"year\":\"2016\"}", Baseline.class);
        assertEquals("year", e.field());
    }

    @Test
    void rejectsStringForDecimal() {
        InvalidDataException e = reject("{\"value\":\"10\"}", Baseline.class);
        assertEquals("value", e.field());
    }

    @Test
    void rejectsFractionForInteger() {
        InvalidDataException e = reject("{\"year\":2016.0}", Baseline.class);
        assertEquals("year", e.field());
    }

    @Test
    void rejectsNumberForEnum() {
        InvalidDataException e = reject(CONDITION.replace("\"AT_LEAST\"", "0"), Condition.class);
        assertEquals("comparison", e.field());
    }

    @Test
    void rejectsUnknownEnumConstant() {
        InvalidDataException e = reject(CONDITION.replace("\"AT_LEAST\"", "\"at_least\""), Condition.class);
        assertEquals("comparison", e.field());
    }

    @Test
    void rejectsNumberForBoolean() {
        String target = "{\"id\":\"t\",\"indicator\":\"i\",\"description\":{\"zh\":\"甲\",\"en\":\"a\"},"
                + "\"comparison\":\"AT_LEAST\",\"value\":1,\"unit\":\"COUNT\",\"year\":2018,"
                + "\"aspirational\":1,\"citation\":{\"sentence\":\"甲\"}}";
        assertEquals("aspirational", reject(target, Target.class).field());
    }

    @Test
    void rejectsThousandDigitNumber() {
        InvalidDataException e = reject("{\"value\":" + "9".repeat(1000) + "}", Baseline.class);
        assertMentions(e, "too large");
    }

    @Test
    void rejectsHugeExponentWithoutExpandingIt() {
        InvalidDataException e = reject("{\"value\":1e999999999}", Baseline.class);
        assertMentions(e, "baseline.value", "30 digits");
    }

    @Test
    void rejectsTinyExponent() {
        InvalidDataException e = reject("{\"value\":1e-999999999}", Baseline.class);
        assertMentions(e, "baseline.value");
    }

    @Test
    void rejectsHugeExponentInMoney() {
        InvalidDataException e = reject(CONDITION.replace("10000000.00", "1e999999999"), Condition.class);
        assertTrue(e.field().startsWith("amount"), e.getMessage());
    }

    @Test
    void rejectsNaN() {
        assertMentions(reject("{\"value\":NaN}", Baseline.class), "NaN");
    }

    @Test
    void rejectsInfinity() {
        assertEquals("value", reject("{\"value\":Infinity}", Baseline.class).field());
    }

    @Test
    void rejectsDeepNesting() {
        String deep = "{\"id\":\"a\",\"aliases\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        assertTrue(reject(deep, Department.class).field().startsWith("aliases"));
    }

    @Test
    void rejectsHugeString() {
        InvalidDataException e =
                reject("{\"sentence\":\"" + "长".repeat(PolicyJson.MAX_STRING_LENGTH + 1) + "\"}", Citation.class);
        assertTrue(e.getMessage().length() < 400, "the message stays short");
    }

    @Test
    void rejectsMoneyWithMoreThanTwoDecimals() {
        InvalidDataException e = reject(CONDITION.replace("10000000.00", "10000000.001"), Condition.class);
        assertEquals("amount", e.field());
        assertMentions(e, "2 decimals");
    }

    @Test
    void rejectsNegativeMoney() {
        assertMentions(reject(CONDITION.replace("10000000.00", "-1"), Condition.class), "negative");
    }

    @Test
    void rejectsOtherCurrency() {
        InvalidDataException e = reject(CONDITION.replace("CNY", "USD"), Condition.class);
        assertEquals("amount", e.field());
        assertMentions(e, "USD", "CNY");
    }

    @Test
    void rejectsUnknownCurrency() {
        InvalidDataException e = reject(CONDITION.replace("CNY", "XXQ"), Condition.class);
        assertTrue(e.field().startsWith("amount"), e.getMessage());
    }

    @Test
    void rejectsMoneyAmountAsString() {
        reject(CONDITION.replace("10000000.00", "\"10000000.00\""), Condition.class);
    }

    @Test
    void rejectsEmptyInput() {
        reject("", Bilingual.class);
    }

    @Test
    void rejectsMalformedJson() {
        InvalidDataException e = reject("{\"zh\":\"财政局\",", Bilingual.class);
        assertTrue(e.getMessage().length() < 400);
    }

    @Test
    void rejectsWrongShape() {
        assertEquals(
                "name",
                reject("{\"id\":\"finance\",\"name\":[\"财政局\"]}", Department.class)
                        .field());
    }

    @Test
    void reportsTheModelsOwnCheckWithThePath() {
        InvalidDataException e =
                reject("{\"id\":\"Finance Bureau\",\"name\":{\"zh\":\"财政局\",\"en\":\"Finance\"}}", Department.class);
        assertEquals("id", e.field());
        assertEquals(Optional.of("Finance Bureau"), e.value());
        assertMentions(e, "kebab-case");
    }

    /** A notice with nothing but its header, its date written as given. */
    private static String noticeDated(String date) {
        return "{\"number\":\"N1\",\"title\":{\"zh\":\"通知\",\"en\":\"Notice\"},"
                + "\"issuer\":{\"zh\":\"市政府\",\"en\":\"City\"},\"date\":" + date
                + ",\"firstYear\":2017,\"lastYear\":2020,\"version\":\"1\"}";
    }

    @Test
    void readsAndWritesDatesAsIsoText() {
        Notice n = PolicyJson.read(noticeDated("\"2017-11-24\""), Notice.class);
        assertEquals(java.time.LocalDate.of(2017, 11, 24), n.date());
        assertTrue(PolicyJson.write(n).contains("\"date\":\"2017-11-24\""), PolicyJson.write(n));
        assertEquals(n, PolicyJson.read(PolicyJson.write(n), Notice.class));
    }

    @Test
    void rejectsDatesThatAreNotIsoText() {
        for (String date : new String[] {
            "\"2017-13-01\"",
            "\"2017-02-30\"",
            "\"24.11.2017\"",
            "\"2017-11-24T00:00\"",
            "\"\"",
            "20171124",
            "[2017,11,24]",
            "true",
            "{\"year\":2017}"
        }) {
            InvalidDataException e = reject(noticeDated(date), Notice.class);
            assertEquals("date", e.field(), () -> date + ": " + e.getMessage());
        }
    }
}
