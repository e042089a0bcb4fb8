package nl.procesevaluatie.report;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.procesevaluatie.job.FileSettings;
import nl.procesevaluatie.job.Instrument;
import nl.procesevaluatie.job.JobFile;

/**
 * Reject and refusal reasons in the report's language, and fields named by the export's own column header.
 * rejects.csv keeps the reasons in English (one wording for every reader of the file); the report reads
 * them back through these patterns, in order, and leaves a reason it does not know as it is.
 */
final class ReasonText {
    private ReasonText() {}

    private record Rule(Pattern pattern, String key) {}

    private static final List<Rule> RULES = List.of(
            rule("required field is missing", "reason.missing"),
            rule("not a date in (.+?) \\(such as (.+?)\\); if the export writes dates another way, change (.+)", "reason.notADate.key"),
            rule("not a date in (.+?) \\(such as (.+?)\\)", "reason.notADate.example"),
            rule("not a date in (.+)", "reason.notADate"),
            rule("not yes/no \\(add it under values\\.(.+)\\)", "reason.notYesNo.values"),
            rule("not yes/no", "reason.notYesNo"),
            rule("unknown end reason '(.*)'", "reason.endReason"),
            rule("unknown moment '(.*)' \\(expected pre or post\\)", "reason.moment"),
            rule("not an integer", "reason.notInteger"),
            rule("session_no < 1", "reason.sessionNo"),
            rule("not a decimal number \\(separator '(.)'\\)", "reason.notDecimal"),
            rule("unterminated quoted cell \\(the file ends inside quotes\\)", "reason.unterminated"),
            rule("(\\d+) of (\\d+) rows would be rejected, more than max_reject_share ([0-9.]+) \\(most often (.+)\\)", "reason.tooMany.often"),
            rule("(\\d+) of (\\d+) rows would be rejected, more than max_reject_share ([0-9.]+)", "reason.tooMany"),
            rule("missing columns? (.+?); the first line looks like data, not column names \\((\\d+) of (\\d+) cells are numbers,"
                    + " dates or codes\\): the export seems to have no header line; export it again with column names", "reason.noHeader"),
            rule("missing columns? (.+?); the header seems to use (.+?), not '(.+?)': set delimiter: (.+)", "reason.delimiter"),
            rule("missing columns? (.+?); the file has (\\d+) columns?, of which (.+) (?:is|are) close: check the column names under"
                    + " columns: in the job file", "reason.missingColumns.near"),
            rule("missing columns? (.+?); the file has (\\d+) columns?: check the column names under columns: in the job file",
                    "reason.missingColumns"),
            rule("not readable as (\\S+) \\(invalid bytes on line (\\d+)\\)(.*)", "reason.undecodable"),
            rule("empty file: no header line", "reason.empty"),
            rule("the first line is blank: no header line", "reason.blankFirst"),
            rule("the header line ends inside a quoted cell", "reason.headerUnterminated"));

    private static Rule rule(String regex, String key) {
        return new Rule(Pattern.compile(regex, Pattern.DOTALL), key);
    }

    /** The reason in the report's language; English ones unchanged in an English report. */
    static String of(Ctx c, String reason) {
        String clean = Text.clean(reason == null ? "" : reason);
        if (c.m.language().equals("en")) {
            return clean;
        }
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(clean);
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    String g = m.group(i + 1) == null ? "" : m.group(i + 1);
                    // "most often date: not a date in ..." holds a reason of its own
                    args[i] = r.key().equals("reason.tooMany.often") && i == 3 ? nested(c, g)
                            : r.key().startsWith("reason.notADate") && i == 0 ? g.replace(" or ", " " + c.t("reason.or") + " ") : g;
                }
                return c.t(r.key(), args);
            }
        }
        return clean;
    }

    private static String nested(Ctx c, String fieldAndReason) {
        int colon = fieldAndReason.indexOf(": ");
        return colon < 0 ? of(c, fieldAndReason) : fieldAndReason.substring(0, colon + 2) + of(c, fieldAndReason.substring(colon + 2));
    }

    /** The export's own column header for a canonical field of a dataset (an item's field is its column already). */
    static String column(JobFile job, String dataset, String field) {
        if (field == null || field.isEmpty()) {
            return "";
        }
        FileSettings settings = switch (dataset) {
            case "registrations" -> job.registrations();
            case "sessions" -> job.sessions();
            default -> job.instrument(dataset).map(Instrument::file).orElse(null);
        };
        Map<String, String> columns = settings == null ? Map.of() : settings.columns();
        return columns.getOrDefault(field, field);
    }
}
