package nl.procesevaluatie.init;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes a {@link Draft} as a job file: every setting with its evidence as a comment, TODO where only the
 * evaluator knows. No value of an identifier column is ever written (only dates, tokens and codes).
 */
final class DraftWriter {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9_ ()./'-]*[A-Za-z0-9_)./]|[A-Za-z0-9]");
    private static final Set<String> RESERVED = Set.of("null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE",
            "yes", "Yes", "no", "No", "on", "off", "y", "n", "Y", "N");
    private static final int COMMENT_COLUMN = 44;

    private final StringBuilder out = new StringBuilder();

    private DraftWriter() {}

    static String write(Draft d, String evaluation, String inbox, String output, LocalDate today) {
        return new DraftWriter().draft(d, evaluation, inbox, output, today);
    }

    private String draft(Draft d, String evaluation, String inbox, String output, LocalDate today) {
        long csv = d.files.size();
        line("# Job-file draft, written by ./evaluate init on " + today + " from " + csv + " CSV file(s) in " + inbox + ".");
        line("# It runs as it is. Comments say what init guessed and from what; TODO marks what only you know.");
        line("# docs/getting-started.md walks through it; docs/job-file.md explains every key.");
        line("evaluation: " + q(evaluation));
        String title = "Procesevaluatie " + (d.name != null ? d.name : evaluation);
        line("title: " + q(title), "TODO: the report's title");
        line("language: nl", "nl or en, the report's language");
        line("inbox: " + q(inbox));
        line("output: " + q(output));
        if (d.lastRegistration != null) {
            line("# as_of: " + d.lastRegistration, "the last registration; without as_of the report is as of the day of the run");
        }
        if (d.firstRegistration != null) {
            line("# implementation_start: " + d.firstRegistration, "the first registration; goal windows may start from it");
        }
        for (String u : d.unused) {
            line("# not used: " + u);
        }
        out.append('\n');
        line("intervention:");
        line("  code: " + q(d.code), d.codeNote);
        if (d.name != null) {
            line("  name: " + q(d.name), "the code written out, also seen in the registrations");
        } else {
            line("  name: " + q("TODO: the intervention's name"), "TODO: its full name; a registration that says it counts too");
        }
        line("  planned_sessions: " + d.plannedSessions, d.plannedNote);
        if (!d.components.isEmpty()) {
            line("  core_components: [" + d.components.stream().map(DraftWriter::q).collect(Collectors.joining(", ")) + "]", d.componentsNote);
        } else {
            line("  # core_components: [TODO]", "TODO: the codes of the core components, as the sessions export writes them");
        }
        out.append('\n');
        line("datasets:");
        if (d.registrations != null) {
            dataset("  ", "registrations:", d.registrations);
        } else {
            line("  registrations:", "TODO: no registrations export was found; this placeholder reads no file");
            line("    files: " + q("TODO-registraties*.csv"));
            line("    columns: {traject_id: TODO, organisation: TODO, registered_on: TODO}");
        }
        if (d.sessions != null) {
            dataset("  ", "sessions:", d.sessions);
        }
        if (!d.instruments.isEmpty()) {
            out.append('\n');
            line("instruments:");
            for (DatasetDraft i : d.instruments) {
                dataset("  ", "- id: " + q(i.id), i);
            }
        }
        out.append('\n');
        goals(d);
        return out.toString();
    }

    private void dataset(String indent, String head, DatasetDraft d) {
        boolean instrument = d.role.equals("instrument");
        line(indent + head, instrument ? null : d.group.files().size() + " file(s)");
        String in = indent + "  ";
        if (instrument) {
            line(in + "kind: " + d.kind, "guessed: " + d.kindWhy);
        }
        List<String> names = d.group.names();
        line(in + "files: " + q(d.group.glob()), !d.group.alsoNames().isEmpty()
                ? "TODO: this pattern also names " + String.join(", ", d.group.alsoNames()) + ", another dataset's export:"
                        + " rename the exports so that each dataset's names start alike, or narrow the pattern"
                : names.size() == 1 ? names.get(0) : names.size() + " files: " + names.get(0) + " ... " + names.get(names.size() - 1));
        if (d.encoding != null) {
            line(in + "encoding: " + d.encoding, d.encodingNote);
        } else {
            line(in + "# encoding: UTF-8", d.encodingNote);
        }
        if (d.delimiter != null) {
            line(in + "delimiter: " + (d.delimiter == '\t' ? "tab" : q(String.valueOf(d.delimiter))), d.delimiterNote);
        } else {
            line(in + "# delimiter: detected", d.delimiterNote);
        }
        if (d.skipRows > 0) {
            line(in + "skip_rows_after_header: " + d.skipRows, d.skipNote);
        }
        if (d.dates != null && !d.dates.patterns().isEmpty()) {
            if (d.dates.patterns().size() == 1) {
                line(in + "date_format: " + q(d.dates.patterns().get(0)), d.dates.evidence().get(0) + unread(d.dates));
            } else {
                for (String e : d.dates.evidence()) {
                    line(in + "# " + e);
                }
                line(in + "date_format: [" + d.dates.patterns().stream().map(DraftWriter::q).collect(Collectors.joining(", ")) + "]",
                        unread(d.dates).isEmpty() ? "tried in this order" : unread(d.dates).substring(2));
            }
        }
        if (d.decimalNote != null) {
            line(in + "decimal_separator: " + q(String.valueOf(d.decimal)), d.decimalNote);
        }
        if (!d.missing.isEmpty()) {
            line(in + "missing_values: [" + d.missing.stream().map(DraftWriter::q).collect(Collectors.joining(", ")) + "]", d.missingNote);
        }
        if (d.componentsSeparator != null) {
            line(in + "components_separator: " + q(d.componentsSeparator), "the separator seen in " + d.column("components"));
        }
        line(in + "columns:");
        for (DatasetDraft.Column c : d.columns) {
            line(in + "  " + c.field() + ": " + q(c.column()), c.why());
        }
        for (String note : d.notes) {
            line(in + "# " + note);
        }
        for (String note : d.valueNotes) {
            line(in + "# " + note);
        }
        if (!d.values.isEmpty()) {
            line(in + "values:");
            for (Map.Entry<String, Map<String, String>> v : d.values.entrySet()) {
                line(in + "  " + q(v.getKey()) + ":");
                for (Map.Entry<String, String> label : v.getValue().entrySet()) {
                    line(in + "    " + quoted(label.getKey()) + ": " + label.getValue());
                }
            }
        }
        if (instrument) {
            if (d.scaleMin != null) {
                line(in + "scale: [" + plain(d.scaleMin) + ", " + plain(d.scaleMax) + "]", d.scaleNote);
            }
            if (d.negative != null) {
                line(in + "negative: [" + d.negative.stream().map(DraftWriter::plain).collect(Collectors.joining(", ")) + "]",
                        "guessed: the lowest answers count against the determinant");
                line(in + "positive: [" + d.positive.stream().map(DraftWriter::plain).collect(Collectors.joining(", ")) + "]",
                        "guessed: the highest answers count for it");
            }
            line(in + "items:", d.kind.equals("determinants") ? "TODO: give each item its determinant and category" : null);
            for (DatasetDraft.Item item : d.items) {
                line(in + "  - {column: " + q(item.column()) + "}", item.note());
            }
        }
    }

    private static String unread(DateGuess g) {
        return g.unread() == 0 ? "" : "; " + g.unread() + " value(s) match no pattern and their rows will be rejected";
    }

    private void goals(Draft d) {
        line("# TODO: the evaluation's implementation goals. Examples in the SMART style of an implementation plan;");
        line("# uncomment and adapt them (docs/data-contract.md lists every criterion):");
        line("# goals:");
        line("#   - id: G1");
        line("#     title: 80% van de aangemelde cliënten start binnen 3 maanden");
        line("#     criterion: {started_within: {months: 3}}");
        line("#     target: 0.80");
        if (d.sessions != null) {
            line("#   - id: G2");
            line("#     title: Drie maanden na de start van de implementatie krijgt 75% van de cliënten minstens 3 van de "
                    + d.plannedSessions + " bijeenkomsten");
            line("#     window: {from: implementation_start, months: 3}");
            line("#     criterion: {attended_at_least: {share: 0.75}}");
            line("#     target: 0.75");
        }
        if (!d.components.isEmpty()) {
            line("#   - id: G3");
            line("#     title: Professionals besteden bij 80% van de trajecten in de eerste twee bijeenkomsten aandacht aan "
                    + d.components.get(0));
            line("#     criterion: {component_delivered: {component: " + q(d.components.get(0)) + ", within_sessions: 2}}");
            line("#     target: 0.80");
        }
        d.instruments.stream().filter(i -> i.scaleMax != null && !i.kind.equals("determinants"))
                .min((a, b) -> Boolean.compare(!a.kind.equals("responsiveness"), !b.kind.equals("responsiveness"))).ifPresent(i -> {
            line("#   - id: G4");
            line("#     title: 75% van de respondenten van " + i.id + " geeft gemiddeld " + plain(i.scaleMax.subtract(BigDecimal.ONE).max(i.scaleMin))
                    + " of hoger");
            line("#     population: respondents");
            line("#     instrument: " + q(i.id));
            line("#     criterion: {score_at_least: " + plain(i.scaleMax.subtract(BigDecimal.ONE).max(i.scaleMin)) + "}");
            line("#     target: 0.75");
        });
    }

    private void line(String text) {
        line(text, null);
    }

    private void line(String text, String comment) {
        out.append(text);
        if (comment != null && !comment.isBlank()) {
            out.append(" ".repeat(Math.max(1, COMMENT_COLUMN - text.length()))).append("# ").append(oneLine(comment));
        }
        out.append('\n');
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n\\t]+", " ");
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    /** A text as a YAML scalar: plain when that reads back as the same text, else double-quoted. */
    static String q(String s) {
        if (PLAIN.matcher(s).matches() && !RESERVED.contains(s) && !s.contains(": ") && !s.contains(" #")) {
            return s;
        }
        return quoted(s);
    }

    static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7F || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** A path for the job file, relative to the job file's folder when it can be, with forward slashes. */
    static String relative(Path from, Path to) {
        try {
            return from.relativize(to).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return to.toString();
        }
    }
}
