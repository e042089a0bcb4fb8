package nl.procesevaluatie.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HashCacheTests {
    @TempDir
    Path dir;

    /** A cache file that claims {@code hash} for the file as it is now. */
    private Path cacheClaiming(Path file, String hash) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        Path cache = dir.resolve(".inbox-hashes");
        Files.writeString(cache, String.join("\t", hash, Long.toString(a.size()),
                Long.toString(a.lastModifiedTime().to(TimeUnit.NANOSECONDS)), String.valueOf(a.fileKey()),
                file.getFileName().toString()) + "\n");
        return cache;
    }

    @Test
    void anUnchangedFileIsNotReadAgain() throws IOException {
        Path f = Files.writeString(dir.resolve("a.csv"), "x;y\n1;2\n");
        // the remembered value is returned although it is not the file's hash: the file was not read
        assertThat(HashCache.at(cacheClaiming(f, "remembered")).hash(f)).isEqualTo("remembered");
    }

    @Test
    void aFileRewrittenWithTheSameSizeIsHashedAgain() throws IOException {
        Path f = Files.writeString(dir.resolve("a.csv"), "x;y\n1;2\n");
        Path cache = cacheClaiming(f, "remembered");
        Files.writeString(f, "x;y\n3;4\n");
        Files.setLastModifiedTime(f, FileTime.fromMillis(Files.getLastModifiedTime(f).toMillis() + 60_000));
        assertThat(HashCache.at(cache).hash(f)).isEqualTo(InboxScanner.sha256(f));
    }

    @Test
    void aFileReplacedByAnotherWithTheSameSizeAndTimeIsHashedAgain() throws IOException {
        Path f = Files.writeString(dir.resolve("a.csv"), "x;y\n1;2\n");
        Path cache = cacheClaiming(f, "remembered");
        FileTime time = Files.getLastModifiedTime(f);
        Path other = Files.writeString(dir.resolve("new.tmp"), "x;y\n3;4\n");
        Files.setLastModifiedTime(other, time);
        Files.move(other, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING); // another inode
        assertThat(HashCache.at(cache).hash(f)).isEqualTo(InboxScanner.sha256(f));
    }

    @Test
    void aDamagedCacheOnlyCostsTheHashing() throws IOException {
        Path f = Files.writeString(dir.resolve("a.csv"), "x;y\n1;2\n");
        Path cache = Files.write(dir.resolve(".inbox-hashes"), new byte[] {'a', '\t', 'b', '\t', 'c', '\t', 'd', '\t', 'a', '.', 'c'});
        assertThat(HashCache.at(cache).hash(f)).isEqualTo(InboxScanner.sha256(f));
    }

    @Test
    void savedHashesServeTheNextScanAndForgetFilesNoLongerThere() throws IOException {
        Path a = Files.writeString(dir.resolve("a.csv"), "a\n");
        Path b = Files.writeString(dir.resolve("b.csv"), "b\n");
        Path cache = dir.resolve(".inbox-hashes");
        HashCache first = HashCache.at(cache);
        String hashOfA = first.hash(a);
        first.hash(b);
        first.save();
        Files.delete(b);
        // a.csv changed in place with its size, time and inode kept: only the saved hash can give the old value,
        // so this proves the second scan took it from the cache instead of reading the file
        FileTime time = Files.getLastModifiedTime(a);
        Files.writeString(a, "z\n");
        Files.setLastModifiedTime(a, time);
        HashCache second = HashCache.at(cache);
        assertThat(second.hash(a)).isEqualTo(hashOfA).isNotEqualTo(InboxScanner.sha256(a));
        second.save();
        assertThat(Files.readString(cache, StandardCharsets.UTF_8)).contains("a.csv").doesNotContain("b.csv");
    }
}
