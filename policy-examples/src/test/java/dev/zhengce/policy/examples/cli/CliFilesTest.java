package dev.zhengce.policy.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files as analysts have them: long ones, ones with bad rows, GBK ones, ones for Excel; and
 * output files that are never left half-written.
 */
class CliFilesTest {
    private static final String APPS_CSV = Run.SAMPLES + "applications.csv";
    private static final String HEADER = "id,applicant,rule,software-investment,hardware-investment";
    private static final Charset GB18030 = Charset.forName("GB18030");

    @TempDir
    Path dir;

    /** A valid application of row {@code i}: an amount that varies with it. */
    private static String good(int i) {
        return "A-" + i + ",企业-" + (i % 97) + ",intelligent-transformation-subsidy," + (1000 + i) + ".0" + (i % 10)
                + "," + (2 * i) + "\n";
    }

    private Path write(String name, String text, Charset charset) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(charset));
        return file;
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().collect(Collectors.toList());
        }
    }

    @Test
    void aBadRowDeepInALargeFileStopsNamingItsLineAndLeavesNoOutputFile() throws IOException {
        int rows = 120_000;
        int bad = 100_000;
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= rows; i++) {
            b.append(i == bad ? "A-bad,企业,intelligent-transformation-subsidy,12x,0\n" : good(i));
        }
        Path input = write("big.csv", b.toString(), StandardCharsets.UTF_8);
        Path output = dir.resolve("awards.csv");
        Files.writeString(output, "an earlier result\n");
        Run run = Run.of("subsidy", "--format", "csv", "--output", output.toString(), input.toString());
        assertEquals(2, run.status, run::toString);
        assertTrue(
                run.err.contains("big.csv: line " + (bad + 1) + ", field software-investment = 12x: not a number"),
                run::toString);
        assertEquals("an earlier result\n", Files.readString(output), "the earlier file is left as it was");
        assertEquals(List.of(output, input), files(), "no temporary file is left");

        Run toStdout = Run.of("subsidy", "--format", "csv", input.toString());
        assertEquals(2, toStdout.status);
        assertEquals("", toStdout.out, "standard output is written only on success, even for a long file");
    }

    /**
     * The ledger's refusal of a row deep in a file (an id settled before with other facts),
     * which the tool meets ahead of the output, stops the batch naming that row, also with a
     * rejects file (it is no bad row to skip); no output is left.
     */
    @Test
    void theLedgersRefusalDeepInAFileStopsTheBatchNamingItsLine() throws IOException {
        int rows = 20_000;
        int first = 100;
        int again = 10_000;
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= rows; i++) {
            b.append(
                    i == first
                            ? "A-P,企业-P,provincial-innovation-center-award,,\n"
                            : i == again ? "A-P,企业-Q,provincial-innovation-center-award,,\n" : good(i));
        }
        Path input = write("again.csv", b.toString(), StandardCharsets.UTF_8);
        Path output = dir.resolve("awards.csv");
        Files.writeString(output, "an earlier result\n");
        Path rejects = dir.resolve("rejects.csv");
        for (List<String> more : List.of(List.<String>of(), List.of("--rejects", rejects.toString()))) {
            List<String> args = new ArrayList<>(List.of("subsidy", "--format", "csv", "--output", output.toString()));
            args.addAll(more);
            args.add(input.toString());
            Run run = Run.of(args.toArray(new String[0]));
            assertEquals(2, run.status, run::toString);
            assertEquals(
                    "zhengce subsidy: " + input + ": line " + (again + 1)
                            + " (A-P), field id = A-P: this application id "
                            + "was settled before with other facts (provincial-innovation-center-award for 企业-P); "
                            + "a new application needs a new id\n",
                    run.err,
                    run::toString);
            assertEquals("an earlier result\n", Files.readString(output), "the earlier file is left as it was");
            assertEquals(List.of(input, output), files(), "no temporary file, no rejects file is left");
        }
    }

    @Test
    void aLargeFileGoesThroughAndTheOutputFileIsMovedIntoPlace() throws IOException {
        int rows = 50_000;
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= rows; i++) {
            b.append(good(i));
        }
        Path input = write("big.csv", b.toString(), StandardCharsets.UTF_8);
        Path output = dir.resolve("awards.csv");
        Run run = Run.of("subsidy", "--output", output.toString(), input.toString());
        assertEquals(0, run.status, run::toString);
        assertEquals("", run.out);
        List<String> lines = Files.readAllLines(output);
        assertEquals(rows + 1, lines.size(), "the format follows the name: CSV, a header and a row per application");
        // oracle: 8 % of software + hardware, below the cap, as the notice's arithmetic says
        for (int i = 1; i <= rows; i += 997) {
            BigDecimal base = new BigDecimal((1000 + i) + ".0" + (i % 10)).add(BigDecimal.valueOf(2L * i));
            BigDecimal award = base.multiply(new BigDecimal("0.08")).setScale(2, java.math.RoundingMode.HALF_UP);
            assertTrue(
                    lines.get(i).startsWith("A-" + i + ",")
                            && lines.get(i).contains(",PAYABLE," + award.toPlainString() + ","),
                    lines.get(i));
        }
        assertEquals(List.of(output, input), files());
    }

    @Test
    void rejectsSkipsBadRowsWritesEachWithItsReasonAndCountsThem() throws IOException {
        String text = HEADER + "\n" + good(1)
                + "A-2,企业,intelligent-transformation-subsidy,1.234,0\n"
                + good(3)
                + "A-4,企业,intelligent-transformation-subsidy,5\n"
                + "A-5,企业,no-such-rule,,\n"
                + "A-6,企业,intelligent-transformation-subsidy,400万,0\n"
                + good(7);
        Path input = write("apps.csv", text, StandardCharsets.UTF_8);
        Path rejects = dir.resolve("rejects.csv");
        Run run = Run.of("subsidy", "--format", "csv", "--rejects", rejects.toString(), input.toString());
        assertEquals(0, run.status, run::toString);
        assertTrue(run.err.contains("4 bad rows skipped, written with the reasons to " + rejects), run.err);
        Run good = Run.withStdin(HEADER + "\n" + good(1) + good(3) + good(7), "subsidy", "--format", "csv", "-");
        assertEquals(good.out, run.out, "the good rows, as if alone");

        List<List<String>> rows = new ArrayList<>();
        Csv.Rows csv = new Csv.Rows(new StringReader(Files.readString(rejects)));
        while (csv.next()) {
            rows.add(List.copyOf(csv.cells()));
        }
        assertEquals(
                List.of("location", "reason", "id", "applicant", "rule", "software-investment", "hardware-investment"),
                rows.get(0));
        assertEquals(5, rows.size(), rows::toString);
        assertEquals(
                List.of(
                        "line 3",
                        "field software-investment = 1.234: amount in yuan with at most 2 decimals (fen)",
                        "A-2",
                        "企业",
                        "intelligent-transformation-subsidy",
                        "1.234",
                        "0"),
                rows.get(1));
        assertEquals("line 5", rows.get(2).get(0));
        assertTrue(rows.get(2).get(1).startsWith("4 cells, but the header has 5 columns"), rows.get(2)::toString);
        assertEquals("line 6 (A-5)", rows.get(3).get(0), "refused by the calculator: the id is named");
        assertTrue(rows.get(3).get(1).contains("no money rule with this id"), rows.get(3)::toString);
        assertTrue(rows.get(4).get(1).endsWith("write 4000000"), rows.get(4)::toString);
    }

    @Test
    void withoutRejectsNoRejectsFileAndWithAFailureNeither() throws IOException {
        Path input = write("apps.csv", "id,colour\n", StandardCharsets.UTF_8);
        Path rejects = dir.resolve("rejects.csv");
        Run run = Run.of("subsidy", "--rejects", rejects.toString(), input.toString());
        assertEquals(2, run.status, "a bad header is no bad row: it stops");
        assertFalse(Files.exists(rejects));
        assertEquals(List.of(input), files());
    }

    @Test
    void gbkIsRefusedAsUtf8WithAHintAndReadWithEncodingGb18030() throws IOException {
        String utf8 = Files.readString(Path.of(APPS_CSV))
                .replace("mengzhou-gear", "孟州齿轮厂")
                .replace("center-bearing", "中心轴承");
        Path gbk = write("申报表.csv", utf8, GB18030);
        Path plain = write("apps.csv", utf8, StandardCharsets.UTF_8);
        Run refused = Run.of("subsidy", gbk.toString());
        assertEquals(2, refused.status);
        assertEquals("", refused.out);
        assertTrue(
                refused.err.contains("申报表.csv: line 2: byte ")
                        && refused.err.contains("is not UTF-8 text")
                        && refused.err.contains("give --encoding GB18030"),
                refused.err);
        Run read = Run.of("subsidy", "--lang", "en", "--encoding", "GB18030", gbk.toString());
        assertEquals(0, read.status, read::toString);
        assertTrue(read.out.contains("孟州齿轮厂"), read.out);
        assertEquals(Run.of("subsidy", "--lang", "en", plain.toString()).out, read.out);
    }

    @Test
    void bytesThatAreNeitherUtf8NorGb18030GetNoHint() throws IOException {
        byte[] bad = (HEADER + "\nA-1,").getBytes(StandardCharsets.UTF_8);
        byte[] text = java.util.Arrays.copyOf(bad, bad.length + 2);
        text[bad.length] = (byte) 0xff;
        text[bad.length + 1] = (byte) 0xff;
        Path file = dir.resolve("bad.csv");
        Files.write(file, text);
        Run run = Run.of("subsidy", file.toString());
        assertEquals(2, run.status);
        assertTrue(run.err.contains("byte " + bad.length + " is not UTF-8 text"), run.err);
        assertFalse(run.err.contains("GB18030"), run.err);
    }

    @Test
    void aByteOrderMarkIsSkippedAndExcelCsvWritesOneWithCrlf() throws IOException {
        String text = Files.readString(Path.of(APPS_CSV));
        Path bom = write("bom.csv", "\uFEFF" + text, StandardCharsets.UTF_8);
        Run plain = Run.of("subsidy", "--format", "csv", APPS_CSV);
        Run withBom = Run.of("subsidy", "--format", "csv", bom.toString());
        assertEquals(0, withBom.status, withBom::toString);
        assertEquals(plain.out, withBom.out);

        Path excel = dir.resolve("awards.csv");
        Run run = Run.of("subsidy", "--excel-csv", "-o", excel.toString(), APPS_CSV);
        assertEquals(0, run.status, run::toString);
        byte[] bytes = Files.readAllBytes(excel);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        String written = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals(plain.out.replace("\n", "\r\n"), written, "the same CSV, with CRLF line breaks");
        Run back = Run.of("subsidy", "--input-format", "csv", "--encoding", "UTF-16", excel.toString());
        assertEquals(2, back.status, "a UTF-8 mark with another encoding is refused, not misread");
        assertTrue(back.err.contains("byte-order mark of UTF-8"), back.err);
    }

    @Test
    void unitWanShowsEveryAmountExactlyInTenThousandYuan() {
        Run csv = Run.of("subsidy", "--format", "csv", APPS_CSV);
        Run wan = Run.of("subsidy", "--lang", "en", "--unit", "万元", APPS_CSV);
        assertEquals(0, wan.status, wan::toString);
        // oracle: every amount of the CSV output, divided by 10000 as text (the point moved), is in the table
        for (String line : csv.out.split("\n")) {
            String[] cells = line.split(",", -1);
            if (cells[4].isEmpty() || cells[4].equals("amount")) {
                continue;
            }
            String yuan = cells[4];
            String digits = yuan.replace(".", "");
            String padded = "0".repeat(Math.max(0, 7 - digits.length())) + digits;
            String integer = padded.substring(0, padded.length() - 6).replaceFirst("^0+(?=\\d)", "");
            String fraction = padded.substring(padded.length() - 6).replaceFirst("(?<=\\d{4})0+$", "");
            String grouped = String.format(java.util.Locale.ROOT, "%,d", Long.parseLong(integer));
            assertTrue(wan.out.contains(" " + grouped + "." + fraction + " 万元"), yuan + " in\n" + wan.out);
        }
        assertTrue(wan.out.contains("96.0000 万元"), wan.out);
        assertTrue(wan.out.contains("total 1,987.691358 万元"), "the totals too: " + wan.out);
        Run refused = Run.of("subsidy", "--unit", "万元", "--format", "csv", APPS_CSV);
        assertEquals(2, refused.status);
        assertTrue(refused.err.contains("--unit 万元: for tables and workbooks"), refused.err);
    }

    @Test
    void officeNumbersInCsvAreReadAsThePlainOnes() throws IOException {
        Path office = write(
                "office.csv",
                HEADER + "\nA-1,企业,intelligent-transformation-subsidy,\"4,000,000.00\",８００００００\n",
                StandardCharsets.UTF_8);
        Path plain = write(
                "plain.csv",
                HEADER + "\nA-1,企业,intelligent-transformation-subsidy,4000000.00,8000000\n",
                StandardCharsets.UTF_8);
        Run a = Run.of("subsidy", "--format", "json", office.toString());
        assertEquals(0, a.status, a::toString);
        assertEquals(Run.of("subsidy", "--format", "json", plain.toString()).out, a.out);
    }

    @Test
    void jsonArraysStreamElementByElementWithTheModelsChecksPerRow() throws IOException {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < 20_000; i++) {
            b.append(i == 0 ? "" : ",\n")
                    .append("{\"id\":\"A-")
                    .append(i)
                    .append("\",\"rule\":\"robot-subsidy\",\"rate\":0.1,\"costs\":{\"robot-purchase-fee\":")
                    .append(i)
                    .append(",\"robot-lease-fee\":0}}");
        }
        b.append("]");
        Path file = write("apps.json", b.toString(), StandardCharsets.UTF_8);
        Run run = Run.of("subsidy", "--format", "csv", file.toString());
        assertEquals(0, run.status, run::toString);
        assertEquals(20_001, run.out.split("\n").length);
        Path trailing = write("trailing.json", b + " x", StandardCharsets.UTF_8);
        Run refused = Run.of("subsidy", trailing.toString());
        assertEquals(2, refused.status);
        assertTrue(refused.err.contains("trailing.json: text after the end of the array"), refused.err);
    }
}
