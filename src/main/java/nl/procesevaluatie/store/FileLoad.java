package nl.procesevaluatie.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * The load of one file's accepted rows. Each row is merged into the store in JDBC batches: it replaces
 * the stored row with the same key when it comes from a later file in load order or from the same file
 * name (a newer version of a file, or a later line of this one). The registry entry is written last, so
 * a file counts as loaded only when all its rows are in; after a crash the file is simply merged again,
 * which writes the same rows over the same keys.
 */
public final class FileLoad implements RowSink, AutoCloseable {
    private static final int BATCH = 5_000;

    private final Connection connection;
    private final String srcOrder;
    private final PreparedStatement merge;
    private int pending;

    FileLoad(Connection connection, Store.RowKind kind, String srcOrder) throws SQLException {
        this.connection = connection;
        this.srcOrder = srcOrder;
        this.merge = connection.prepareStatement(mergeSql(kind));
    }

    @Override
    public void add(Object row, long line) {
        try {
            int i = 1;
            if (row instanceof RegistrationRow r) {
                merge.setString(i++, r.trajectId());
                merge.setString(i++, r.clientHash());
                merge.setString(i++, r.organisation());
                merge.setString(i++, r.municipality());
                merge.setString(i++, r.professionalId());
                merge.setString(i++, r.groupId());
                merge.setString(i++, r.referralSource());
                Store.setDate(merge, i++, r.registeredOn());
                Store.setDate(merge, i++, r.startedOn());
                Store.setDate(merge, i++, r.endedOn());
                merge.setString(i++, r.endReason());
                setLong(i++, r.age());
                merge.setString(i++, r.gender());
            } else if (row instanceof SessionRow s) {
                merge.setString(i++, s.trajectId());
                merge.setLong(i++, s.sessionNo());
                Store.setDate(merge, i++, s.date());
                merge.setBoolean(i++, s.held());
                merge.setBoolean(i++, s.attended());
                merge.setString(i++, Store.joinComponents(s.components()));
                setLong(i++, s.durationMin());
            } else if (row instanceof ResponseRow r) {
                merge.setString(i++, r.instrument());
                merge.setString(i++, r.respondentId());
                Store.setDate(merge, i++, r.date());
                merge.setString(i++, r.moment());
                merge.setString(i++, r.trajectId());
                merge.setString(i++, r.organisation());
                merge.setString(i++, Store.encodeItems(r.items()));
            } else {
                throw new IllegalArgumentException("not a row: " + row);
            }
            merge.setString(i++, srcOrder);
            merge.setLong(i, line);
            merge.addBatch();
            if (++pending == BATCH) {
                flush();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot store a row: " + e.getMessage(), e);
        }
    }

    private void setLong(int i, Long v) throws SQLException {
        if (v == null) {
            merge.setNull(i, Types.BIGINT);
        } else {
            merge.setLong(i, v);
        }
    }

    /** Small transactions keep the database's undo log small; a half-merged file is merged again after a crash. */
    private void flush() throws SQLException {
        if (pending > 0) {
            merge.executeBatch();
            connection.commit();
            pending = 0;
        }
    }

    /** Records the file as loaded, with its rejects, after its last rows. */
    public void commit(FileRecord file, List<RejectRecord> rejects) {
        try {
            flush();
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

    private static String mergeSql(Store.RowKind kind) {
        return switch (kind) {
            case registrations -> merge("pe_registration", List.of("traject_id:ID"), List.of("client_hash:VARCHAR(64)",
                    "organisation:ID", "municipality:ID", "professional_id:ID", "group_id:ID", "referral_source:ID",
                    "registered_on:DATE", "started_on:DATE", "ended_on:DATE", "end_reason:VARCHAR(20)", "age:BIGINT", "gender:ID"));
            case sessions -> merge("pe_session", List.of("traject_id:ID", "session_no:BIGINT"), List.of("session_date:DATE",
                    "held:BOOLEAN", "attended:BOOLEAN", "components:TEXT", "duration_min:BIGINT"));
            case responses -> merge("pe_response", List.of("instrument:ID", "respondent_id:ID", "response_date:DATE",
                    "moment:VARCHAR(4)", "traject_id:ID", "organisation:ID"), List.of("items:TEXT"));
        };
    }

    /**
     * {@code MERGE INTO table USING (VALUES (?, ...)) ...}: HSQLDB and PostgreSQL 15+ both accept it. A stored
     * row is replaced by a row of a later file in load order, or of the same file name (a newer version).
     */
    private static String merge(String table, List<String> key, List<String> data) {
        List<String> columns = new java.util.ArrayList<>(key);
        columns.addAll(data);
        columns.add("src_order:VARCHAR(4000)");
        columns.add("src_line:BIGINT");
        List<String> names = columns.stream().map(c -> c.substring(0, c.indexOf(':'))).toList();
        String values = String.join(", ", columns.stream().map(c -> "CAST(? AS " + sqlType(c.substring(c.indexOf(':') + 1)) + ")").toList());
        String keyMatch = String.join(" AND ", key.stream().map(c -> c.substring(0, c.indexOf(':')))
                .map(k -> "t.%s = s.%s".formatted(k, k)).toList());
        List<String> updatable = names.subList(key.size(), names.size());
        return "MERGE INTO " + table + " t USING (VALUES (" + values + ")) AS s (" + String.join(", ", names) + ")"
                + " ON (" + keyMatch + ")"
                + " WHEN MATCHED AND t.src_order <= s.src_order"
                + " THEN UPDATE SET " + String.join(", ", updatable.stream().map(c -> c + " = s." + c).toList())
                + " WHEN NOT MATCHED THEN INSERT (" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", names.stream().map(c -> "s." + c).toList()) + ")";
    }

    private static String sqlType(String t) {
        return switch (t) {
            case "ID" -> Schema.ID;
            case "TEXT" -> Schema.TEXT;
            default -> t;
        };
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
            merge.close();
            connection.close();
        } catch (SQLException ignored) {
            // closing after a failure: nothing left to save
        }
    }
}
