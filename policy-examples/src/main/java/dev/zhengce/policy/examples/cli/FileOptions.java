package dev.zhengce.policy.examples.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import picocli.CommandLine.Option;

/** The options of the commands that read rows from files and write files: picocli mixins. */
final class FileOptions {
    private FileOptions() {}

    /** How the input is read: its format, its text's encoding, and in a table where the header is. */
    static final class In {
        @Option(
                names = "--input-format",
                paramLabel = "json|csv|xlsx",
                description =
                        "Input format; by default from the file name (.json, .csv, .xlsx), for - from the first bytes.")
        Input.Format format;

        @Option(
                names = "--encoding",
                paramLabel = "CHARSET",
                defaultValue = "UTF-8",
                description =
                        "Encoding of CSV and JSON input (default: ${DEFAULT-VALUE}); GB18030 reads GBK and GB2312 "
                                + "files, as Excel and WPS save CSV on a Chinese Windows machine. A byte-order mark is skipped.")
        String encoding;

        @Option(
                names = "--sheet",
                paramLabel = "NAME",
                description = "The sheet of an .xlsx workbook (default: the first).")
        String sheet;

        @Option(
                names = "--header-row",
                paramLabel = "N",
                defaultValue = "1",
                description = "The row (in CSV the line) that names the columns, for tables under a title "
                        + "(default: the first row that is not empty).")
        int headerRow;

        /** Returns the options, checked. */
        Input.Options options() {
            Charset charset;
            try {
                charset = Charset.forName(encoding);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new InputError(
                        "--encoding = " + encoding + ": not an encoding this Java knows; UTF-8 or GB18030", e);
            }
            if (headerRow < 1) {
                throw new InputError("--header-row = " + headerRow + ": a row number, from 1");
            }
            return new Input.Options(charset, sheet, headerRow);
        }
    }

    /** Where the output goes, and the rejects. */
    static final class Out {
        @Option(
                names = {"-o", "--output"},
                paramLabel = "FILE",
                description =
                        "Write to FILE instead of standard output: under a temporary name in its directory, moved "
                                + "into place once the command has succeeded (nothing is left on a failure or Ctrl-C). The format "
                                + "follows its name (.csv, .json, .xlsx) unless --format says otherwise.")
        String output;

        @Option(
                names = "--excel-csv",
                description = "CSV that Excel opens on a Chinese Windows machine: UTF-8 with a byte-order mark, "
                        + "CRLF line breaks (for the CSV output and the rejects file).")
        boolean excelCsv;

        @Option(
                names = "--rejects",
                paramLabel = "FILE",
                description =
                        "Skip bad rows instead of stopping at the first: each goes to FILE (CSV: where it is, why, "
                                + "its cells), and the count is reported at the end.")
        String rejects;
    }
}
