package nl.procesevaluatie.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;

/**
 * The load of one file. Accepted rows are written in JDBC batches to a staging table; {@link #commit}
 * then merges the latest row per key into the store (a stored row is replaced only by a row of a later file
 * in load order or of a newer version of its own file), writes the rejects and the registry entry, and commits
 * all of it at once.
 */
public final class FileLoad implements RowSink, AutoCloseable {
    private static final int BATCH = 5_000;

    private final Connection connection;
    private final Store.RowKind kind;
    private final String srcOrder;
    private final PreparedStatement insert;
    private int pending;

    FileLoad(Connection connection, Store.RowKind kind, String srcOrder) throws SQLException {
        this.connection = connection;
        this.kind = kind;
        this.srcOrder = srcOrder;
        try (Statement s = connection.createStatement()) {
            s.execute("DELETE FROM " + stageTable());
        }
        connection.commit();
        this.insert = connection.prepareStatement(switch (kind) {
            case registrations -> "INSERT INTO pe_stage_registration (traject_id, client_hash, organisation, municipality,"
                    + " professional_id, group_id, referral_source, registered_on, started_on, ended_on, end_reason, age, gender,"
                    + " src_order, src_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
            case sessions -> "INSERT INTO pe_stage_session (traject_id, session_no, session_date, held, attended, components,"
                    + " duration_min, src_order, src_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
            case responses -> "INSERT INTO pe_stage_response (instrument, respondent_id, response_date, moment, traject_id,"
                    + " organisation, items, src_order, src_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        });
    }

    private String stageTable() {
        return switch (kind) {
            case registrations -> "pe_stage_registration";
            case sessions -> "pe_stage_session";
            case responses -> "pe_stage_response";
        };
    }

    @Override
    public void add(Object row, long line) {
        try {
            if (row instanceof RegistrationRow r) {
                    insert.setString(1, r.trajectId());
                    insert.setString(2, r.clientHash());
                    insert.setString(3, r.organisation());
                    insert.setString(4, r.municipality());
                    insert.setString(5, r.professionalId());
                    insert.setString(6, r.groupId());
                    insert.setString(7, r.referralSource());
                    Store.setDate(insert, 8, r.registeredOn());
                    Store.setDate(insert, 9, r.startedOn());
                    Store.setDate(insert, 10, r.endedOn());
                    insert.setString(11, r.endReason());
                    setLong(12, r.age());
                    insert.setString(13, r.gender());
                    insert.setString(14, srcOrder);
                insert.setLong(15, line);
            } else if (row instanceof SessionRow s) {
                    insert.setString(1, s.trajectId());
                    insert.setLong(2, s.sessionNo());
                    Store.setDate(insert, 3, s.date());
                    insert.setBoolean(4, s.held());
                    insert.setBoolean(5, s.attended());
                    insert.setString(6, Store.joinComponents(s.components()));
                    setLong(7, s.durationMin());
                    insert.setString(8, srcOrder);
                insert.setLong(9, line);
            } else if (row instanceof ResponseRow r) {
                    insert.setString(1, r.instrument());
                    insert.setString(2, r.respondentId());
                    Store.setDate(insert, 3, r.date());
                    insert.setString(4, r.moment());
                    insert.setString(5, r.trajectId());
                    insert.setString(6, r.organisation());
                    insert.setString(7, Store.encodeItems(r.items()));
                    insert.setString(8, srcOrder);
                insert.setLong(9, line);
            } else {
                throw new IllegalArgumentException("not a row: " + row);
            }
            insert.addBatch();
            if (++pending == BATCH) {
                flush();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot stage a row: " + e.getMessage(), e);
        }
    }

    private void setLong(int i, Long v) throws SQLException {
        if (v == null) {
            insert.setNull(i, Types.BIGINT);
        } else {
            insert.setLong(i, v);
        }
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            connection.commit(); // staging is scratch: small transactions keep the database's undo log small
            pending = 0;
        }
    }

    /** Merges the staged rows and records the file as loaded, in one transaction. */
    public void commit(FileRecord file, List<RejectRecord> rejects) {
        try {
            flush();
            try (Statement s = connection.createStatement()) {
                s.executeUpdate(mergeSql());
                s.execute("DELETE FROM " + stageTable());
            }
            writeRegistry(file, rejects);
            connection.commit();
        } catch (SQLException e) {
            rollback();
            throw new StoreException("cannot store file " + file.name() + ": " + e.getMessage(), e);
        }
    }

    /** Records the file as refused: none of its rows are stored. */
    public void refuse(FileRecord file) {
        try {
            insert.clearBatch();
            pending = 0;
            try (Statement s = connection.createStatement()) {
                s.execute("DELETE FROM " + stageTable());
            }
            writeRegistry(file, List.of());
            connection.commit();
        } catch (SQLException e) {
            rollback();
            throw new StoreException("cannot record refused file " + file.name() + ": " + e.getMessage(), e);
        }
    }

    private void writeRegistry(FileRecord f, List<RejectRecord> rejects) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO pe_file (dataset, hash, name, refused, rows_read,"
                + " accepted, rejected, skipped, field, field_value, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, f.dataset());
            ps.setString(2, f.hash());
            ps.setString(3, f.name());
            ps.setBoolean(4, f.refused());
            ps.setLong(5, f.read());
            ps.setLong(6, f.accepted());
            ps.setLong(7, f.rejected());
            ps.setLong(8, f.skipped());
            ps.setString(9, f.field());
            ps.setString(10, clip(f.value()));
            ps.setString(11, clip(f.reason()));
            ps.executeUpdate();
        }
        if (rejects.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO pe_reject (dataset, hash, line, field, field_value, reason) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (RejectRecord r : rejects) {
                ps.setString(1, f.dataset());
                ps.setString(2, f.hash());
                ps.setLong(3, r.line());
                ps.setString(4, r.field());
                ps.setString(5, clip(r.value()));
                ps.setString(6, clip(r.reason()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static String clip(String s) {
        return s != null && s.length() > 16000 ? s.substring(0, 16000) : s;
    }

    private String mergeSql() {
        return switch (kind) {
            case registrations -> merge("pe_registration", "pe_stage_registration", List.of("traject_id"),
                    List.of("client_hash", "organisation", "municipality", "professional_id", "group_id", "referral_source",
                            "registered_on", "started_on", "ended_on", "end_reason", "age", "gender"));
            case sessions -> merge("pe_session", "pe_stage_session", List.of("traject_id", "session_no"),
                    List.of("session_date", "held", "attended", "components", "duration_min"));
            case responses -> merge("pe_response", "pe_stage_response",
                    List.of("instrument", "respondent_id", "response_date", "moment", "traject_id", "organisation"),
                    List.of("items"));
        };
    }

    /**
     * The latest staged row per key (later line wins) replaces a stored row from an earlier file in load order
     * or from an earlier version of the same file.
     */
    private static String merge(String table, String stage, List<String> key, List<String> data) {
        List<String> positions = List.of("src_order", "src_line");
        String keyMatch = String.join(" AND ", key.stream().map(k -> "t.%s = s.%s".formatted(k, k)).toList());
        String latest = String.join(" AND ", key.stream().map(k -> "s2.%s = s.%s".formatted(k, k)).toList());
        List<String> all = new java.util.ArrayList<>(key);
        all.addAll(data);
        all.addAll(positions);
        List<String> updatable = new java.util.ArrayList<>(data);
        updatable.addAll(positions);
        return "MERGE INTO " + table + " t USING (SELECT * FROM " + stage + " s WHERE NOT EXISTS (SELECT 1 FROM " + stage
                + " s2 WHERE " + latest + " AND s2.src_line > s.src_line)) s ON (" + keyMatch + ")"
                // a row stored from a file of the same name comes from an earlier version of this file, which the
                // inbox no longer holds: the current version's row replaces it whatever its line (details.md rule 5)
                + " WHEN MATCHED AND t.src_order <= s.src_order"
                + " THEN UPDATE SET " + String.join(", ", updatable.stream().map(c -> c + " = s." + c).toList())
                + " WHEN NOT MATCHED THEN INSERT (" + String.join(", ", all) + ") VALUES ("
                + String.join(", ", all.stream().map(c -> "s." + c).toList()) + ")";
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the original failure is what the user needs to see
        }
    }

    @Override
    public void close() {
        try {
            insert.close();
            connection.close();
        } catch (SQLException ignored) {
            // closing after a failure: nothing left to save
        }
    }
}
