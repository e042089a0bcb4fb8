package nl.procesevaluatie.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's tables, in SQL that HSQLDB and PostgreSQL both accept (but for the binary type). Chunks
 * keep their file's position in load order; each row inside keeps its line.
 */
final class Schema {
    private Schema() {}

    static final String TEXT = "VARCHAR(16000)";
    static final String ID = "VARCHAR(1000)";

    /**
     * Accepted rows are kept per file, in chunks of the binary form of {@link RowCodec}; the keyed state
     * is the replay of all loaded files in load order ({@link Replay}). A row table with a MERGE per
     * row was the slowest part of a country-scale run (docs/design.md).
     */
    static List<String> create(String binaryType) {
        return List.of(
            "CREATE TABLE pe_file (dataset " + ID + " NOT NULL, hash VARCHAR(64) NOT NULL, name " + ID + " NOT NULL,"
                    + " refused BOOLEAN NOT NULL, rows_read BIGINT NOT NULL, accepted BIGINT NOT NULL, rejected BIGINT NOT NULL,"
                    + " skipped BIGINT NOT NULL, field " + ID + ", field_value " + TEXT + ", reason " + TEXT + ","
                    + " unfinished_line BIGINT DEFAULT 0 NOT NULL, PRIMARY KEY (dataset, hash))",
            "CREATE TABLE pe_reject (dataset " + ID + " NOT NULL, hash VARCHAR(64) NOT NULL, line BIGINT NOT NULL,"
                    + " field " + ID + ", field_value " + TEXT + ", reason " + TEXT + ", PRIMARY KEY (dataset, hash, line))",
            "CREATE TABLE pe_segment (dataset " + ID + " NOT NULL, hash VARCHAR(64) NOT NULL, kind VARCHAR(20) NOT NULL,"
                    + " src_order VARCHAR(4000) NOT NULL, load_seq BIGINT NOT NULL, chunk_no INTEGER NOT NULL,"
                    + " row_count INTEGER NOT NULL, data " + binaryType + " NOT NULL, PRIMARY KEY (dataset, hash, chunk_no))");
    }

    /**
     * The store's format: the chunk codec and what the rows hold. 2: respondent ids are pseudonyms (version 1,
     * without this table, kept them raw), and files record an unfinished last record. 3: every chunk starts
     * with the version of its binary form ({@link RowCodec#VERSION}). A store of another version is refused,
     * never misread.
     */
    static final int FORMAT_VERSION = 3;

    static final List<String> TABLES = List.of("pe_file", "pe_reject", "pe_segment", "pe_meta");

    /** Tables of stores written before chunks replaced row tables. */
    private static final List<String> OLD_TABLES = List.of("pe_registration", "pe_session", "pe_response");

    static void create(Connection c) throws SQLException {
        if (exists(c, "pe_file")) {
            int version = exists(c, "pe_segment") ? version(c) : 0;
            if (version < FORMAT_VERSION) {
                throw StoreException.needsRebuild("the store was written by an earlier version of procesevaluatie (store format "
                        + version + ", this version writes " + FORMAT_VERSION + ");"
                        + " run once with --rebuild to load the inbox into the current form");
            }
            if (version > FORMAT_VERSION) {
                throw StoreException.needsRebuild("the store was written by a newer version of procesevaluatie (store format "
                        + version + ", this version reads " + FORMAT_VERSION + "); run that version, or --rebuild with this one");
            }
            return;
        }
        String binary = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")
                ? "BYTEA" : "BLOB(1G)";
        try (Statement s = c.createStatement()) {
            for (String sql : create(binary)) {
                s.execute(sql);
            }
            s.execute("CREATE TABLE pe_meta (format_version INTEGER NOT NULL)");
            s.execute("INSERT INTO pe_meta (format_version) VALUES (" + FORMAT_VERSION + ")");
        }
        c.commit();
    }

    static void drop(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String t : java.util.stream.Stream.concat(TABLES.stream(), OLD_TABLES.stream()).toList()) {
                if (exists(c, t)) {
                    s.execute("DROP TABLE " + t);
                }
            }
        }
        c.commit();
    }

    /** The format version in pe_meta; 1 for a chunk store from before the table existed. */
    private static int version(Connection c) throws SQLException {
        if (!exists(c, "pe_meta")) {
            return 1;
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(format_version) FROM pe_meta")) {
            return rs.next() ? rs.getInt(1) : 1;
        }
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
