package nl.procesevaluatie.init;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code ./evaluate init INBOX_DIR [--out JOB.yaml] [--force]}: writes a job-file draft for the exports in
 * an inbox and prints what it found per file. Exit codes as {@code ./evaluate}: 0 written, 2 wrong arguments
 * or nothing to read (nothing is written then), 1 the draft could not be written.
 */
public final class InitCommand {
    static final String HELP = """
            Usage: ./evaluate init INBOX_DIR [--out JOB.yaml] [--force]

            Reads every CSV export in INBOX_DIR and writes a job-file draft that runs as it is:
            encoding, delimiter, extra header rows, date patterns, decimal separator, yes/no tokens,
            missing-value codes, which files form one dataset and which column holds which field
            are guessed from the files, with the evidence in a comment. What only you know (the
            intervention's name, planned sessions, core components, goals) is marked TODO.

            Options:
              --out JOB.yaml   where to write the draft (default: jobs/<inbox name>.yaml when a jobs/
                               folder is here, else <inbox name>.yaml)
              --force          overwrite an existing file
              -h, --help       this text

            Then: ./evaluate JOB.yaml --check, and ./evaluate JOB.yaml for the first report.
            """;

    /** Rows kept in memory over all files; enough to see every pattern, small enough for a year of nightly files. */
    private static final long ROW_BUDGET = 1_000_000;

    private InitCommand() {}

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Path inbox = null;
        Path target = null;
        boolean force = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "-h", "--help" -> {
                    out.print(HELP);
                    return 0;
                }
                case "--force" -> force = true;
                case "--out" -> {
                    if (i + 1 >= args.size()) {
                        err.println("error: --out needs a file name");
                        return 2;
                    }
                    target = Path.of(args.get(++i));
                }
                default -> {
                    if (a.startsWith("--out=")) {
                        target = Path.of(a.substring(6));
                    } else if (a.startsWith("-")) {
                        err.println("error: unknown option " + a + " (see ./evaluate init --help)");
                        return 2;
                    } else if (inbox != null) {
                        err.println("error: one inbox folder only; also got " + a);
                        return 2;
                    } else {
                        inbox = Path.of(a);
                    }
                }
            }
        }
        if (inbox == null) {
            err.println("error: no inbox folder given (./evaluate init INBOX_DIR [--out JOB.yaml])");
            return 2;
        }
        inbox = inbox.toAbsolutePath().normalize();
        if (!Files.isDirectory(inbox)) {
            err.println("error: " + inbox + " is not a folder");
            return 2;
        }
        String evaluation = evaluationName(inbox);
        if (target == null) {
            Path jobs = Path.of("jobs");
            target = Files.isDirectory(jobs) ? jobs.resolve(evaluation + ".yaml") : Path.of(evaluation + ".yaml");
        }
        target = target.toAbsolutePath().normalize();
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !force) {
            err.println("error: " + target + " exists; choose another --out or add --force to overwrite it");
            return 2;
        }
        List<Path> csvFiles = csvFiles(inbox);
        if (csvFiles.isEmpty()) {
            err.println("error: no CSV files (*.csv) in " + inbox);
            return 2;
        }
        List<SniffedFile> sniffed = new ArrayList<>();
        long budget = ROW_BUDGET;
        for (Path p : csvFiles) {
            SniffedFile f = FileSniffer.sniff(p, (int) Math.max(1_000, Math.min(FileSniffer.MAX_ROWS, budget)));
            budget -= f.rows().size();
            sniffed.add(f);
        }
        Draft draft;
        try {
            draft = DatasetGuesser.guess(sniffed);
        } catch (RuntimeException e) {
            err.println("error: init could not make sense of the files (" + e + "); please report this with the table above");
            out.print(Summary.table(new Draft(sniffed, List.of())));
            return 1;
        }
        Path dir = target.getParent();
        Path output = (dir.getFileName() != null && dir.getFileName().toString().equals("jobs") && dir.getParent() != null
                ? dir.getParent() : dir).resolve("reports").resolve(evaluation);
        String yaml = DraftWriter.write(draft, evaluation, DraftWriter.relative(dir, inbox), DraftWriter.relative(dir, output), LocalDate.now());
        try {
            Files.createDirectories(dir);
            Files.writeString(target, yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("error: cannot write " + target + ": " + e.getMessage());
            return 1;
        }
        out.print(Summary.table(draft));
        out.println();
        out.println("Draft written to " + target + ". TODO marks what only you know.");
        out.println("Next: ./evaluate " + target + " --check   (what each file would give), then ./evaluate " + target);
        return 0;
    }

    /** The inbox folder's name as an evaluation name: lower case, letters, digits and hyphens. */
    static String evaluationName(Path inbox) {
        String n = inbox.getFileName() == null ? "evaluatie" : inbox.getFileName().toString();
        if (Set.of("inbox", "input", "exports", "export", "data").contains(n.toLowerCase(Locale.ROOT)) && inbox.getParent() != null
                && inbox.getParent().getFileName() != null) {
            n = inbox.getParent().getFileName().toString(); // evaluaties/jeugd/inbox is the evaluation jeugd
        }
        n = n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return n.isEmpty() ? "evaluatie" : n;
    }

    /** Regular files named *.csv directly inside the inbox, as the run reads them (no links, FIFOs or folders). */
    static List<Path> csvFiles(Path inbox) {
        try (Stream<Path> s = Files.list(inbox)) {
            return s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
