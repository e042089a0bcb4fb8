package nl.procesevaluatie.analysis;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The analysis tables as plain SQL tables in the evaluation's database (analysis_trajects,
 * analysis_responses, analysis_codebook), dropped and made anew each run, in SQL that HSQLDB and
 * PostgreSQL both accept, with unquoted lower-case names, so any JDBC tool or psql can query them.
 */
final class SqlTables {
    private static final int BATCH = 5_000;
    private static final String DECIMAL = "DECIMAL(38, 10)";
    /** Words that cannot be a column name unquoted in HSQLDB or PostgreSQL and that a variable may be. */
    private static final Set<String> RESERVED = Set.of("date", "time", "user", "value", "values", "order", "group", "end",
            "position", "year", "month", "day", "key", "type", "label", "file", "unit", "status", "moment");

    private SqlTables() {}

    /** Lower case, every other character than a-z, 0-9 and _ as _, reserved words and leading digits prefixed. */
    static String identifier(String name) {
        String id = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        return RESERVED.contains(id) || id.isEmpty() || Character.isDigit(id.charAt(0)) ? "v_" + id : id;
    }

    static void replace(DataSource ds, String name, Table table, List<Variable> variables) throws SQLException {
        List<String> types = table.columnNames().stream().map(c -> sqlType(variables, c)).toList();
        List<String> ids = unique(table.columnNames());
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            recreate(c, name, ids, types);
            String insert = "INSERT INTO " + name + " (" + String.join(", ", ids) + ") VALUES ("
                    + ids.stream().map(x -> "?").collect(Collectors.joining(", ")) + ")";
            try (PreparedStatement ps = c.prepareStatement(insert)) {
                List<Column<?>> columns = table.columns();
                for (int r = 0; r < table.rowCount(); r++) {
                    for (int i = 0; i < columns.size(); i++) {
                        bind(ps, i + 1, types.get(i), columns.get(i), r);
                    }
                    ps.addBatch();
                    if ((r + 1) % BATCH == 0) {
                        ps.executeBatch();
                        c.commit(); // small transactions: the database need not keep a million rows' undo
                    }
                }
                if (table.rowCount() % BATCH != 0) { // HSQLDB refuses an empty batch
                    ps.executeBatch();
                }
            }
            c.commit();
        }
    }

    static void replaceText(DataSource ds, String name, List<String> header, List<List<String>> rows) throws SQLException {
        List<String> ids = unique(header);
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            recreate(c, name, ids, ids.stream().map(x -> "VARCHAR(16000)").toList());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + name + " (" + String.join(", ", ids) + ") VALUES ("
                    + ids.stream().map(x -> "?").collect(Collectors.joining(", ")) + ")")) {
                for (List<String> row : rows) {
                    for (int i = 0; i < row.size(); i++) {
                        ps.setString(i + 1, row.get(i));
                    }
                    ps.addBatch();
                }
                if (!rows.isEmpty()) {
                    ps.executeBatch();
                }
            }
            c.commit();
        }
    }

    private static void recreate(Connection c, String name, List<String> ids, List<String> types) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + name);
            StringBuilder sql = new StringBuilder("CREATE TABLE " + name + " (");
            for (int i = 0; i < ids.size(); i++) {
                sql.append(i > 0 ? ", " : "").append(ids.get(i)).append(' ').append(types.get(i));
            }
            s.execute(sql.append(')').toString());
        }
    }

    /** SQL names of the columns; two variables that fold to one name get _2, _3. */
    private static List<String> unique(List<String> names) {
        Set<String> seen = new HashSet<>();
        return names.stream().map(n -> {
            String id = identifier(n);
            String candidate = id;
            for (int k = 2; !seen.add(candidate); k++) {
                candidate = id + "_" + k;
            }
            return candidate;
        }).toList();
    }

    private static String sqlType(List<Variable> variables, String column) {
        String type = variables.stream().filter(v -> v.name().equals(column)).map(Variable::type).findFirst().orElse("text");
        return switch (type) {
            case "integer" -> "INTEGER";
            case "decimal" -> DECIMAL;
            case "date" -> "DATE";
            case "boolean" -> "BOOLEAN";
            default -> "VARCHAR(16000)";
        };
    }

    /** Binds a cell by its column's type: no text round trip for integers, dates and booleans. */
    private static void bind(PreparedStatement ps, int i, String type, Column<?> c, int row) throws SQLException {
        if (c.isMissing(row)) {
            ps.setNull(i, switch (type) {
                case "INTEGER" -> Types.INTEGER;
                case "DATE" -> Types.DATE;
                case "BOOLEAN" -> Types.BOOLEAN;
                case DECIMAL -> Types.DECIMAL;
                default -> Types.VARCHAR;
            });
        } else if (c instanceof IntColumn ic) {
            ps.setInt(i, ic.getInt(row));
        } else if (c instanceof DateColumn dc) {
            ps.setObject(i, dc.get(row));
        } else if (c instanceof BooleanColumn bc) {
            ps.setBoolean(i, bc.get(row));
        } else if (type.equals(DECIMAL)) {
            String text = ((StringColumn) c).get(row);
            if (text.isEmpty()) {
                ps.setNull(i, Types.DECIMAL);
            } else {
                ps.setBigDecimal(i, new BigDecimal(text));
            }
        } else {
            ps.setString(i, ((StringColumn) c).get(row));
        }
    }
}
