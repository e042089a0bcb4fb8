package nl.procesevaluatie.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs are written safely: never through a planted link, never readable by others, not even for a moment. */
class OutputFilesTests {
    @TempDir
    Path dir;

    @Test
    void aLinkPlantedAtTheTemporaryNameIsReplacedNotWrittenThrough() throws Exception {
        // given an attacker's file elsewhere and a link to it where the output's temporary file goes
        Path victim = dir.resolve("elsewhere.txt");
        Files.writeString(victim, "original");
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.createSymbolicLink(out.resolve(".indicators.csv.tmp"), victim);

        OutputFiles.write(out.resolve("indicators.csv"), "indicator,value\n");

        // then the link target is untouched and the output is a file of our own
        assertThat(Files.readString(victim)).isEqualTo("original");
        assertThat(Files.isSymbolicLink(out.resolve("indicators.csv"))).isFalse();
        assertThat(Files.readString(out.resolve("indicators.csv"))).isEqualTo("indicator,value\n");
        assertThat(Files.exists(out.resolve(".indicators.csv.tmp"), LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("indicators.csv")))).isEqualTo("rw-r-----");
    }

    @Test
    void aStaleTemporaryFileFromACrashDoesNotBlockTheWrite() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path stale = Files.writeString(out.resolve(".rejects.csv.tmp"), "half a file from a killed run");
        Files.setPosixFilePermissions(stale, PosixFilePermissions.fromString("r--r--r--"));

        OutputFiles.write(out.resolve("rejects.csv"), "file,line\n");

        assertThat(Files.readString(out.resolve("rejects.csv"))).isEqualTo("file,line\n");
        assertThat(Files.exists(stale, LinkOption.NOFOLLOW_LINKS)).isFalse();
    }

    @Test
    void newFoldersOnTheWayToAnOutputAreClosedToOthersFromTheirCreation() throws Exception {
        Path target = dir.resolve("out/charts/more/chart.svg");

        OutputFiles.write(target, "<svg/>");

        for (Path p : new Path[] {dir.resolve("out"), dir.resolve("out/charts"), dir.resolve("out/charts/more")}) {
            assertThat(Files.getPosixFilePermissions(p)).as(p.toString()).doesNotContain(PosixFilePermission.OTHERS_READ,
                    PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("out/charts/more")))).isEqualTo("rwxr-x---");
    }

    @Test
    void theTemporaryFileIsNeverReadableByOthersWhileItIsWritten() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path tmp = out.resolve(".report.pdf.tmp");
        byte[] big = new byte[48 << 20]; // long enough to be caught mid-write
        Arrays.fill(big, (byte) 'x');
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<Set<PosixFilePermission>> seen = new AtomicReference<>();
        java.util.concurrent.atomic.AtomicInteger looks = new java.util.concurrent.atomic.AtomicInteger();
        Thread watcher = new Thread(() -> {
            while (!done.get()) {
                try {
                    Set<PosixFilePermission> p = Files.getPosixFilePermissions(tmp, LinkOption.NOFOLLOW_LINKS);
                    looks.incrementAndGet();
                    if (p.contains(PosixFilePermission.OTHERS_READ)) {
                        seen.set(p);
                        return;
                    }
                } catch (java.io.IOException notThereNow) {
                    // before or after the write
                }
            }
        });
        watcher.start();
        try {
            // until the watcher has looked at the temporary file mid-write often enough to have caught a wrong mode
            for (int i = 0; i < 20 && seen.get() == null && (i < 3 || looks.get() < 100); i++) {
                OutputFiles.write(out.resolve("report.pdf"), big);
            }
        } finally {
            done.set(true);
            watcher.join();
        }
        assertThat(seen.get()).as("permissions of the temporary file seen while writing").isNull();
        // without this the test would pass while watching a name the write never uses
        assertThat(looks.get()).as("times the watcher found the temporary file being written").isGreaterThanOrEqualTo(100);
        assertThat(Files.size(out.resolve("report.pdf"))).isEqualTo(big.length);
    }

    @Test
    void writtenBytesArriveWhole() throws Exception {
        String text = "één,\"twee\"\n".repeat(10_000);
        OutputFiles.write(dir.resolve("a.csv"), text);
        assertThat(Files.readString(dir.resolve("a.csv"), StandardCharsets.UTF_8)).isEqualTo(text);
    }
}
