package nl.procesevaluatie.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's tables, in SQL that HSQLDB and PostgreSQL both accept. Row tables keep each row's source
 * position (file order and line).
 */
final class Schema {
    private Schema() {}

    static final String TEXT = "VARCHAR(16000)";
    static final String ID = "VARCHAR(1000)";

    private static final String REGISTRATION_COLUMNS = "traject_id " + ID + " NOT NULL, client_hash VARCHAR(64),"
            + " organisation " + ID + " NOT NULL, municipality " + ID + ", professional_id " + ID + ", group_id " + ID + ","
            + " referral_source " + ID + ", registered_on DATE NOT NULL, started_on DATE, ended_on DATE, end_reason VARCHAR(20),"
            + " age BIGINT, gender " + ID + ", src_order VARCHAR(4000) NOT NULL, src_line BIGINT NOT NULL";
    private static final String SESSION_COLUMNS = "traject_id " + ID + " NOT NULL, session_no BIGINT NOT NULL,"
            + " session_date DATE NOT NULL, held BOOLEAN NOT NULL, attended BOOLEAN NOT NULL, components " + TEXT + ","
            + " duration_min BIGINT, src_order VARCHAR(4000) NOT NULL, src_line BIGINT NOT NULL";
    private static final String RESPONSE_COLUMNS = "instrument " + ID + " NOT NULL, respondent_id " + ID + " NOT NULL,"
            + " response_date DATE NOT NULL, moment VARCHAR(4) NOT NULL, traject_id " + ID + " NOT NULL,"
            + " organisation " + ID + " NOT NULL, items " + TEXT + " NOT NULL, src_order VARCHAR(4000) NOT NULL,"
            + " src_line BIGINT NOT NULL";

    static final List<String> CREATE = List.of(
            "CREATE TABLE pe_file (dataset " + ID + " NOT NULL, hash VARCHAR(64) NOT NULL, name " + ID + " NOT NULL,"
                    + " refused BOOLEAN NOT NULL, rows_read BIGINT NOT NULL, accepted BIGINT NOT NULL, rejected BIGINT NOT NULL,"
                    + " skipped BIGINT NOT NULL, field " + ID + ", field_value " + TEXT + ", reason " + TEXT + ","
                    + " PRIMARY KEY (dataset, hash))",
            "CREATE TABLE pe_reject (dataset " + ID + " NOT NULL, hash VARCHAR(64) NOT NULL, line BIGINT NOT NULL,"
                    + " field " + ID + ", field_value " + TEXT + ", reason " + TEXT + ", PRIMARY KEY (dataset, hash, line))",
            "CREATE TABLE pe_registration (" + REGISTRATION_COLUMNS + ", PRIMARY KEY (traject_id))",
            "CREATE TABLE pe_session (" + SESSION_COLUMNS + ", PRIMARY KEY (traject_id, session_no))",
            "CREATE TABLE pe_response (" + RESPONSE_COLUMNS
                    + ", PRIMARY KEY (instrument, respondent_id, response_date, moment, traject_id, organisation))");

    static final List<String> TABLES = List.of("pe_file", "pe_reject", "pe_registration", "pe_session", "pe_response");

    static void create(Connection c) throws SQLException {
        if (exists(c, "pe_file")) {
            return;
        }
        try (Statement s = c.createStatement()) {
            for (String sql : CREATE) {
                s.execute(sql);
            }
        }
        c.commit();
    }

    static void drop(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String t : TABLES) {
                if (exists(c, t)) {
                    s.execute("DROP TABLE " + t);
                }
            }
        }
        c.commit();
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        for (String name : List.of(table, table.toUpperCase())) {
            try (ResultSet rs = md.getTables(null, c.getSchema(), name, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
