package nl.procesevaluatie.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.procesevaluatie.output.OutputFiles;

/**
 * The content hashes of inbox files as they were when last read, by name, so that a nightly run does not
 * read a country's whole inbox history again (500 MB at 500k trajects; off the page cache that is seconds).
 * A remembered hash is used only while size, modification time and file identity (the inode, on Unix) are
 * all unchanged: a file rewritten, replaced or copied over is hashed again. The cache is a convenience:
 * when it is missing or unreadable everything is hashed.
 */
public final class HashCache {
    private record Entry(String hash, long size, long modifiedNanos, String fileKey) {}

    private final Path file;
    private final Map<String, Entry> known = new HashMap<>();
    private final Map<String, Entry> seen = new TreeMap<>();

    private HashCache(Path file) {
        this.file = file;
    }

    /** The cache kept in {@code file}; nothing is read or written when {@code file} is null. */
    public static HashCache at(Path file) {
        HashCache c = new HashCache(file);
        if (file != null && Files.isRegularFile(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] f = line.split("\t", 5);
                    if (f.length == 5) {
                        c.known.put(f[4], new Entry(f[0], Long.parseLong(f[1]), Long.parseLong(f[2]), f[3]));
                    }
                }
            } catch (IOException | RuntimeException e) {
                c.known.clear(); // a damaged cache only costs the hashing it would have saved
            }
        }
        return c;
    }

    /** The file's SHA-256, remembered or computed. */
    String hash(Path p) {
        Entry now;
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            long nanos = a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
            now = new Entry(null, a.size(), nanos, String.valueOf(a.fileKey()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
        String name = p.getFileName().toString();
        Entry before = known.get(name);
        String hash = unchanged(before, now) ? before.hash() : InboxScanner.sha256(p);
        if (name.indexOf('\n') < 0 && name.indexOf('\r') < 0) {
            seen.put(name, new Entry(hash, now.size(), now.modifiedNanos(), now.fileKey()));
        }
        return hash;
    }

    /** Same size, time and identity; a file system without file identities never counts as unchanged. */
    private static boolean unchanged(Entry before, Entry now) {
        return before != null && !"null".equals(now.fileKey()) && before.fileKey().equals(now.fileKey())
                && before.size() == now.size() && before.modifiedNanos() == now.modifiedNanos();
    }

    /** Keeps the hashes of the files of this scan (files gone from the inbox are forgotten). */
    public void save() {
        if (file == null) {
            return;
        }
        List<String> lines = seen.entrySet().stream().map(e -> String.join("\t", e.getValue().hash(),
                Long.toString(e.getValue().size()), Long.toString(e.getValue().modifiedNanos()), e.getValue().fileKey(),
                e.getKey())).toList();
        OutputFiles.write(file, String.join("\n", lines) + "\n");
    }
}
