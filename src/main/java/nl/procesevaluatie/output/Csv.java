package nl.procesevaluatie.output;

import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV cells as details.md rules 52 and 53 write them: quoted only where needed, formulas guarded, and
 * beyond rule 53 also formulas hidden behind a separator and bidirectional controls (docs/design.md).
 */
public final class Csv {
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

    public static String quote(String cell) {
        if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\r') >= 0 || cell.indexOf('\n') >= 0) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }

    /** One line, each cell guarded and quoted, ending in \n. */
    public static String line(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String c = cells.get(i);
            sb.append(quote(guard(c == null ? "" : c)));
        }
        return sb.append('\n').toString();
    }
}
