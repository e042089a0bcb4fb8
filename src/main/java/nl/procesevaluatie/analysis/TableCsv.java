package nl.procesevaluatie.analysis;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.procesevaluatie.output.Csv;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A table as CSV (UTF-8, comma, \n): Commons CSV quotes and escapes; every cell first goes through the
 * project's formula guard (details.md rule 53), so a name such as {@code =HYPERLINK(..)} is inert in a spreadsheet.
 */
final class TableCsv {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    private TableCsv() {}

    static void write(Table table, OutputStream out) throws IOException {
        List<Column<?>> columns = table.columns();
        // buffered before the encoder: CSVPrinter writes cell by cell, and each write into the encoder costs
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        CSVPrinter printer = new CSVPrinter(w, FORMAT);
        printer.printRecord(table.columnNames().stream().map(Csv::guard).toList());
        List<String> cells = new ArrayList<>(columns.size());
        for (int r = 0; r < table.rowCount(); r++) {
            cells.clear();
            for (Column<?> c : columns) {
                cells.add(Csv.guard(Cells.text(c, r)));
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }

    static void write(List<String> header, List<List<String>> rows, OutputStream out) throws IOException {
        CSVPrinter printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16), FORMAT);
        printer.printRecord(header.stream().map(Csv::guard).toList());
        for (List<String> row : rows) {
            printer.printRecord(row.stream().map(c -> Csv.guard(c == null ? "" : c)).toList());
        }
        printer.flush();
    }
}
