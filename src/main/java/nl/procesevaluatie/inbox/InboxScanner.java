package nl.procesevaluatie.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.procesevaluatie.job.FileSettings;
import nl.procesevaluatie.job.Instrument;
import nl.procesevaluatie.job.JobFile;

/**
 * Lists the inbox in load order (details.md rule 2): registrations, sessions, then the instruments in
 * job-file order; within each, file names in code-point order.
 */
public final class InboxScanner {

    /**
     * The result of a scan: files in load order, globs that matched nothing, files left to settle, entries
     * that are not regular files (symbolic links, FIFOs, devices: never opened, details.md rule 1) and
     * files that could not be read now (vanished, no permission): all by name only.
     */
    public record Scan(List<InboxFile> files, List<String> emptyGlobs, List<String> settling, List<String> notRegular,
            List<String> unreadable) {
        public Scan(List<InboxFile> files, List<String> emptyGlobs, List<String> settling) {
            this(files, emptyGlobs, settling, List.of(), List.of());
        }
    }

    private final Duration settle;
    private final HashCache hashes;

    public InboxScanner(Duration settle) {
        this(settle, HashCache.at(null));
    }

    /** A scanner that takes the hashes of unchanged files from {@code hashes} (see {@link HashCache}). */
    public InboxScanner(Duration settle, HashCache hashes) {
        this.settle = settle;
        this.hashes = hashes;
    }

    public Scan scan(JobFile job) {
        List<Path> regular = new ArrayList<>();
        List<String> notRegular = new ArrayList<>();
        try (Stream<Path> s = Files.list(job.inbox())) {
            // a link is never followed: it could point at the pseudonymisation key or /etc/passwd
            s.forEach(p -> {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    regular.add(p);
                } else if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    notRegular.add(p.getFileName().toString());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list inbox " + job.inbox(), e);
        }
        regular.sort((a, b) -> compareCodePoints(a.getFileName().toString(), b.getFileName().toString()));
        notRegular.sort(InboxScanner::compareCodePoints);
        List<String> settling = new ArrayList<>();
        if (!settle.isZero()) {
            Instant cutoff = Instant.now().minus(settle);
            regular.removeIf(p -> {
                try {
                    boolean young = Files.getLastModifiedTime(p).toInstant().isAfter(cutoff);
                    if (young) {
                        settling.add(p.getFileName().toString());
                    }
                    return young;
                } catch (IOException e) {
                    return false;
                }
            });
        }
        Map<String, FileSettings> datasets = new LinkedHashMap<>();
        datasets.put("registrations", job.registrations());
        if (job.sessions() != null) {
            datasets.put("sessions", job.sessions());
        }
        for (Instrument i : job.instruments()) {
            datasets.put(i.id(), i.file());
        }
        Map<Path, String> hashOf = new LinkedHashMap<>();
        Set<String> unreadable = new java.util.TreeSet<>(InboxScanner::compareCodePoints);
        List<InboxFile> out = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        for (Map.Entry<String, FileSettings> d : datasets.entrySet()) {
            Glob glob = new Glob(d.getValue().files());
            Set<String> seen = new HashSet<>();
            boolean any = false;
            for (Path p : regular) {
                String name = p.getFileName().toString();
                if (!glob.matches(name)) {
                    continue;
                }
                any = true;
                String hash = hashOf.computeIfAbsent(p, f -> {
                    try {
                        return hashes.hash(f);
                    } catch (UncheckedIOException e) {
                        return null; // vanished or no permission: read on a later night, when it is back or readable
                    }
                });
                if (hash == null) {
                    unreadable.add(name);
                    continue;
                }
                long size;
                try {
                    size = Files.size(p);
                } catch (IOException e) {
                    size = -1;
                }
                out.add(new InboxFile(d.getKey(), p, name, hash, size, !seen.add(hash)));
            }
            if (!any) {
                empty.add(d.getKey() + ": no file in the inbox matches '" + d.getValue().files() + "'");
            }
        }
        return new Scan(List.copyOf(out), List.copyOf(empty), List.copyOf(settling), List.copyOf(notRegular),
                List.copyOf(unreadable));
    }

    /** Unicode code-point order; String.compareTo compares UTF-16 units, which differs above U+FFFF. */
    public static int compareCodePoints(String a, String b) {
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i), cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    static String sha256(Path p) {
        try (InputStream in = Files.newInputStream(p, LinkOption.NOFOLLOW_LINKS)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
