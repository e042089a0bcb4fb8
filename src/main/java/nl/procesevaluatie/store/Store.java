package nl.procesevaluatie.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import nl.procesevaluatie.domain.RegistrationRow;
import nl.procesevaluatie.domain.ResponseRow;
import nl.procesevaluatie.domain.Row;
import nl.procesevaluatie.domain.SessionRow;

/**
 * The evaluation's store: the file registry, rejects, and the keyed rows as they stand after all files.
 * One connection per unit of work, committed explicitly, so a crash leaves either a whole file or none.
 */
public final class Store {
    private final DataSource dataSource;

    public Store(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void createSchema() {
        run(Schema::create);
    }

    /** Drops every table of the store (not the job repository), for --rebuild. */
    public void drop() {
        run(Schema::drop);
    }

    public Optional<FileRecord> file(String dataset, String hash) {
        return query("SELECT * FROM pe_file WHERE dataset = ? AND hash = ?", ps -> {
            ps.setString(1, dataset);
            ps.setString(2, hash);
        }, Store::fileRecord).stream().findFirst();
    }

    public List<RejectRecord> rejects(String dataset, String hash) {
        return query("SELECT line, field, field_value, reason FROM pe_reject WHERE dataset = ? AND hash = ? ORDER BY line", ps -> {
            ps.setString(1, dataset);
            ps.setString(2, hash);
        }, rs -> new RejectRecord(rs.getLong(1), rs.getString(2), nz(rs.getString(3)), rs.getString(4)));
    }

    /** Starts loading one file: its accepted rows count once {@link FileLoad#commit} registers the file. */
    public <T extends Row> FileLoad<T> beginFile(String dataset, String hash, String fileName, RowKind<T> kind) {
        try {
            Connection c = dataSource.getConnection();
            c.setAutoCommit(false);
            return new FileLoad<>(c, dataset, hash, kind, Positions.order(fileName));
        } catch (SQLException e) {
            throw new StoreException("cannot open the store", e);
        }
    }

    public void forEachRegistration(Consumer<RegistrationRow> consumer) {
        replay(RowKind.REGISTRATIONS, s -> consumer.accept(s.row()));
    }

    public void forEachSession(Consumer<SessionRow> consumer) {
        replay(RowKind.SESSIONS, s -> consumer.accept(s.row()));
    }

    /** A response with its source position, for "latest" (details.md rule 34). */
    public record StoredResponse(ResponseRow row, String srcOrder, long srcLine) {}

    public void forEachResponse(Consumer<StoredResponse> consumer) {
        replay(RowKind.RESPONSES, s -> consumer.accept(new StoredResponse(s.row(), s.srcOrder(), s.line())));
    }

    private <T extends Row> void replay(RowKind<T> kind, Consumer<Replay.Stored<T>> consumer) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            Replay.forEach(c, kind, consumer);
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("store query failed: " + e.getMessage(), e);
        }
    }

    /**
     * A digest of everything the figures are computed from: each registered file (its counts and whether it
     * was refused) and its stored chunks. Equal digests mean an equal keyed state, so a run that loaded
     * nothing new may keep the outputs of the run before it.
     */
    public String stateDigest() {
        List<String> lines = new ArrayList<>();
        lines.addAll(query("SELECT * FROM pe_file ORDER BY dataset, hash", ps -> {}, rs -> fileRecord(rs).toString()));
        lines.addAll(query("SELECT dataset, hash, kind, src_order, load_seq, COUNT(*), SUM(row_count) FROM pe_segment"
                + " GROUP BY dataset, hash, kind, src_order, load_seq ORDER BY dataset, hash, kind, load_seq", ps -> {},
                rs -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|"
                        + rs.getLong(5) + "|" + rs.getLong(6) + "|" + rs.getLong(7)));
        try {
            java.security.MessageDigest d = java.security.MessageDigest.getInstance("SHA-256");
            lines.forEach(l -> d.update((l + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return java.util.HexFormat.of().formatHex(d.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- JDBC plumbing ----

    interface SqlWork {
        void run(Connection c) throws SQLException;
    }

    interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private void run(SqlWork work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            work.run(c);
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("store failed: " + e.getMessage(), e);
        }
    }

    private <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
        List<T> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("store query failed: " + e.getMessage(), e);
        }
        return out;
    }

    private static FileRecord fileRecord(ResultSet rs) throws SQLException {
        return new FileRecord(rs.getString("dataset"), rs.getString("hash"), rs.getString("name"), rs.getBoolean("refused"),
                rs.getLong("rows_read"), rs.getLong("accepted"), rs.getLong("rejected"), rs.getLong("skipped"),
                nz(rs.getString("field")), nz(rs.getString("field_value")), nz(rs.getString("reason")),
                rs.getLong("unfinished_line"));
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
