package nl.procesevaluatie.analysis;

/**
 * One variable of the analysis dataset as the codebook describes it. {@code type} is text, integer,
 * decimal, date or boolean; {@code indicator} names the indicators it feeds (empty when none).
 */
record Variable(String file, String name, String label, String type, String unit, String values, String definition,
        String indicator) {

    /** The column's name in SQL: lower case letters, digits and underscores, portable unquoted. */
    String sqlName() {
        return SqlTables.identifier(name);
    }
}
