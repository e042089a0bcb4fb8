package nl.procesevaluatie.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;

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

    /** Starts loading one file: its accepted rows go to staging until {@link FileLoad#commit}. */
    public FileLoad beginFile(String dataset, String fileName, RowKind kind) {
        try {
            Connection c = dataSource.getConnection();
            c.setAutoCommit(false);
            return new FileLoad(c, kind, Positions.order(fileName));
        } catch (SQLException e) {
            throw new StoreException("cannot open the store", e);
        }
    }

    public enum RowKind { registrations, sessions, responses }

    public void forEachRegistration(Consumer<RegistrationRow> consumer) {
        forEach("SELECT traject_id, client_hash, organisation, municipality, professional_id, group_id, referral_source,"
                + " registered_on, started_on, ended_on, end_reason, age, gender FROM pe_registration", rs -> consumer.accept(
                new RegistrationRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), date(rs, 8), date(rs, 9), date(rs, 10), rs.getString(11),
                        (Long) rs.getObject(12, Long.class), rs.getString(13))));
    }

    public void forEachSession(Consumer<SessionRow> consumer) {
        forEach("SELECT traject_id, session_no, session_date, held, attended, components, duration_min FROM pe_session",
                rs -> consumer.accept(new SessionRow(rs.getString(1), rs.getLong(2), date(rs, 3), rs.getBoolean(4),
                        rs.getBoolean(5), splitComponents(rs.getString(6)), rs.getObject(7, Long.class))));
    }

    /** A response with its source position, for "latest" (details.md rule 34). */
    public record StoredResponse(ResponseRow row, String srcOrder, long srcLine) {}

    public void forEachResponse(Consumer<StoredResponse> consumer) {
        forEach("SELECT instrument, respondent_id, response_date, moment, traject_id, organisation, items, src_order, src_line"
                + " FROM pe_response", rs -> consumer.accept(new StoredResponse(new ResponseRow(rs.getString(1),
                rs.getString(2), date(rs, 3), rs.getString(4), rs.getString(5), rs.getString(6), decodeItems(rs.getString(7))),
                rs.getString(8), rs.getLong(9))));
    }

    // ---- encoding of set and item cells ----

    static String joinComponents(List<String> components) {
        return String.join("\u001F", components);
    }

    static List<String> splitComponents(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split("\u001F", -1));
    }

    static String encodeItems(List<BigDecimal> items) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(';');
            }
            if (items.get(i) != null) {
                sb.append(items.get(i).toPlainString());
            }
        }
        return sb.toString();
    }

    static List<BigDecimal> decodeItems(String s) {
        String[] parts = s.split(";", -1);
        List<BigDecimal> out = new ArrayList<>(parts.length);
        for (String p : parts) {
            out.add(p.isEmpty() ? null : new BigDecimal(p));
        }
        return out;
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

    interface RowHandler {
        void handle(ResultSet rs) throws SQLException;
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

    private void forEach(String sql, RowHandler handler) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setFetchSize(10_000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        handler.handle(rs);
                    }
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("store query failed: " + e.getMessage(), e);
        }
    }

    private static FileRecord fileRecord(ResultSet rs) throws SQLException {
        return new FileRecord(rs.getString("dataset"), rs.getString("hash"), rs.getString("name"), rs.getBoolean("refused"),
                rs.getLong("rows_read"), rs.getLong("accepted"), rs.getLong("rejected"), rs.getLong("skipped"),
                nz(rs.getString("field")), nz(rs.getString("field_value")), nz(rs.getString("reason")));
    }

    static java.time.LocalDate date(ResultSet rs, int i) throws SQLException {
        Date d = rs.getDate(i);
        return d == null ? null : d.toLocalDate();
    }

    static void setDate(PreparedStatement ps, int i, java.time.LocalDate d) throws SQLException {
        if (d == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setDate(i, Date.valueOf(d));
        }
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
