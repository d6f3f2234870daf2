package dev.zhengce.policy.examples.cli;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.util.List;

/** Writes CSV: a header line, then one line per row, quoted where needed. */
final class Csv {
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private Csv() {
    }

    static String write(List<String> header, List<List<String>> rows) {
        CsvSchema.Builder schema = CsvSchema.builder();
        header.forEach(schema::addColumn);
        java.io.StringWriter out = new java.io.StringWriter();
        try (SequenceWriter w = MAPPER.writer(schema.build().withHeader()).writeValues(out)) {
            for (List<String> row : rows) {
                w.write(row);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot write CSV", e);
        }
        return out.toString();
    }
}
