package nl.procesevaluatie.analysis;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.procesevaluatie.output.Csv;
import org.apache.commons.csv.CSVPrinter;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A table as CSV in the format of every other CSV output ({@link Csv#FORMAT}: UTF-8, comma, \n, quoted as
 * details.md rule 52 says), streamed through Commons CSV's printer; every cell, the header's too (column
 * names come from the job file), goes through the formula guard of rule 53, so a name such as
 * {@code =HYPERLINK(..)} is inert in a spreadsheet.
 */
final class TableCsv {
    private TableCsv() {}

    static void write(Table table, OutputStream out) throws IOException {
        List<Column<?>> columns = table.columns();
        CSVPrinter printer = printer(out);
        Csv.printRecord(printer, table.columnNames());
        List<String> cells = new ArrayList<>(columns.size());
        for (int r = 0; r < table.rowCount(); r++) {
            cells.clear();
            for (Column<?> c : columns) {
                cells.add(Cells.text(c, r));
            }
            Csv.printRecord(printer, cells);
        }
        printer.flush();
    }

    static void write(List<String> header, List<List<String>> rows, OutputStream out) throws IOException {
        CSVPrinter printer = printer(out);
        Csv.printRecord(printer, header);
        for (List<String> row : rows) {
            Csv.printRecord(printer, row);
        }
        printer.flush();
    }

    /** Not closed here: closing it would close {@code out}, which belongs to the caller. */
    private static CSVPrinter printer(OutputStream out) throws IOException {
        // buffered before the encoder: CSVPrinter writes cell by cell, and each write into the encoder costs
        return new CSVPrinter(new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16), Csv.FORMAT);
    }
}
