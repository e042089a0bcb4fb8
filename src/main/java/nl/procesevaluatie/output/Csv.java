package nl.procesevaluatie.output;

import java.util.List;
import java.util.regex.Pattern;

/** CSV cells as details.md rules 52 and 53 write them: quoted only where needed, formulas guarded. */
public final class Csv {
    private static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    private Csv() {}

    /** A cell starting with = + - or @ that is not a number gets a leading ' so spreadsheets do not run it. */
    public static String guard(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char c = cell.charAt(0);
        if ((c == '=' || c == '+' || c == '-' || c == '@') && !NUMBER.matcher(cell).matches()) {
            return "'" + cell;
        }
        return cell;
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
