package nl.procesevaluatie.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the timings of one run from its log ({@code <out>/logs/run-*.log}, written by RunLog: every line is
 * an instant and a message) and from its GC log ({@code -Xlog:gc*}).
 *
 * <p>The run's steps and the lines that end them: scan the inbox ("inbox ...: N files"), ingest (one line per
 * file, "ingest DATASET FILE: R read, A accepted, X rejected, S skipped (T s)", or "warning: FILE (DATASET)
 * refused: ..."), indicators ("indicators computed in T s", then "indicators: N rows as of D" once the CSV
 * files are written), report ("report: PATH"), and the summary ("ok: ..." or "error: ...").
 */
final class RunLogParser {
    private RunLogParser() {}

    /** One file's ingest. */
    record FileStep(String dataset, String file, long read, long accepted, long rejected, long skipped, double seconds,
            boolean refused, Instant at) {}

    /** What the log says about one run; instants are null when the run did not get there. */
    record Steps(Instant firstLine, Instant inbox, List<FileStep> files, Double indicatorsComputeSeconds, Instant indicatorsComputed,
            Instant indicators, Instant report, Instant summary, String summaryLine, String lastLine, Instant analysis,
            Double organisationReportSeconds, int organisationReports, boolean kept) {

        Steps(Instant firstLine, Instant inbox, List<FileStep> files, Double indicatorsComputeSeconds, Instant indicatorsComputed,
                Instant indicators, Instant report, Instant summary, String summaryLine, String lastLine) {
            this(firstLine, inbox, files, indicatorsComputeSeconds, indicatorsComputed, indicators, report, summary, summaryLine,
                    lastLine, null, null, 0, false);
        }

        /** indicators.csv written to the analysis dataset written (files and tables). */
        Double analysisSeconds() {
            return seconds(indicators, analysis);
        }

        Instant ingestEnd() {
            return files.isEmpty() ? inbox : files.get(files.size() - 1).at();
        }

        long rowsRead() {
            return files.stream().mapToLong(FileStep::read).sum();
        }

        double ingestFileSeconds() {
            return files.stream().mapToDouble(FileStep::seconds).sum();
        }

        /** Process start to the end of the inbox scan: JVM start, Spring context, schema, listing and hashing the inbox. */
        Double startupSeconds(Instant processStart) {
            return seconds(processStart, inbox);
        }

        /** End of the scan to the last ingested file (the chunk transactions between files included). */
        Double ingestSeconds() {
            return seconds(inbox, ingestEnd());
        }

        /** Last ingested file to indicators.csv, indicators-public.csv and rejects.csv written (store read included). */
        Double indicatorsSeconds() {
            return seconds(ingestEnd(), indicators);
        }

        /** indicators.csv written to report.html, charts and run.json written. */
        Double reportSeconds() {
            return seconds(indicators, report);
        }

        /** Report written to process exit: job bookkeeping, Spring context and database shut down, JVM exit. */
        Double shutdownSeconds(Instant processEnd) {
            return seconds(report, processEnd);
        }

        boolean ok() {
            return summaryLine != null && summaryLine.startsWith("ok:");
        }
    }

    private static final Pattern LINE = Pattern.compile("^(\\S+) (.*)$");
    private static final Pattern INGEST = Pattern.compile(
            "^ingest (\\S+) (.+): (\\d+) read, (\\d+) accepted, (\\d+) rejected, (\\d+) skipped \\(([0-9]+[.,]?[0-9]*) s\\)$");
    private static final Pattern REFUSED = Pattern.compile("^warning: (.+) \\((\\S+)\\) refused: .*$");
    private static final Pattern COMPUTED = Pattern.compile("^indicators computed in ([0-9]+[.,]?[0-9]*) s$");
    private static final Pattern ORGANISATION_REPORTS = Pattern.compile("^organisation reports: (\\d+) in ([0-9]+[.,]?[0-9]*) s.*$");

    static Steps parse(List<String> lines) {
        Instant first = null, inbox = null, computedAt = null, indicators = null, report = null, summary = null, analysis = null;
        Double computed = null, organisationSeconds = null;
        int organisations = 0;
        boolean kept = false;
        String summaryLine = null, lastLine = null;
        List<FileStep> files = new ArrayList<>();
        for (String raw : lines) {
            Matcher m = LINE.matcher(raw);
            if (!m.matches()) {
                continue;
            }
            Instant at;
            try {
                at = Instant.parse(m.group(1));
            } catch (DateTimeParseException e) {
                continue; // a continuation line of a multi-line message
            }
            String msg = m.group(2);
            lastLine = msg;
            if (first == null) {
                first = at;
            }
            Matcher x;
            if (msg.startsWith("inbox ")) {
                inbox = at;
            } else if ((x = INGEST.matcher(msg)).matches()) {
                files.add(new FileStep(x.group(1), x.group(2), Long.parseLong(x.group(3)), Long.parseLong(x.group(4)),
                        Long.parseLong(x.group(5)), Long.parseLong(x.group(6)), number(x.group(7)), false, at));
            } else if ((x = REFUSED.matcher(msg)).matches()) {
                files.add(new FileStep(x.group(2), x.group(1), 0, 0, 0, 0, 0, true, at));
            } else if ((x = COMPUTED.matcher(msg)).matches()) {
                computed = number(x.group(1));
                computedAt = at;
            } else if (msg.startsWith("indicators: ")) {
                indicators = at;
            } else if (msg.startsWith("analysis: ")) {
                analysis = at;
            } else if ((x = ORGANISATION_REPORTS.matcher(msg)).matches()) {
                organisations = Integer.parseInt(x.group(1));
                organisationSeconds = number(x.group(2));
            } else if (msg.startsWith("nothing new since the last run")) {
                kept = true;
                indicators = at;
            } else if (msg.startsWith("report: ")) {
                report = at;
            } else if (msg.startsWith("ok: ") || msg.startsWith("error: ")) {
                summary = at;
                summaryLine = msg;
            }
        }
        return new Steps(first, inbox, List.copyOf(files), computed, computedAt, indicators, report, summary, summaryLine, lastLine,
                analysis, organisationSeconds, organisations, kept);
    }

    private static double number(String s) {
        return Double.parseDouble(s.replace(',', '.'));
    }

    static Double seconds(Instant from, Instant to) {
        return from == null || to == null ? null : Duration.between(from, to).toNanos() / 1e9;
    }

    /** Heap figures from a {@code -Xlog:gc*} file. */
    record Heap(double peakUsedMb, double maxAfterGcMb, double maxCommittedMb, int pauses, double pauseSeconds) {}

    private static final Pattern PAUSE = Pattern.compile(
            "\\[gc\\s*\\] GC\\(\\d+\\) Pause .*?(\\d+(?:\\.\\d+)?)([KMG])->(\\d+(?:\\.\\d+)?)([KMG])\\((\\d+(?:\\.\\d+)?)([KMG])\\)"
                    + " ([0-9.]+)ms");
    private static final Pattern EXIT = Pattern.compile("heap\\s+total (\\d+)K, used (\\d+)K");

    /** The largest heap in use before a collection (or at exit), the largest after one, and the pauses. */
    static Heap heap(List<String> gcLog) {
        double peak = 0, after = 0, committed = 0, pause = 0;
        int pauses = 0;
        for (String line : gcLog) {
            Matcher m = PAUSE.matcher(line);
            if (m.find()) {
                peak = Math.max(peak, mb(m.group(1), m.group(2)));
                after = Math.max(after, mb(m.group(3), m.group(4)));
                committed = Math.max(committed, mb(m.group(5), m.group(6)));
                pause += Double.parseDouble(m.group(7)) / 1000;
                pauses++;
                continue;
            }
            Matcher e = EXIT.matcher(line);
            if (e.find()) {
                peak = Math.max(peak, Long.parseLong(e.group(2)) / 1024.0);
                committed = Math.max(committed, Long.parseLong(e.group(1)) / 1024.0);
            }
        }
        return new Heap(peak, after, committed, pauses, pause);
    }

    private static double mb(String v, String unit) {
        double d = Double.parseDouble(v);
        return switch (unit) {
            case "K" -> d / 1024;
            case "G" -> d * 1024;
            default -> d;
        };
    }
}
