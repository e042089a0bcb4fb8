package nl.procesevaluatie.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.procesevaluatie.domain.RegistrationRow;
import nl.procesevaluatie.domain.ResponseRow;
import nl.procesevaluatie.domain.Row;
import nl.procesevaluatie.domain.SessionRow;
import org.hsqldb.jdbc.JDBCDataSource;
import org.junit.jupiter.api.Test;

/** The binary chunks of the store and their replay: what goes in comes out, newest row per key. */
class ChunkStoreTests {

    private static JDBCDataSource dataSource() {
        return MemoryStores.dataSource();
    }

    private static Store store() {
        Store store = new Store(dataSource());
        store.createSchema();
        return store;
    }

    private static FileRecord loaded(String dataset, String hash, String name, long rows) {
        return new FileRecord(dataset, hash, name, false, rows, rows, 0, 0, "", "", "");
    }

    @Test
    void everyFieldSurvivesTheBinaryFormIncludingNullsExtremesAndRepeatedTexts() {
        List<RegistrationRow> registrations = List.of(
                new RegistrationRow("T-1", "ab12", "Zorg & Co", null, "P1", null, "huisarts",
                        LocalDate.of(2022, 1, 3), null, LocalDate.of(1900, 2, 28), "completed", Long.MIN_VALUE, "v"),
                new RegistrationRow("T-2", null, "Zorg & Co", "Súdwest-Fryslân", null, "G😀", null,
                        LocalDate.of(9999, 12, 31), LocalDate.of(-5, 1, 1), null, null, Long.MAX_VALUE, null));
        List<SessionRow> sessions = List.of(
                new SessionRow("T-1", 1, LocalDate.of(2022, 2, 1), true, false, List.of("a", "b", "a2"), 90L),
                new SessionRow("T-1", Long.MAX_VALUE, LocalDate.of(2022, 2, 8), false, true, List.of(), null));
        List<ResponseRow> responses = List.of(
                new ResponseRow("sdq", "R1", LocalDate.of(2022, 3, 1), "", "T-1", "",
                        Arrays.asList(new BigDecimal("3"), null, new BigDecimal("-0.125"), new BigDecimal("1E+3"),
                                new BigDecimal("123456789012345678901234567890.5"))));
        assertThat(roundTrip(RowKind.REGISTRATIONS, registrations)).isEqualTo(registrations);
        assertThat(roundTrip(RowKind.SESSIONS, sessions)).isEqualTo(sessions);
        List<ResponseRow> back = roundTrip(RowKind.RESPONSES, responses);
        assertThat(back).isEqualTo(responses);
        // a decimal keeps its scale, not only its value: 1E+3 is not 1000
        assertThat(back.get(0).items().get(3).scale()).isEqualTo(-3);
    }

    /** Writes the rows into one chunk, each with its own line, and reads them back, checking the lines. */
    private static <T extends Row> List<T> roundTrip(RowKind<T> kind, List<T> rows) {
        ChunkWriter w = RowCodec.newChunk();
        for (int i = 0; i < rows.size(); i++) {
            RowCodec.write(w, kind, rows.get(i), 1000L * i + 2);
        }
        ChunkReader r = RowCodec.open(w.bytes());
        List<T> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            RowCodec.Lined<T> back = RowCodec.read(r, kind);
            assertThat(back.line()).isEqualTo(1000L * i + 2);
            out.add(back.row());
        }
        return out;
    }

    @Test
    void theNewestRowPerKeyStandsByFileNameOrderThenLoadThenLine() {
        Store store = store();
        // b.csv is loaded first, a.csv later: a.csv sorts before it, so its rows do not replace b.csv's
        try (FileLoad<SessionRow> load = store.beginFile("sessions", "hb", "b.csv", RowKind.SESSIONS)) {
            load.add(session("T1", 1, 10), 2);
            load.add(session("T1", 1, 11), 3); // later line of the same file wins
            load.add(session("T1", 2, 12), 4);
            load.commit(loaded("sessions", "hb", "b.csv", 3), List.of());
        }
        try (FileLoad<SessionRow> load = store.beginFile("sessions", "ha", "a.csv", RowKind.SESSIONS)) {
            load.add(session("T1", 1, 99), 2);
            load.add(session("T2", 1, 20), 3);
            load.commit(loaded("sessions", "ha", "a.csv", 2), List.of());
        }
        // a newer version of b.csv (another content, same name) replaces b.csv's rows with its own
        try (FileLoad<SessionRow> load = store.beginFile("sessions", "hb2", "b.csv", RowKind.SESSIONS)) {
            load.add(session("T1", 2, 13), 2);
            load.commit(loaded("sessions", "hb2", "b.csv", 1), List.of());
        }
        List<String> stored = new ArrayList<>();
        store.forEachSession(s -> stored.add(s.trajectId() + "/" + s.sessionNo() + "@" + s.durationMin()));
        assertThat(stored).containsExactlyInAnyOrder("T1/1@11", "T1/2@13", "T2/1@20");
    }

    @Test
    void rowsOfAFileWithoutItsRegistryEntryCountNowhereAndAreDeletedByTheNextLoad() throws Exception {
        JDBCDataSource ds = dataSource();
        Store store = new Store(ds);
        store.createSchema();
        try (FileLoad<SessionRow> crashed = store.beginFile("sessions", "h1", "a.csv", RowKind.SESSIONS)) {
            for (int i = 1; i <= 40_000; i++) { // more than two chunks, each committed
                crashed.add(session("T" + i, 1, 5), i + 1);
            }
            // no commit: the process died here
        }
        assertThat(chunksOf(ds, "h1")).as("chunks written before the crash").isEqualTo(2); // two full chunks of 16,384 rows; the rest was never flushed
        List<SessionRow> seen = new ArrayList<>();
        store.forEachSession(seen::add);
        assertThat(seen).isEmpty();

        // the next load of any file, here another one, deletes the orphaned chunks before writing its own
        try (FileLoad<SessionRow> other = store.beginFile("sessions", "h2", "b.csv", RowKind.SESSIONS)) {
            other.add(session("U1", 1, 7), 2);
            other.commit(loaded("sessions", "h2", "b.csv", 1), List.of());
        }
        assertThat(chunksOf(ds, "h1")).as("chunks of the unregistered file after the next load").isZero();

        try (FileLoad<SessionRow> again = store.beginFile("sessions", "h1", "a.csv", RowKind.SESSIONS)) {
            again.add(session("T1", 1, 6), 2);
            again.commit(loaded("sessions", "h1", "a.csv", 1), List.of());
        }
        seen.clear();
        store.forEachSession(seen::add);
        assertThat(seen).extracting(SessionRow::durationMin).containsExactlyInAnyOrder(6L, 7L);
    }

    private static long chunksOf(JDBCDataSource ds, String hash) throws Exception {
        try (var c = ds.getConnection(); var ps = c.prepareStatement("SELECT COUNT(*) FROM pe_segment WHERE hash = ?")) {
            ps.setString(1, hash);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void aRefusedFileLeavesNoRowsBehind() throws Exception {
        JDBCDataSource ds = dataSource();
        Store store = new Store(ds);
        store.createSchema();
        try (FileLoad<SessionRow> load = store.beginFile("sessions", "h1", "a.csv", RowKind.SESSIONS)) {
            for (int i = 1; i <= 20_000; i++) {
                load.add(session("T" + i, 1, 5), i + 1);
            }
            assertThat(chunksOf(ds, "h1")).as("chunks written before the refusal").isEqualTo(1); // one full chunk of 16,384 rows
            load.refuse(new FileRecord("sessions", "h1", "a.csv", true, 0, 0, 0, 0, "", "", "too many rejects"));
        }
        // replay skips a refused file's chunks anyway, so only the chunk count shows that none is left behind:
        // a refused file is registered, so no later load would delete them as it deletes an unregistered file's
        assertThat(chunksOf(ds, "h1")).as("chunks of the refused file").isZero();
        List<SessionRow> seen = new ArrayList<>();
        store.forEachSession(seen::add);
        assertThat(seen).isEmpty();
        assertThat(store.file("sessions", "h1")).get().extracting(FileRecord::refused).isEqualTo(true);
    }

    @Test
    void aStoreOfTheEarlierRowTablesAsksForARebuildAndTheRebuildClearsIt() throws Exception {
        JDBCDataSource ds = new JDBCDataSource();
        ds.setUrl("jdbc:hsqldb:mem:" + UUID.randomUUID() + ";hsqldb.tx=mvcc");
        ds.setUser("SA");
        ds.setPassword("");
        try (var c = ds.getConnection(); var st = c.createStatement()) {
            st.execute("CREATE TABLE pe_file (dataset VARCHAR(10), hash VARCHAR(64))");
            st.execute("CREATE TABLE pe_session (traject_id VARCHAR(10))");
        }
        Store store = new Store(ds);
        org.assertj.core.api.Assertions.assertThatThrownBy(store::createSchema)
                .isInstanceOf(StoreException.class).hasMessageContaining("--rebuild");
        store.drop();
        // the rebuild removes the earlier store's tables, the row tables of the old format too
        assertThat(tables(ds)).as("tables left after --rebuild's drop").doesNotContain("PE_FILE", "PE_SESSION");
        store.createSchema();
        List<SessionRow> seen = new ArrayList<>();
        store.forEachSession(seen::add);
        assertThat(seen).isEmpty();
        assertThat(tables(ds)).contains("PE_FILE", "PE_SEGMENT").doesNotContain("PE_SESSION");
    }

    private static List<String> tables(JDBCDataSource ds) throws Exception {
        List<String> names = new ArrayList<>();
        try (var c = ds.getConnection(); var rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    private static SessionRow session(String traject, long no, long duration) {
        return new SessionRow(traject, no, LocalDate.of(2022, 1, 1), true, true, List.of("x"), duration);
    }
}
