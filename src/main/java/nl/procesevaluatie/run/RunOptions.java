package nl.procesevaluatie.run;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/** The command line of {@code ./evaluate}; parsing errors are {@link UsageException}s (exit code 2). */
record RunOptions(
        Path jobFile,
        LocalDate asOf,
        Path out,
        String lang,
        boolean pdf,
        String db,
        boolean rebuild,
        boolean check,
        Duration settle,
        Duration lockWait,
        boolean help,
        String organisation) {

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    static final String HELP = """
            Usage: ./evaluate JOB.yaml [options]
                   ./evaluate init INBOX_DIR [--out JOB.yaml]   (a first job file from the exports; init --help)

            Runs a process evaluation: reads new exports from the job's inbox into the store,
            computes every indicator and writes the report, indicators.csv, indicators-public.csv,
            rejects.csv and run.json to the output folder.

            Options:
              --as-of YYYY-MM-DD   reference date (overrides as_of in the job file; default: today)
              --out DIR            output folder (default: the job's output, else reports/<evaluation>/)
              --lang nl|en         language of the report (default: the job's language, else nl)
              --pdf                also write report.pdf
              --db JDBC_URL        store and job repository in this database, e.g.
                                   jdbc:postgresql://dbserver/evaluaties?user=pe&password=...
                                   (default: an embedded HSQLDB file database in DIR/store/)
              --rebuild            drop the stored rows and ingest the whole inbox again
              --check              validate the job file and scan the inbox; report what would be
                                   loaded or refused; write nothing
              --settle SECONDS     leave files modified less than SECONDS ago for the next run
                                   (a file still being copied); default 0
              --wait SECONDS       how long to wait for another run of the same evaluation (default 600)
              --organisation NAME  write only this organisation's own report under organisaties/
                                   (default: every organisation's; the main report is always written)
              -h, --help           this text

            Exit codes: 0 ok (files refused or rows rejected are reported, not fatal);
                        1 the run failed; 2 invalid job file or arguments;
                        3 (--check only) at least one inbox file would be refused.
            Partial data (a half-written export, a refused file still in the inbox, no trajects,
            a file that could not be read) is said on the terminal, in run.json ("complete": false,
            "notices") and in a banner at the top of the report; the run still exits 0.

            Example:
              ./evaluate jobs/psycho-educatie.yaml --as-of 2022-03-31 --lang en --pdf
            """;

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    static RunOptions parse(List<String> args) {
        Path job = null;
        LocalDate asOf = null;
        Path out = null;
        String lang = null;
        boolean pdf = false, rebuild = false, check = false, help = false;
        String db = null;
        Duration settle = Duration.ZERO;
        Duration wait = Duration.ofSeconds(600);
        String organisation = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String inline = null;
            if (a.startsWith("--") && a.contains("=")) {
                inline = a.substring(a.indexOf('=') + 1);
                a = a.substring(0, a.indexOf('='));
            }
            switch (a) {
                case "-h", "--help" -> help = true;
                case "--pdf" -> pdf = true;
                case "--rebuild" -> rebuild = true;
                case "--check" -> check = true;
                case "--as-of" -> {
                    String v = inline != null ? inline : value(args, ++i, a);
                    try {
                        asOf = LocalDate.parse(v, ISO);
                    } catch (DateTimeParseException e) {
                        throw new UsageException("--as-of: '" + v + "' is not a date in yyyy-MM-dd");
                    }
                }
                case "--out" -> out = Path.of(inline != null ? inline : value(args, ++i, a));
                case "--lang" -> {
                    lang = inline != null ? inline : value(args, ++i, a);
                    if (!lang.equals("nl") && !lang.equals("en")) {
                        throw new UsageException("--lang: '" + lang + "' is not one of nl, en");
                    }
                }
                case "--db" -> db = inline != null ? inline : value(args, ++i, a);
                case "--organisation" -> organisation = inline != null ? inline : value(args, ++i, a);
                case "--settle" -> settle = Duration.ofSeconds(seconds(inline != null ? inline : value(args, ++i, a), a));
                case "--wait" -> wait = Duration.ofSeconds(seconds(inline != null ? inline : value(args, ++i, a), a));
                default -> {
                    if (a.startsWith("-")) {
                        throw new UsageException("unknown option " + a + " (see --help)");
                    }
                    if (job != null) {
                        throw new UsageException("one job file only; also got " + a);
                    }
                    job = Path.of(a);
                }
            }
        }
        if (job == null && !help) {
            throw new UsageException("no job file given (see --help)");
        }
        return new RunOptions(job, asOf, out, lang, pdf, db, rebuild, check, settle, wait, help, organisation);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }

    private static long seconds(String v, String option) {
        try {
            long s = Long.parseLong(v);
            if (s < 0) {
                throw new NumberFormatException();
            }
            return s;
        } catch (NumberFormatException e) {
            throw new UsageException(option + ": '" + v + "' is not a number of seconds");
        }
    }
}
