package dev.zhengce.policy.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengce.policy.mengzhou.Mengzhou;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks made by another program (Apache POI, as office software writes them: a merged
 * title over the header, numbers stored as text, empty formatted rows at the end) read as the
 * same data in CSV; the tool's own workbooks read back with POI.
 */
class CliExcelTest {
    private static final String APPS_CSV = Run.SAMPLES + "applications.csv";
    private static final String OBS_CSV = Run.SAMPLES + "observations.csv";

    @TempDir
    Path dir;

    /** How a CSV cell goes into the workbook. */
    private enum Style {
        NUMBERS,
        NUMBERS_AS_TEXT,
        OFFICE_TEXT
    }

    private static List<List<String>> csv(String file) throws IOException {
        Csv.Rows rows = new Csv.Rows(new StringReader(Files.readString(Path.of(file))));
        List<List<String>> all = new ArrayList<>();
        while (rows.next()) {
            all.add(new ArrayList<>(rows.cells()));
        }
        return all;
    }

    /**
     * Writes the rows of a CSV file into a sheet, under a merged title row, with empty formatted
     * rows and columns after the data; numbers as numbers, as plain text, or as grouped text.
     */
    private Path workbook(String name, List<List<String>> rows, Style style, boolean title) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook book = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("申报表");
            CellStyle bordered = book.createCellStyle();
            bordered.setBorderBottom(org.apache.poi.ss.usermodel.BorderStyle.THIN);
            int r = 0;
            if (title) {
                sheet.createRow(r).createCell(0).setCellValue("2018年孟州市工业补助申报表（示例）");
                sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, rows.get(0).size() - 1));
                r++;
            }
            for (int i = 0; i < rows.size(); i++, r++) {
                Row row = sheet.createRow(r);
                List<String> cells = rows.get(i);
                for (int c = 0; c < cells.size(); c++) {
                    String v = cells.get(c);
                    if (v.isEmpty()) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    boolean number = i > 0 && v.matches("-?\\d+(\\.\\d+)?");
                    if (number && style == Style.NUMBERS) {
                        cell.setCellValue(Double.parseDouble(v));
                    } else if (number
                            && style == Style.OFFICE_TEXT
                            && !rows.get(0).get(c).toLowerCase(Locale.ROOT).endsWith("year")) {
                        BigDecimal d = new BigDecimal(v);
                        cell.setCellValue(String.format(Locale.ROOT, "%,." + Math.max(0, d.scale()) + "f", d));
                    } else {
                        cell.setCellValue(v);
                    }
                }
            }
            // formatted, empty: what a template leaves below its data and to its right
            for (int i = 0; i < 5; i++, r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(0).size() + 3; c++) {
                    row.createCell(c).setCellStyle(bordered);
                }
            }
            book.write(out);
        }
        return file;
    }

    @Test
    void workbooksOfEveryCellStyleGiveTheAwardsOfTheCsv() throws IOException {
        List<List<String>> rows = csv(APPS_CSV);
        for (Style style : Style.values()) {
            Path file = workbook("apps-" + style + ".xlsx", rows, style, false);
            // a number cell holds a double, without the text's trailing zeros: the JSON's bases differ in scale only
            String format = style == Style.NUMBERS ? "csv" : "json";
            Run run = Run.of("subsidy", "--format", format, file.toString());
            assertEquals(0, run.status, style + ": " + run);
            assertEquals(Run.of("subsidy", "--format", format, APPS_CSV).out, run.out, style.toString());
        }
    }

    /** The sample workbooks, which LibreOffice made from the sample CSV files. */
    @Test
    void theSampleWorkbooksMadeByLibreOfficeGiveTheResultsOfTheCsv() {
        Run awards = Run.of("subsidy", "--format", "csv", Run.SAMPLES + "applications.xlsx");
        assertEquals(0, awards.status, awards::toString);
        assertEquals(Run.of("subsidy", "--format", "csv", APPS_CSV).out, awards.out);
        Run card = Run.of("attainment", "--format", "json", Run.SAMPLES + "observations.xlsx");
        assertEquals(0, card.status, card::toString);
        assertEquals(Run.of("attainment", "--format", "json", OBS_CSV).out, card.out);
    }

    @Test
    void aMergedTitleAboveTheHeaderIsNamedAndSkippedWithHeaderRow() throws IOException {
        Path file = workbook("titled.xlsx", csv(APPS_CSV), Style.NUMBERS, true);
        Run refused = Run.of("subsidy", file.toString());
        assertEquals(2, refused.status);
        assertTrue(
                refused.err.contains(
                                "titled.xlsx: sheet 申报表, row 1, column A \"2018年孟州市工业补助申报表（示例）\": " + "unknown column")
                        && refused.err.contains("give --header-row N"),
                refused.err);
        Run read = Run.of("subsidy", "--header-row", "2", file.toString());
        assertEquals(0, read.status, read::toString);
        assertEquals(Run.of("subsidy", APPS_CSV).out, read.out);
    }

    @Test
    void strictLikeCsvNamingSheetRowAndColumn() throws IOException {
        List<List<String>> rows = csv(APPS_CSV);
        Path file = workbook("apps.xlsx", rows, Style.NUMBERS, false);
        try (InputStream in = Files.newInputStream(file);
                Workbook book = WorkbookFactory.create(in)) {
            Sheet sheet = book.getSheetAt(0);
            sheet.getRow(1).getCell(8).setCellFormula("2000000*2");
            sheet.getRow(2).getCell(8).setCellValue("abc");
            try (OutputStream out = Files.newOutputStream(dir.resolve("formula.xlsx"))) {
                book.write(out);
            }
        }
        Run formula = Run.of("subsidy", dir.resolve("formula.xlsx").toString());
        assertEquals(2, formula.status);
        assertTrue(
                formula.err.contains(
                        "formula.xlsx: sheet 申报表, row 2, column I (software-investment): a formula " + "(=2000000*2)"),
                formula.err);
        Path rejects = dir.resolve("rejects.csv");
        Run skipped = Run.of(
                "subsidy",
                "--rejects",
                rejects.toString(),
                dir.resolve("formula.xlsx").toString());
        assertEquals(0, skipped.status, skipped::toString);
        String text = Files.readString(rejects);
        assertTrue(
                text.contains("\"sheet 申报表, row 3\",column I (software-investment) = abc: not a number")
                        && text.contains(",=2000000*2,8000000\n"),
                text);

        rows.get(0).set(3, "colour");
        Run unknown = Run.of(
                "subsidy", workbook("unknown.xlsx", rows, Style.NUMBERS, false).toString());
        assertEquals(2, unknown.status);
        assertTrue(
                unknown.err.contains("unknown.xlsx: sheet 申报表, row 1, column D \"colour\": unknown column"),
                unknown.err);
        assertEquals("", unknown.out);
    }

    @Test
    void aHeaderCellLeftEmptyByAMergeIsNamed() throws IOException {
        Path file = dir.resolve("merged.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("表");
            Row top = sheet.createRow(0);
            top.createCell(0).setCellValue("id");
            top.createCell(1).setCellValue("rule");
            top.createCell(2).setCellValue("费用");
            sheet.addMergedRegion(new CellRangeAddress(0, 1, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(0, 1, 1, 1));
            Row second = sheet.createRow(1);
            second.createCell(2).setCellValue("robot-purchase-fee");
            second.createCell(3).setCellValue("robot-lease-fee");
            book.write(out);
        }
        Run run = Run.of("subsidy", "--header-row", "2", file.toString());
        assertEquals(2, run.status);
        assertTrue(
                run.err.contains(
                        "merged.xlsx: sheet 表, row 2, column A: a column without a name (a merged header cell"),
                run.err);
    }

    @Test
    void theToolsWorkbookHasASheetPerTableNumbersAsNumbersAndChineseHeaders() throws IOException {
        Path file = dir.resolve("awards.xlsx");
        Run run = Run.of("subsidy", "--lang", "zh", "-o", file.toString(), APPS_CSV);
        assertEquals(0, run.status, run::toString);
        List<List<String>> csv = csv(writeCsv());
        try (InputStream in = Files.newInputStream(file);
                Workbook book = WorkbookFactory.create(in)) {
            assertEquals(2, book.getNumberOfSheets());
            Sheet awards = book.getSheet("补助");
            assertEquals("金额（元）", awards.getRow(0).getCell(4).getStringCellValue());
            for (int i = 1; i < csv.size(); i++) {
                Row row = awards.getRow(i);
                assertEquals(csv.get(i).get(0), row.getCell(0).getStringCellValue());
                String amount = csv.get(i).get(4);
                Cell cell = row.getCell(4);
                if (amount.isEmpty()) {
                    assertTrue(cell == null || cell.getCellType() == CellType.BLANK);
                } else {
                    assertEquals(CellType.NUMERIC, cell.getCellType());
                    assertEquals(new BigDecimal(amount).doubleValue(), cell.getNumericCellValue());
                    assertEquals("#,##0.00", cell.getCellStyle().getDataFormatString());
                }
            }
            Sheet totals = book.getSheet("合计");
            assertEquals("可支付", totals.getRow(1).getCell(0).getStringCellValue());
            assertEquals(8, (int) totals.getRow(1).getCell(2).getNumericCellValue());
            assertEquals(19876913.58, totals.getRow(1).getCell(3).getNumericCellValue());
        }
        assertFalse(Files.exists(dir.resolve("x.xlsx")));
        Run noFile = Run.of("subsidy", "--format", "xlsx", APPS_CSV);
        assertEquals(2, noFile.status);
        assertTrue(noFile.err.contains("give --output FILE.xlsx"), noFile.err);
    }

    private String writeCsv() throws IOException {
        Path csv = dir.resolve("awards.csv");
        assertEquals(0, Run.of("subsidy", "-o", csv.toString(), APPS_CSV).status);
        return csv.toString();
    }

    @Test
    void observationsFromAWorkbookGiveTheScorecardOfTheCsvAndOneComesBack() throws IOException {
        Path file = workbook("obs.xlsx", csv(OBS_CSV), Style.NUMBERS, false);
        Run expected = Run.of("attainment", "--format", "json", OBS_CSV);
        Run run = Run.of("attainment", "--format", "json", file.toString());
        assertEquals(0, run.status, run::toString);
        assertEquals(expected.out, run.out);
        Path card = dir.resolve("scorecard.xlsx");
        Run written = Run.of("attainment", "--lang", "en", "-o", card.toString(), OBS_CSV);
        assertEquals(0, written.status, written::toString);
        try (InputStream in = Files.newInputStream(card);
                Workbook book = WorkbookFactory.create(in)) {
            assertEquals("targets", book.getSheetName(0));
            int targets = Mengzhou.catalog().targets().size();
            assertEquals(targets + 1, book.getSheetAt(0).getPhysicalNumberOfRows(), "a header and every target");
            assertEquals("summary", book.getSheetName(1));
        }
    }
}
