package nl.procesevaluatie.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import nl.procesevaluatie.domain.RegistrationRow;
import nl.procesevaluatie.domain.ResponseRow;
import nl.procesevaluatie.domain.SessionRow;
import nl.procesevaluatie.inbox.InboxFile;
import nl.procesevaluatie.job.JobFile;
import nl.procesevaluatie.job.JobFileReader;
import nl.procesevaluatie.store.FileRecord;
import nl.procesevaluatie.store.RejectRecord;
import nl.procesevaluatie.store.Store;
import org.hsqldb.jdbc.JDBCDataSource;

/**
 * An inbox in a temporary folder, a job file over it, an in-memory store and an ingester. Dataset
 * settings are given as the inside of a YAML flow mapping (without {@code files}, which defaults to
 * {@code reg*.csv}, {@code ses*.csv} and {@code tev*.csv}).
 */
final class IngestFixture {
    static final String REGISTRATIONS = "columns: {traject_id: Traject, organisation: Org, registered_on: Datum}";
    static final String SESSIONS = "columns: {traject_id: Traject, session_no: Nr, date: Datum, attended: Aanwezig}";
    static final String RESPONSES = "kind: responsiveness, scale: [1, 10], columns: {respondent_id: Resp, date: Datum},"
            + " items: [{column: Cijfer}]";

    final Path inbox;
    final JobFile job;
    final Store store;
    final FileIngester ingester;

    final Pseudonymiser pseudonymiser = new Pseudonymiser("k".getBytes(StandardCharsets.UTF_8));
    private final java.util.Map<String, String> reverse = new java.util.HashMap<>();

    /** The raw cell a stored pseudonym came from (tests only: the key is the fixture's), else the value itself. */
    String raw(String pseudonym) {
        return reverse.getOrDefault(pseudonym, pseudonym);
    }

    private IngestFixture(Path inbox, JobFile job) {
        this.inbox = inbox;
        this.job = job;
        JDBCDataSource ds = new JDBCDataSource();
        ds.setUrl("jdbc:hsqldb:mem:" + UUID.randomUUID() + ";hsqldb.tx=mvcc");
        ds.setUser("SA");
        ds.setPassword("");
        this.store = new Store(ds);
        store.createSchema();
        this.ingester = new FileIngester(job, store, pseudonymiser);
    }

    static Builder in(Path dir) {
        return new Builder(dir);
    }

    static final class Builder {
        private final Path dir;
        private String topLevel = "max_reject_share: 1";
        private String intervention = "{code: PE, name: Psycho-educatie, planned_sessions: 4}";
        private String registrations = REGISTRATIONS;
        private String sessions = SESSIONS;
        private String instrument = RESPONSES;

        private Builder(Path dir) {
            this.dir = dir;
        }

        /** Top-level lines, e.g. {@code max_reject_share: 0.2}; the default allows every reject. */
        Builder topLevel(String yaml) {
            this.topLevel = yaml;
            return this;
        }

        Builder registrations(String flowMappingBody) {
            this.registrations = flowMappingBody;
            return this;
        }

        Builder sessions(String flowMappingBody) {
            this.sessions = flowMappingBody;
            return this;
        }

        /** The instrument {@code tev}. */
        Builder instrument(String flowMappingBody) {
            this.instrument = flowMappingBody;
            return this;
        }

        IngestFixture build() {
            String yaml = "inbox: .\n"
                    + topLevel + "\n"
                    + "intervention: " + intervention + "\n"
                    + "datasets:\n"
                    + "  registrations: {files: \"reg*.csv\", " + registrations + "}\n"
                    + "  sessions: {files: \"ses*.csv\", " + sessions + "}\n"
                    + "instruments:\n"
                    + "  - {id: tev, files: \"tev*.csv\", " + instrument + "}\n";
            return new IngestFixture(dir, new JobFileReader().read(yaml, dir.resolve("job.yaml")));
        }
    }

    // ---- files ----

    Path write(String name, String content) {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    Path write(String name, byte[] content) {
        // respondent ids are stored as pseudonyms: remember what each cell would become, to read rows back
        for (java.nio.charset.Charset cs : List.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1)) {
            for (String cell : new String(content, cs).split("[;,\t|\r\n\"]")) {
                String trimmed = cell.strip();
                reverse.putIfAbsent(pseudonymiser.pseudonym(trimmed), trimmed);
            }
        }
        try {
            return Files.write(inbox.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InboxFile inboxFile(String dataset, Path path) {
        try {
            byte[] bytes = Files.readAllBytes(path);
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            return new InboxFile(dataset, path, path.getFileName().toString(), hash, bytes.length, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the file and ingests it into the store. */
    FileRecord ingest(String dataset, String name, String content) {
        return ingest(dataset, name, content.getBytes(StandardCharsets.UTF_8));
    }

    FileRecord ingest(String dataset, String name, byte[] content) {
        Path p = write(name, content);
        return ingester.ingest(inboxFile(dataset, p), n -> { });
    }

    /** The rejects of a file as stored. */
    List<RejectRecord> rejects(FileRecord r) {
        return store.rejects(r.dataset(), r.hash());
    }

    // ---- stored rows ----

    List<RegistrationRow> registrations() {
        List<RegistrationRow> out = new ArrayList<>();
        store.forEachRegistration(out::add);
        out.sort(Comparator.comparing(RegistrationRow::trajectId));
        return out;
    }

    RegistrationRow registration(String trajectId) {
        return registrations().stream().filter(r -> r.trajectId().equals(trajectId)).findFirst()
                .orElseThrow(() -> new AssertionError("no stored registration " + trajectId));
    }

    List<SessionRow> sessionRows() {
        List<SessionRow> out = new ArrayList<>();
        store.forEachSession(out::add);
        out.sort(Comparator.comparing(SessionRow::trajectId).thenComparingLong(SessionRow::sessionNo));
        return out;
    }

    /** Stored responses with their respondent ids read back from the pseudonyms. */
    List<ResponseRow> responses() {
        List<ResponseRow> out = new ArrayList<>();
        store.forEachResponse(s -> out.add(new ResponseRow(s.row().instrument(), raw(s.row().respondentId()), s.row().date(),
                s.row().moment(), s.row().trajectId(), s.row().organisation(), s.row().items())));
        out.sort(Comparator.comparing(ResponseRow::respondentId).thenComparing(ResponseRow::date)
                .thenComparing(ResponseRow::moment).thenComparing(ResponseRow::trajectId)
                .thenComparing(ResponseRow::organisation));
        return out;
    }

    static List<BigDecimal> items(String... values) {
        List<BigDecimal> out = new ArrayList<>();
        for (String v : values) {
            out.add(v == null ? null : new BigDecimal(v));
        }
        return out;
    }
}
