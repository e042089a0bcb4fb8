package nl.procesevaluatie.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where outputs may go and who may read them. */
class OutputSafetyTests {
    @TempDir
    Path dir;

    private static final String JOB = """
            inbox: inbox
            as_of: 2022-06-30
            intervention: {code: PE, planned_sessions: 4}
            datasets:
              registrations:
                files: "registraties*.csv"
                columns: {traject_id: Traject, organisation: Organisatie, registered_on: Aanmelddatum, started_on: Start}
            """;

    private Path job(String extra) throws IOException {
        Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(dir.resolve("inbox/registraties_1.csv"),
                "Traject,Organisatie,Aanmelddatum,Start\nT1,Org A,2022-01-03,2022-02-01\nT2,Org B,2022-01-04,2022-02-02\n");
        Path job = dir.resolve("job.yaml");
        Files.writeString(job, JOB + extra);
        return job;
    }

    private record Result(int code, String err) {}

    private static Result evaluate(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Evaluate.run(List.of(args), System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, err.toString(StandardCharsets.UTF_8));
    }

    private List<String> inboxListing() throws IOException {
        try (Stream<Path> s = Files.walk(dir.resolve("inbox"))) {
            return s.map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void anOutputFolderInsideTheInboxIsRefusedInOneLineAndNothingIsWritten() throws IOException {
        Path job = job("");
        List<String> before = inboxListing();
        Files.createSymbolicLink(dir.resolve("alias"), dir.resolve("inbox"));
        Files.createDirectories(dir.resolve("elsewhere"));

        for (String out : List.of(dir.resolve("inbox").toString(), dir.resolve("inbox/reports").toString(), dir.resolve("alias/reports").toString(),
                dir.resolve("elsewhere/../inbox/x/y").toString(), dir.resolve("alias/../alias/reports").toString())) {
            Result r = evaluate(job.toString(), "--out", out);

            assertThat(r.code()).as(out).isEqualTo(2);
            assertThat(r.err().lines().toList()).as(out).hasSize(1);
            assertThat(r.err()).as(out).startsWith("error: the output folder ").contains("inside the inbox");
        }
        assertThat(inboxListing()).isEqualTo(before);
    }

    @Test
    void anOutputKeyInTheJobFileThatLeadsIntoTheInboxIsRefusedToo() throws IOException {
        Files.createDirectories(dir.resolve("inbox"));
        Files.createSymbolicLink(dir.resolve("drop"), dir.resolve("inbox"));
        Path job = job("output: drop/rapport\n");
        List<String> before = inboxListing();

        Result r = evaluate(job.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).contains("inside the inbox");
        assertThat(inboxListing()).isEqualTo(before);
    }

    @Test
    void aFolderBesideTheInboxWhoseNameStartsLikeItIsFineAndEveryOutputIsClosedToOthers() throws IOException {
        Path job = job("");
        Path out = dir.resolve("inbox-rapport");

        Result r = evaluate(job.toString(), "--out", out.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(out.resolve("indicators.csv")).exists();
        List<String> open = new ArrayList<>();
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.toList()) {
                if (p.getParent() != null && p.getParent().endsWith("store")) {
                    continue; // the database's own files, behind the store folder's permissions
                }
                var perms = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
                if (perms.contains(PosixFilePermission.OTHERS_READ) || perms.contains(PosixFilePermission.OTHERS_WRITE)
                        || perms.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    open.add(out.relativize(p) + " " + perms);
                }
            }
        }
        assertThat(open).isEmpty();
    }
}
