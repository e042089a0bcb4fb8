package nl.procesevaluatie.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nl.procesevaluatie.domain.ResponseRow;
import nl.procesevaluatie.inbox.InboxFile;
import nl.procesevaluatie.store.FileRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12 at the file level: refusal reasons that copy nothing out of the file, pseudonymous respondents, unreadable files. */
class PrivacyIngestTests {
    @TempDir
    Path dir;

    @Test
    void aFileWithoutAHeaderLineIsRefusedWithoutPuttingItsFirstRowAnywhere() {
        IngestFixture f = IngestFixture.in(dir).build();

        FileRecord r = f.ingest("registrations", "reg.csv", "T1;CL-123456;2022-01-03\nT2;CL-123457;2022-01-04\n");

        assertThat(r.refused()).isTrue();
        assertThat(r.reason()).startsWith("missing columns 'Traject', 'Org', 'Datum'; the first line looks like data, not column names")
                .contains("no header line").doesNotContain("CL-123456").doesNotContain("T1").doesNotContain("2022");
        // rule 21: field and value name the first missing column in the job's own words
        assertThat(r.field()).isEqualTo("traject_id");
        assertThat(r.value()).isEqualTo("Traject");
    }

    @Test
    void aRenamedColumnIsNamedWithItsNearMatchAndTheOtherHeadersAreNotListed() {
        IngestFixture f = IngestFixture.in(dir).build();

        FileRecord r = f.ingest("registrations", "reg.csv", "Traject;Organisatie;Datum;Opmerking\nT1;A;2022-01-03;x\n");

        assertThat(r.reason()).isEqualTo("missing column 'Org'; the file has 4 columns, of which 'Organisatie' is close:"
                + " check the column names under columns: in the job file");
    }

    @Test
    void aHeaderThatSeemsToUseAnotherDelimiterSaysWhichToSet() {
        IngestFixture f = IngestFixture.in(dir).registrations("delimiter: ';', " + IngestFixture.REGISTRATIONS).build();

        FileRecord r = f.ingest("registrations", "reg.csv", "Traject,Org,Datum\nT1,A,2022-01-03\n");

        assertThat(r.reason()).isEqualTo("missing columns 'Traject', 'Org', 'Datum'; the header seems to use ',', not ';':"
                + " set delimiter: ','");
    }

    @Test
    void respondentIdsAreStoredAsTheSamePseudonymAsAnEqualClientId() {
        IngestFixture f = IngestFixture.in(dir).build();

        f.ingest("tev", "tev.csv", "Resp;Datum;Cijfer\njan@example.nl;2022-02-01;7\n");

        Pseudonymiser sameKey = new Pseudonymiser("k".getBytes(StandardCharsets.UTF_8));
        java.util.List<ResponseRow> stored = new java.util.ArrayList<>();
        f.store.forEachResponse(s -> stored.add(s.row()));
        assertThat(stored).singleElement().satisfies(r ->
                assertThat(r.respondentId()).isNotEqualTo("jan@example.nl").isEqualTo(sameKey.pseudonym("jan@example.nl")));
    }

    @Test
    void aFileThatVanishedAfterTheScanIsNotRegisteredSoTheNextNightReadsIt() {
        IngestFixture f = IngestFixture.in(dir).build();
        Path p = f.write("reg.csv", "Traject;Org;Datum\nT1;A;2022-01-03\n");
        InboxFile file = IngestFixture.inboxFile("registrations", p);
        p.toFile().delete();

        assertThatThrownBy(() -> f.ingester.ingest(file, n -> { }))
                .isInstanceOf(FileIngester.FileUnavailableException.class)
                .hasMessage("reg.csv could not be read (it is no longer there); it is skipped tonight and read on the next run");
        assertThat(f.store.file("registrations", file.sha256())).isEmpty();
    }

    @Test
    void aReasonHoldsNoControlCharacters() {
        IngestFixture f = IngestFixture.in(dir).instrument("kind: outcome, scale: [1, 10], columns: {respondent_id: Resp,"
                + " date: Datum, moment: Moment}, items: [{column: Cijfer}]").build();

        f.ingest("tev", "tev.csv", "Resp;Datum;Moment;Cijfer\nR1;2022-02-01;\"pre\u0000\u0007x\";7\n");

        assertThat(f.store.rejects("tev", IngestFixture.inboxFile("tev", dir.resolve("tev.csv")).sha256()))
                .singleElement().satisfies(x -> assertThat(x.reason()).doesNotContainPattern("\\p{Cntrl}"));
    }
}
