package nl.procesevaluatie.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.procesevaluatie.inbox.InboxFile;
import nl.procesevaluatie.inbox.InboxScanner;
import nl.procesevaluatie.output.OutputFiles;
import nl.procesevaluatie.report.Notice;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the last complete run computed from, kept in {@code <output>/.last-run}, so that a night that finds
 * nothing new keeps the outputs instead of recomputing them (issue 17: a run without a new file in seconds).
 *
 * <p>The outputs are kept only when everything they are computed from is equal: the software (version and
 * the jar's size and time), the job file's bytes, the reference date, the options that shape an output, the
 * pseudonym key (as a keyed digest, never the key), the inbox as scanned (names, hashes, copies, files not
 * opened or still settling), and the store's registry and chunks; and when every output file the last run
 * left is still there with the same size and modification time. Anything else, a missing or unreadable
 * record included, means a full run. A run that computes anything deletes the record first and writes it
 * last, so a run killed in between leaves no record.
 */
final class LastRun {
    static final String FILE = ".last-run";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The saved form; {@code notices} are the last run's, which a kept run repeats. */
    record Saved(String inputs, String outputs, List<SavedNotice> notices) {}

    record SavedNotice(String kind, String file, long line, String detail) {
        Notice notice() {
            return new Notice(Notice.Kind.valueOf(kind), file, line, detail);
        }
    }

    private LastRun() {}

    /** The notices of the last run when its outputs can stand for this one, else null. */
    static List<Notice> reusable(RunContext run) {
        Path file = run.job.output().resolve(FILE);
        if (!run.processedThisRun.isEmpty() || !run.unavailableThisRun.isEmpty()
                || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try {
            Saved saved = JSON.readValue(Files.readString(file), Saved.class);
            if (saved == null || saved.notices() == null || !inputs(run).equals(saved.inputs())
                    || !outputs(run.job.output()).equals(saved.outputs())) {
                return null;
            }
            return saved.notices().stream().map(SavedNotice::notice).toList();
        } catch (IOException | RuntimeException e) {
            return null; // unreadable or from another format: compute
        }
    }

    /** Before anything is recomputed: the outputs are about to change, so the record no longer holds. */
    static void forget(Path output) {
        try {
            Files.deleteIfExists(output.resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + output.resolve(FILE), e);
        }
    }

    /** After every output is written. */
    static void save(RunContext run, List<Notice> notices) {
        List<SavedNotice> saved = notices.stream().map(n -> new SavedNotice(n.kind().name(), n.file(), n.line(), n.detail())).toList();
        OutputFiles.write(run.job.output().resolve(FILE),
                JSON.writeValueAsString(new Saved(inputs(run), outputs(run.job.output()), saved)) + "\n");
    }

    /** A digest of everything the outputs are computed from (see the class comment). */
    static String inputs(RunContext run) {
        List<String> parts = new ArrayList<>();
        parts.add("software " + run.version + " " + jarIdentity());
        parts.add("job " + digest(bytes(run.job.source())));
        parts.add("as_of " + run.asOf() + " language " + run.job.language() + " pdf " + run.options.pdf()
                + " organisation " + run.options.organisation());
        parts.add("key " + run.pseudonymiser.pseudonym("procesevaluatie last-run"));
        InboxScanner.Scan scan = run.scan();
        for (InboxFile f : scan.files()) {
            parts.add("file " + f.dataset() + "|" + f.name() + "|" + f.sha256() + "|" + f.duplicate());
        }
        parts.add("empty " + scan.emptyGlobs() + " settling " + scan.settling() + " not regular " + scan.notRegular()
                + " unreadable " + scan.unreadable());
        parts.add("store " + run.store.stateDigest());
        return digest(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Every output file (not the store, the logs, run.json, hidden files, or what an analyst's session of the
     * analysis database leaves beside it) with its size and modification time: a report deleted or edited
     * since means a full run.
     */
    static String outputs(Path output) {
        List<String> listing = new ArrayList<>();
        if (Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.walkFileTree(output, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                        boolean top = dir.getParent() != null && dir.getParent().equals(output);
                        if (!dir.equals(output) && (name.startsWith(".") || (top && (name.equals("store") || name.equals("logs"))))) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                        String name = f.getFileName().toString();
                        boolean analystSession = f.getParent().getFileName().toString().equals("analysis")
                                && (name.endsWith(".lck") || name.endsWith(".log") || name.endsWith(".tmp"));
                        if (!name.startsWith(".") && !analystSession && !(f.getParent().equals(output) && name.equals("run.json"))) {
                            listing.add(output.relativize(f) + "|" + attrs.isRegularFile() + "|" + attrs.size() + "|"
                                    + attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                listing.add("unlistable " + e.getClass().getSimpleName()); // then nothing matches: compute
            }
        }
        listing.sort(null);
        return digest(String.join("\n", listing).getBytes(StandardCharsets.UTF_8));
    }

    /** The running code: a rebuilt jar has another size or time, even under the same version. */
    private static String jarIdentity() {
        StringBuilder sb = new StringBuilder();
        for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            try {
                if (Files.isRegularFile(p)) {
                    sb.append(p.toAbsolutePath()).append('|').append(Files.size(p)).append('|')
                            .append(Files.getLastModifiedTime(p).to(TimeUnit.NANOSECONDS)).append(';');
                }
            } catch (IOException e) {
                sb.append(entry).append("|?;");
            }
        }
        return sb.toString();
    }

    private static byte[] bytes(Path file) {
        try {
            return file == null ? new byte[0] : Files.readAllBytes(file);
        } catch (IOException e) {
            return ("unreadable " + file).getBytes(StandardCharsets.UTF_8);
        }
    }

    private static String digest(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
