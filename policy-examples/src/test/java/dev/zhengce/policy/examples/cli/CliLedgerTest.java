package dev.zhengce.policy.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code zhengce subsidy --ledger} and {@code zhengce ledger show} on H2 files, and their errors. */
class CliLedgerTest {
    private static final String MARCH = Run.SAMPLES + "ledger-2019-03.csv";
    private static final String HEADER =
            "id,applicant,rule,year,listingYear,rd-equipment-purchase,pilot-test-equipment-purchase\n";

    @TempDir
    Path dir;

    private String url() {
        return "jdbc:h2:" + dir.resolve("awards").toAbsolutePath();
    }

    static Stream<Arguments> unopenable() {
        return Stream.of(
                Arguments.of("jdbc:postgresql://127.0.0.1:1/awards?connectTimeout=5", "cannot open the database"),
                Arguments.of("jdbc:nosuchdb://x/awards", "cannot open the database"),
                Arguments.of("awards.db", "not a JDBC URL"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unopenable")
    void aDatabaseThatCannotBeOpenedExitsTwoNamingItWithNothingOnStdout(String url, String expected) {
        for (String[] args :
                new String[][] {{"subsidy", "--ledger", url, MARCH}, {"ledger", "show", "center-y", "--ledger", url}}) {
            Run run = Run.of(args);
            assertEquals(2, run.status, run::toString);
            assertEquals("", run.out, run::toString);
            assertTrue(run.err.contains("ledger = " + url) && run.err.contains(expected), run::toString);
            assertFalse(run.err.contains("\tat "), () -> "no stack trace\n" + run);
        }
    }

    @Test
    void showingALedgerThatDoesNotExistCreatesNothing() throws IOException {
        Run run = Run.of("ledger", "show", "center-y", "--ledger", url());
        assertEquals(2, run.status, run::toString);
        assertTrue(run.err.contains("not found"), run::toString);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "no database file made");
        }
    }

    @Test
    void badInputOpensNoDatabase() throws IOException {
        Path apps = dir.resolve("apps.csv");
        Files.writeString(apps, HEADER + "Y-1,center-y,innovation-center-cultivation-subsidy,2019,2018,12.345,0\n");
        Run run = Run.of("subsidy", "--ledger", url(), apps.toString());
        assertEquals(2, run.status, run::toString);
        assertTrue(run.err.contains("line 2, field rd-equipment-purchase = 12.345"), run::toString);
        assertFalse(Files.exists(dir.resolve("awards.mv.db")), "the ledger is opened once the input is read");
    }

    @Test
    void aWhatIfIsNotRecorded() {
        Run run =
                Run.of("subsidy", "--ledger", url(), "--set", "innovation-center-cultivation-subsidy.rate=0.3", MARCH);
        assertEquals(2, run.status, run::toString);
        assertEquals("", run.out);
        assertTrue(
                run.err.contains("--ledger records awards as paid; a what-if (--set) is a comparison"), run::toString);
    }

    /** A batch that stops at a bad row keeps the rows before it; the corrected batch pays none of them twice. */
    @Test
    void aBatchStoppedAtABadRowIsRunAgainWithoutPayingTwice() throws IOException {
        Path apps = dir.resolve("apps.csv");
        String good = "Y-1,center-y,innovation-center-cultivation-subsidy,2019,2018,10000000.00,0\n";
        Files.writeString(apps, HEADER + good + "Y-2,,innovation-center-cultivation-subsidy,2019,2018,10000000.00,0\n");
        Run stopped = Run.of("subsidy", "--lang", "en", "--ledger", url(), "--recorded-by", "clerk", apps.toString());
        assertEquals(2, stopped.status, stopped::toString);
        assertEquals("", stopped.out);
        assertTrue(stopped.err.contains("line 3 (Y-2), field applicant"), stopped::toString);
        Files.writeString(
                apps, HEADER + good + "Y-2,center-y,innovation-center-cultivation-subsidy,2019,2018,10000000.00,0\n");
        Run again = Run.of("subsidy", "--lang", "en", "--ledger", url(), "--recorded-by", "clerk", apps.toString());
        assertEquals(0, again.status, again::toString);
        assertTrue(
                again.out.matches(
                        "(?s).*\nY-1 +center-y +innovation-center-cultivation-subsidy +PAYABLE +2,000,000.00 元"
                                + " +repeat: settled before.*"),
                again::toString);
        assertTrue(
                again.out.matches(
                        "(?s).*\nY-2 +center-y +innovation-center-cultivation-subsidy +PAYABLE +1,000,000.00 元"
                                + " +cap reached\n.*"),
                again::toString);
        Run show = Run.of("ledger", "show", "center-y", "--ledger", url());
        assertEquals(0, show.status, show::toString);
        assertTrue(show.out.contains("已批准 2 项，合计 3,000,000.00 元；共记录 2 项。"), show::toString);
        assertTrue(
                show.out.contains(
                        "年度上限  innovation-center-cultivation-subsidy  2019  3,000,000.00 元  3,000,000.00 元  0.00 元"),
                show::toString);
    }

    @Test
    void showPrintsRecordsAndLimitsInChineseAndEnglishWithExplanations() {
        assertEquals(0, Run.of("subsidy", "--ledger", url(), "--recorded-by", "王会计", MARCH).status);
        Run zh = Run.of("ledger", "show", "center-y", "--ledger", url(), "--explain");
        assertEquals(0, zh.status, zh::toString);
        assertEquals("", zh.err);
        assertTrue(zh.out.startsWith("台账 " + url() + "：center-y\n"), zh::toString);
        assertTrue(zh.out.contains("王会计"), zh::toString);
        assertTrue(
                zh.out.contains(
                        "年度上限  innovation-center-cultivation-subsidy  2019  3,000,000.00 元  2,000,000.00 元  1,000,000.00 元"),
                zh::toString);
        assertTrue(zh.out.contains("一次性    provincial-innovation-center-award     永久"), zh::toString);
        assertTrue(zh.out.contains("已使用"), zh::toString);
        assertTrue(zh.out.contains("四舍五入到分：补助 2,000,000.00 元"), "the recorded explanation\n" + zh);
        Run en = Run.of("--lang", "en", "ledger", "show", "center-z", "--ledger", url());
        assertEquals(0, en.status, en::toString);
        assertEquals("Ledger " + url() + ": center-z\nnothing recorded.\n", en.out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ledger", "ledger show"})
    void theLedgerCommandsHaveHelp(String command) {
        Run run = Run.of(CliTest.concat(command.split(" "), new String[] {"--help"}));
        assertEquals(0, run.status, run::toString);
        assertTrue(run.out.startsWith("Usage: zhengce " + command), run::toString);
    }

    @Test
    void ledgerWithoutACommandAsksForOne() {
        Run run = Run.of("ledger");
        assertEquals(2, run.status, run::toString);
        assertTrue(run.err.contains("name a command: show"), run::toString);
    }

    @Test
    void theSamplesAreReadable() throws IOException {
        assertTrue(Files.readString(Path.of(MARCH), StandardCharsets.UTF_8).startsWith(HEADER));
    }
}
