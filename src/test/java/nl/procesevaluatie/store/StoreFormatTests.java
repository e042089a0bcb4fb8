package nl.procesevaluatie.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import nl.procesevaluatie.domain.RegistrationRow;
import nl.procesevaluatie.domain.ResponseRow;
import nl.procesevaluatie.domain.Row;
import nl.procesevaluatie.domain.SessionRow;
import org.hsqldb.jdbc.JDBCDataSource;
import org.junit.jupiter.api.Test;

/**
 * The store is versioned: a store or a chunk of a format this version does not know is refused in one
 * line that names --rebuild, never misread; and each chunk version's binary form stays as it was.
 */
class StoreFormatTests {

    private static JDBCDataSource dataSource() {
        return MemoryStores.dataSource();
    }

    private static void execute(JDBCDataSource ds, String sql) throws Exception {
        try (var c = ds.getConnection(); var st = c.createStatement()) {
            st.execute(sql);
        }
    }

    @Test
    void aStoreOfANewerFormatIsRefusedInOneLineThatNamesRebuild() throws Exception {
        JDBCDataSource ds = dataSource();
        new Store(ds).createSchema();
        execute(ds, "UPDATE pe_meta SET format_version = 99");
        assertThatThrownBy(new Store(ds)::createSchema).isInstanceOf(StoreException.class)
                .hasMessageContaining("store format 99").hasMessageContaining("--rebuild").hasMessageNotContaining("\n");
    }

    @Test
    void aStoreOfTheFormatBeforeVersionedChunksAsksForARebuild() throws Exception {
        JDBCDataSource ds = dataSource();
        new Store(ds).createSchema();
        execute(ds, "UPDATE pe_meta SET format_version = 2");
        assertThatThrownBy(new Store(ds)::createSchema).isInstanceOf(StoreException.class)
                .hasMessageContaining("store format 2").hasMessageContaining("--rebuild").hasMessageNotContaining("\n");
    }

    @Test
    void aStoreOfTheCurrentFormatOpens() throws Exception {
        JDBCDataSource ds = dataSource();
        new Store(ds).createSchema();
        new Store(ds).createSchema();
    }

    @Test
    void aChunkOfAnUnknownVersionIsRefusedInOneLineThatNamesRebuild() throws Exception {
        JDBCDataSource ds = dataSource();
        Store store = new Store(ds);
        store.createSchema();
        try (FileLoad<SessionRow> load = store.beginFile("sessions", "h1", "a.csv", RowKind.SESSIONS)) {
            load.add(new SessionRow("T1", 1, LocalDate.of(2022, 1, 1), true, true, List.of("x"), 60L), 2);
            load.commit(new FileRecord("sessions", "h1", "a.csv", false, 1, 1, 0, 0, "", "", ""), List.of());
        }
        List<SessionRow> seen = new ArrayList<>();
        store.forEachSession(seen::add);
        assertThat(seen).hasSize(1);

        // the chunk as a later codec might write it: its first byte is its version
        try (var c = ds.getConnection()) {
            byte[] data;
            try (var ps = c.prepareStatement("SELECT data FROM pe_segment WHERE hash = 'h1'"); var rs = ps.executeQuery()) {
                rs.next();
                data = rs.getBytes(1);
            }
            assertThat(data[0]).isEqualTo((byte) RowCodec.VERSION);
            data[0] = 99;
            try (var ps = c.prepareStatement("UPDATE pe_segment SET data = ? WHERE hash = 'h1'")) {
                ps.setBytes(1, data);
                ps.executeUpdate();
            }
        }
        assertThatThrownBy(() -> store.forEachSession(s -> { })).isInstanceOf(StoreException.class)
                .hasMessageContaining("chunk format 99").hasMessageContaining("--rebuild").hasMessageNotContaining("\n");
    }

    /**
     * The bytes of one chunk per kind, as each chunk version writes them. A failure here means the binary
     * form changed: existing stores would be misread. Leave the recorded forms as they are; bump
     * RowCodec.VERSION and Schema.FORMAT_VERSION and record the new version's form under its number.
     */
    private static final Map<Integer, List<String>> FORMS = Map.of(1, List.of(
            // registrations: version 1, then per row its line and its fields
            "01020103542d3101046162313201095a6f7267202620436f011153c3ba64776573742d467279736cc3a26e01"
                    + "025031000108687569736172747301e6a8020001caab020109636f6d706c657465640154010176030103542d"
                    + "3200040000010247310001a0a90201aea90200000000",
            // sessions
            "01020103542d310201a0a90201000201016101016201b40103020401aea90200010000",
            // responses
            "010201037364710102523101d8a90201037072650103542d310100040106000001f901060201203132333435"
                    + "363738393031323334353637383930313233343536373839302e35"));

    @Test
    void theBinaryFormOfTheCurrentChunkVersionIsTheOneRecordedForIt() {
        List<String> forms = List.of(
                hex(RowKind.REGISTRATIONS, List.of(
                        new RegistrationRow("T-1", "ab12", "Zorg & Co", "Súdwest-Fryslân", "P1", null, "huisarts",
                                LocalDate.of(2022, 1, 3), null, LocalDate.of(2022, 6, 30), "completed", 42L, "v"),
                        new RegistrationRow("T-2", null, "Zorg & Co", null, null, "G1", null,
                                LocalDate.of(2022, 2, 1), LocalDate.of(2022, 2, 8), null, null, null, null))),
                hex(RowKind.SESSIONS, List.of(
                        new SessionRow("T-1", 1, LocalDate.of(2022, 2, 1), true, false, List.of("a", "b"), 90L),
                        new SessionRow("T-1", 2, LocalDate.of(2022, 2, 8), false, true, List.of(), null))),
                hex(RowKind.RESPONSES, List.of(
                        new ResponseRow("sdq", "R1", LocalDate.of(2022, 3, 1), "pre", "T-1", "",
                                Arrays.asList(new BigDecimal("3"), null, new BigDecimal("-0.125"),
                                        new BigDecimal("123456789012345678901234567890.5"))))));
        assertThat(FORMS).as("a recorded form for chunk version " + RowCodec.VERSION).containsKey(RowCodec.VERSION);
        assertThat(forms).as("the binary form of chunk version " + RowCodec.VERSION
                + " changed: bump RowCodec.VERSION and Schema.FORMAT_VERSION, and record the new form")
                .isEqualTo(FORMS.get(RowCodec.VERSION));
    }

    private static <T extends Row> String hex(RowKind<T> kind, List<T> rows) {
        ChunkWriter w = RowCodec.newChunk();
        for (int i = 0; i < rows.size(); i++) {
            RowCodec.write(w, kind, rows.get(i), i + 2);
        }
        return HexFormat.of().formatHex(w.bytes());
    }

    @Test
    void aChunkReadsBackOnlyUnderItsOwnVersion() {
        ChunkWriter w = RowCodec.newChunk();
        RowCodec.write(w, RowKind.SESSIONS, new SessionRow("T1", 1, LocalDate.of(2022, 1, 1), true, true, List.of(), null), 2);
        byte[] bytes = w.bytes();
        assertThat(RowCodec.read(RowCodec.open(bytes), RowKind.SESSIONS).row().trajectId()).isEqualTo("T1");
        bytes[0] = (byte) (RowCodec.VERSION + 1);
        assertThatThrownBy(() -> RowCodec.open(bytes)).isInstanceOf(StoreException.class)
                .hasMessageContaining("chunk format " + (RowCodec.VERSION + 1)).hasMessageContaining("--rebuild");
    }
}
