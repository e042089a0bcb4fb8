package nl.procesevaluatie.analysis;

import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

/** A cell of a typed column as the outputs write it: plain integers, ISO dates, true/false; empty when missing. */
final class Cells {
    private Cells() {}

    static String text(Column<?> c, int row) {
        if (c.isMissing(row)) {
            return "";
        }
        if (c instanceof StringColumn s) {
            return s.get(row);
        }
        if (c instanceof IntColumn i) {
            return Integer.toString(i.getInt(row));
        }
        if (c instanceof DateColumn d) {
            return d.get(row).toString();
        }
        if (c instanceof BooleanColumn b) {
            return b.get(row).toString();
        }
        throw new IllegalArgumentException("unexpected column type " + c.type() + " of " + c.name());
    }
}
