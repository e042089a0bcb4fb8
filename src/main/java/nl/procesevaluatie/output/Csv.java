package nl.procesevaluatie.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV output as details.md rules 52 and 53 write it: Commons CSV's {@link CSVPrinter} lays out the
 * records in {@link #FORMAT}; each cell is first guarded against formulas (rule 53, and beyond it formulas
 * hidden behind a separator and bidirectional controls, docs/design.md) and then quoted only where rule 52
 * says so.
 */
public final class Csv {
    /**
     * Comma, records ending in \n; no header here (an output with fixed column names adds them with
     * {@code FORMAT.builder().setHeader(..)}, names that need neither guard nor quotes). No quote character:
     * Commons CSV's nearest quote mode, {@code MINIMAL}, also quotes a cell that starts with a character up
     * to {@code #} (a space, {@code !}, or {@code #} as in Excel's {@code #N/A} in rejects.csv) or ends in one
     * up to a space, and an empty first cell, where rule 52 quotes only for a comma, quote, CR or LF. So
     * {@link #cell} quotes, and the printer writes each cell as it gets it.
     */
    public static final CSVFormat FORMAT = CSVFormat.Builder.create()
            .setDelimiter(',')
            .setQuote(null)
            .setRecordSeparator('\n')
            .get();

    private static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    private Csv() {}

    /**
     * A cell starting with = + - or @ that is not a number, or holding ; tab CR or LF followed by one of them,
     * gets a leading ' so spreadsheets do not run it; bidirectional controls become visible codes.
     */
    public static String guard(String cell) {
        cell = Bidi.escape(cell);
        if (cell.isEmpty()) {
            return cell;
        }
        char c = cell.charAt(0);
        if (isFormulaStart(c) && !NUMBER.matcher(cell).matches()) {
            return "'" + cell;
        }
        if (hiddenFormula(cell)) {
            return "'" + cell;
        }
        return cell;
    }

    /**
     * Dutch Excel opens a .csv split on ';' (tab when pasted), ignoring our comma quoting, so a formula may
     * start after a ';' or tab inside one of our cells, or after a line break in a quoted multi-line cell
     * (a new row there); spaces and quotes before it do not stop it.
     */
    private static boolean hiddenFormula(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == ';' || c == '\t' || c == '\r' || c == '\n') {
                int j = i + 1;
                while (j < cell.length() && (cell.charAt(j) == ' ' || cell.charAt(j) == '"')) {
                    j++;
                }
                if (j < cell.length() && isFormulaStart(cell.charAt(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@';
    }

    /** Rule 52: in {@code "} with inner quotes doubled when the cell holds a comma, a quote, a CR or an LF. */
    public static String quote(String cell) {
        if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\r') >= 0 || cell.indexOf('\n') >= 0) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }

    /** A cell as it is printed: guarded, then quoted; null is empty. */
    public static String cell(String value) {
        return quote(guard(value == null ? "" : value));
    }

    /** Prints one record, each cell as {@link #cell} makes it. */
    public static void printRecord(CSVPrinter printer, List<String> cells) throws IOException {
        printer.printRecord(cells.stream().map(Csv::cell).toList());
    }

    /** A whole (small) output in {@code format}: its header, then one record per element of {@code records}. */
    public static String write(CSVFormat format, Iterable<? extends List<String>> records) {
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(sb, format)) {
            for (List<String> r : records) {
                printRecord(printer, r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return sb.toString();
    }
}
