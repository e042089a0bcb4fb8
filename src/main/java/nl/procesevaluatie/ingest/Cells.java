package nl.procesevaluatie.ingest;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The mapped cells of one record: trimmed, with the export's missing-value codes made empty. */
final class Cells {
    private final Map<String, Integer> index;
    private final Set<String> missingValues;
    private List<String> cells;

    Cells(Map<String, Integer> index, Set<String> missingValues) {
        this.index = index;
        this.missingValues = missingValues;
    }

    void reset(List<String> record) {
        this.cells = record;
    }

    /**
     * The key of an instrument item's column, apart from the canonical fields: an item column may be named
     * like one ({@code date}, {@code organisation}) without taking its place.
     */
    static String item(String column) {
        return "item\u0000" + column;
    }

    boolean mapped(String key) {
        return index.containsKey(key);
    }

    /** The trimmed cell of a canonical field or item column; empty when unmapped, absent or a missing code. */
    String get(String key) {
        Integer i = index.get(key);
        if (i == null || i >= cells.size()) {
            return "";
        }
        String v = CsvSource.trim(cells.get(i));
        return missingValues.contains(v) ? "" : v;
    }
}
