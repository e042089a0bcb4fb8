package nl.procesevaluatie.init;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.procesevaluatie.job.DatePattern;

/**
 * Decides what each group of files is (registrations, sessions or a questionnaire) and which column holds
 * which field: by the column's name or its label in an extra header row, then by the shape of its values
 * (dates, numbers, yes/no tokens, the traject numbers of the registrations).
 */
final class DatasetGuesser {
    private static final Map<String, String> END_REASON_WORDS = new LinkedHashMap<>();
    private static final Map<String, String> MOMENT_WORDS = new LinkedHashMap<>();

    static {
        // checked in order on the label in lower case: the first word it contains decides
        for (String w : List.of("niet gestart", "not started", "niet begonnen", "geen start")) END_REASON_WORDS.put(w, "not_started");
        for (String w : List.of("voortijdig", "gestopt", "uitval", "uitgevallen", "afgebroken", "drop", "niet bereikbaar",
                "ingetrokken", "stopped")) END_REASON_WORDS.put(w, "dropped_out");
        for (String w : List.of("afgerond", "voltooid", "complete", "beëindigd volgens plan", "regulier")) END_REASON_WORDS.put(w, "completed");
        for (String w : List.of("verhuisd", "doorverwezen", "overleden", "overgedragen", "anders", "overig", "other")) END_REASON_WORDS.put(w, "other");
        for (String w : List.of("voormeting", "nulmeting", "0-meting", "t0", "pre", "voor", "baseline", "begin", "meting 1", "start"))
            MOMENT_WORDS.put(w, "pre");
        for (String w : List.of("nameting", "eindmeting", "t1", "t2", "post", "na", "follow-up", "followup", "eind", "meting 2"))
            MOMENT_WORDS.put(w, "post");
    }

    private final Draft draft;
    private final Map<FileGroups.FileGroup, Map<String, ColumnProfile>> profiles = new HashMap<>();

    private DatasetGuesser(Draft draft) {
        this.draft = draft;
    }

    static Draft guess(List<SniffedFile> files) {
        List<SniffedFile> readable = files.stream().filter(SniffedFile::readable).toList();
        Draft d = new Draft(files, FileGroups.of(readable));
        new DatasetGuesser(d).run();
        return d;
    }

    private void run() {
        for (FileGroups.FileGroup g : draft.groups) {
            profiles.put(g, ColumnProfile.of(g.files()));
        }
        // registrations first: the other datasets are matched against their traject numbers
        DatasetDraft best = null;
        int bestScore = 0;
        for (FileGroups.FileGroup g : draft.groups) {
            DatasetDraft r = registrations(g);
            int score = r == null ? 0 : r.columns.size() + hint(g, "registrat", "aanmeld", "traject", "dossier", "inschrijv", "client", "deelnemer");
            if (score > bestScore) {
                best = r;
                bestScore = score;
            }
        }
        draft.registrations = best;
        best = null;
        bestScore = 0;
        for (FileGroups.FileGroup g : draft.groups) {
            if (draft.registrations != null && draft.registrations.group == g) {
                continue;
            }
            DatasetDraft s = sessions(g);
            int score = s == null ? 0 : s.columns.size() + hint(g, "contact", "sessie", "bijeenkomst", "aanwezig", "gesprek", "session", "attendance");
            if (score > bestScore) {
                best = s;
                bestScore = score;
            }
        }
        draft.sessions = best;
        Set<String> ids = new HashSet<>(Set.of("registrations", "sessions"));
        for (FileGroups.FileGroup g : draft.groups) {
            if (draft.registrations != null && draft.registrations.group == g || draft.sessions != null && draft.sessions.group == g) {
                continue;
            }
            DatasetDraft i = instrument(g, ids);
            if (i != null) {
                draft.instruments.add(i);
            }
        }
        intervention();
    }

    private static int hint(FileGroups.FileGroup g, String... words) {
        for (String w : words) {
            if (g.stem().contains(w)) {
                return 2;
            }
        }
        return 0;
    }

    // ---------------------------------------------------------------------------------------------- datasets

    private DatasetDraft base(FileGroups.FileGroup g) {
        DatasetDraft d = new DatasetDraft(g);
        List<SniffedFile> files = g.files();
        if (files.stream().anyMatch(f -> "windows-1252".equals(f.encodingKey()))) {
            d.encoding = "windows-1252";
        } else if (files.stream().anyMatch(f -> "UTF-8".equals(f.encodingKey()))) {
            d.encoding = "UTF-8";
        }
        Map<String, Long> notes = files.stream().collect(Collectors.groupingBy(SniffedFile::encodingNote, TreeMap::new, Collectors.counting()));
        d.encodingNote = notes.size() == 1 ? notes.keySet().iterator().next() : describe(notes);
        if (d.encoding == null && draft.files.stream().anyMatch(f -> "windows-1252".equals(f.encodingKey()))) {
            // windows-1252 is the safe side: a later UTF-8 file is still read as UTF-8 (details.md rule 6), a
            // later Excel file under UTF-8 would be refused
            d.encoding = "windows-1252";
            d.encodingNote = "plain ASCII so far, like Excel exports elsewhere in this inbox; a UTF-8 file is still read as UTF-8";
        }
        Map<String, Long> delimiters = files.stream().collect(Collectors.groupingBy(f -> show(f.delimiter()), TreeMap::new, Collectors.counting()));
        if (delimiters.size() == 1) {
            d.delimiter = files.get(0).delimiter();
            d.delimiterNote = "the header" + (files.size() > 1 ? "s use " : " uses ") + show(d.delimiter);
        } else {
            d.delimiterNote = "the files differ (" + describe(delimiters) + "); each file's delimiter is detected from its header";
        }
        Map<Integer, Long> skips = files.stream().collect(Collectors.groupingBy(f -> f.extraHeaderRows().size(), TreeMap::new, Collectors.counting()));
        d.skipRows = skips.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
        if (d.skipRows > 0) {
            d.skipNote = d.skipRows + " row(s) under the header hold labels, not answers"
                    + (skips.size() > 1 ? " (not in every file: " + skips + ")" : "");
        }
        return d;
    }

    /** A file without a mapped column is refused whole; say so, and which file, before the run does. */
    private static void absentColumns(DatasetDraft d) {
        for (DatasetDraft.Column c : d.columns) {
            for (SniffedFile f : d.group.files()) {
                if (f.column(c.column()) < 0) {
                    d.notes.add("TODO: " + f.name() + " has no column '" + c.column() + "' (" + c.field()
                            + "): the run refuses that file; rename its column or leave the file out");
                }
            }
        }
        for (DatasetDraft.Item i : d.items) {
            for (SniffedFile f : d.group.files()) {
                if (f.column(i.column()) < 0) {
                    d.notes.add("TODO: " + f.name() + " has no column '" + i.column() + "' (an item): the run refuses that file");
                }
            }
        }
    }

    private static String describe(Map<?, Long> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " in " + e.getValue()).collect(Collectors.joining(", "));
    }

    static String show(char c) {
        return c == '\t' ? "tab" : "'" + c + "'";
    }

    private DatasetDraft registrations(FileGroups.FileGroup g) {
        Map<String, ColumnProfile> p = profiles.get(g);
        DatasetDraft d = base(g);
        d.role = "registrations";
        Set<String> used = new HashSet<>();
        map(d, p, used, "traject_id", FieldNames.REGISTRATIONS, c -> !c.isDate() && c.filled > 0);
        map(d, p, used, "organisation", FieldNames.REGISTRATIONS, c -> !c.isDate() && !c.isNumeric(Set.of()));
        map(d, p, used, "registered_on", FieldNames.REGISTRATIONS, ColumnProfile::isDate);
        if (d.columns.size() < 3) {
            return null;
        }
        map(d, p, used, "client_id", FieldNames.REGISTRATIONS, c -> !c.isDate());
        map(d, p, used, "intervention", FieldNames.REGISTRATIONS, c -> !c.isDate() && c.filled > 0 && c.distinct() <= 20);
        map(d, p, used, "municipality", FieldNames.REGISTRATIONS, c -> !c.isDate());
        map(d, p, used, "professional_id", FieldNames.REGISTRATIONS, c -> !c.isDate());
        map(d, p, used, "group_id", FieldNames.REGISTRATIONS, c -> !c.isDate());
        map(d, p, used, "referral_source", FieldNames.REGISTRATIONS, c -> !c.isDate());
        // an empty column by its name: the first export may have no ended trajects yet
        map(d, p, used, "started_on", FieldNames.REGISTRATIONS, c -> c.filled == 0 || c.isDate());
        map(d, p, used, "ended_on", FieldNames.REGISTRATIONS, c -> c.filled == 0 || c.isDate());
        map(d, p, used, "end_reason", FieldNames.REGISTRATIONS, c -> !c.isDate() && c.distinct() <= 30);
        map(d, p, used, "age", FieldNames.REGISTRATIONS, c -> c.isInteger(Set.of()));
        map(d, p, used, "gender", FieldNames.REGISTRATIONS, c -> !c.isDate() && c.distinct() <= 10);
        dates(d, p, "registered_on", "started_on", "ended_on");
        absentColumns(d);
        String endReason = d.column("end_reason");
        if (endReason != null) {
            endReasons(d, p.get(endReason));
        }
        return d;
    }

    private DatasetDraft sessions(FileGroups.FileGroup g) {
        Map<String, ColumnProfile> p = profiles.get(g);
        DatasetDraft d = base(g);
        d.role = "sessions";
        Set<String> used = new HashSet<>();
        map(d, p, used, "traject_id", FieldNames.SESSIONS, c -> !c.isDate() && c.filled > 0);
        map(d, p, used, "session_no", FieldNames.SESSIONS, c -> c.isInteger(Set.of()));
        map(d, p, used, "date", FieldNames.SESSIONS, ColumnProfile::isDate);
        map(d, p, used, "attended", FieldNames.SESSIONS, c -> c.isBoolean(Set.of()));
        if (d.columns.size() < 4) {
            return null;
        }
        map(d, p, used, "held", FieldNames.SESSIONS, c -> c.isBoolean(Set.of()));
        map(d, p, used, "components", FieldNames.SESSIONS, c -> !c.isDate());
        map(d, p, used, "duration_min", FieldNames.SESSIONS, c -> c.isInteger(Set.of()));
        dates(d, p, "date");
        for (String field : List.of("held", "attended")) {
            if (d.column(field) != null) {
                tokens(d, field, p.get(d.column(field)));
            }
        }
        absentColumns(d);
        String components = d.column("components");
        if (components != null) {
            ColumnProfile c = p.get(components);
            long pipes = c.counts.keySet().stream().filter(v -> v.contains("|")).count();
            long commas = c.counts.keySet().stream().filter(v -> v.contains(",")).count();
            long semicolons = c.counts.keySet().stream().filter(v -> v.contains(";")).count();
            d.componentsSeparator = pipes >= commas && pipes >= semicolons ? "|" : commas >= semicolons ? "," : ";";
        }
        return d;
    }

    private DatasetDraft instrument(FileGroups.FileGroup g, Set<String> ids) {
        Map<String, ColumnProfile> p = profiles.get(g);
        DatasetDraft d = base(g);
        d.role = "instrument";
        Set<String> used = new HashSet<>();
        // the date first: an id column is never a date, and LimeSurvey's "id" must not take submitdate's place
        ColumnProfile date = pick(p, used, FieldNames.RESPONSE_DATE, ColumnProfile::isDate, true);
        if (date == null) {
            date = p.values().stream().filter(ColumnProfile::isDate).max((a, b) -> a.filled - b.filled).orElse(null);
            if (date != null) {
                d.columns.add(new DatasetDraft.Column("date", date.name, "the column whose values are dates"));
            }
        } else {
            d.columns.add(new DatasetDraft.Column("date", date.name, why(date, FieldNames.RESPONSE_DATE)));
        }
        if (date == null) {
            draft.unused.add(String.join(", ", g.names()) + ": no column of dates, which a questionnaire needs (columns.date)");
            return null;
        }
        used.add(date.name);
        ColumnProfile respondent = pick(p, used, FieldNames.RESPONDENT, c -> !c.isDate() && c.filled * 2 >= c.rows, false);
        if (respondent != null) {
            d.columns.add(0, new DatasetDraft.Column("respondent_id", respondent.name, why(respondent, FieldNames.RESPONDENT)));
        } else {
            respondent = p.values().stream().filter(c -> !used.contains(c.name) && c.idLike() && !c.isDate()).findFirst().orElse(null);
            if (respondent == null) {
                draft.unused.add(String.join(", ", g.names()) + ": no column that tells respondents apart (columns.respondent_id)");
                return null;
            }
            d.columns.add(0, new DatasetDraft.Column("respondent_id", respondent.name, "nearly every value differs: an identifier"));
        }
        used.add(respondent.name);
        moment(d, p, used);
        byValues(d, p, used, "traject_id", FieldNames.REGISTRATIONS.get("traject_id"), "traject_id", 0.5);
        byValues(d, p, used, "organisation", FieldNames.REGISTRATIONS.get("organisation"), "organisation", 0.8);
        dates(d, p, "date");
        items(d, p, used);
        if (d.items.isEmpty()) {
            draft.unused.add(String.join(", ", g.names()) + ": no column of numbers or yes/no answers to use as items");
            return null;
        }
        absentColumns(d);
        d.id = uniqueId(g.stem(), ids);
        kind(d);
        return d;
    }

    // ---------------------------------------------------------------------------------------------- columns

    /** Maps a field to the first column named like it that has the right values. */
    private void map(DatasetDraft d, Map<String, ColumnProfile> p, Set<String> used, String field, Map<String, List<String>> names,
            Predicate<ColumnProfile> ok) {
        ColumnProfile c = pick(p, used, names.get(field), ok, false);
        if (c != null) {
            used.add(c.name);
            d.columns.add(new DatasetDraft.Column(field, c.name, why(c, names.get(field))));
        }
    }

    /**
     * The column for a list of names: an exact normalised name (or label) in the list's order, then a name
     * containing one of the longer names. With {@code fullest}, among the exact matches the earliest name
     * whose column is nearly as full as the fullest one (LimeSurvey's submitdate is empty for an
     * unfinished response; its datestamp is not).
     */
    private static ColumnProfile pick(Map<String, ColumnProfile> p, Set<String> used, List<String> names, Predicate<ColumnProfile> ok,
            boolean fullest) {
        List<ColumnProfile> exact = new ArrayList<>();
        for (String n : names) {
            for (ColumnProfile c : p.values()) {
                if (!used.contains(c.name) && !exact.contains(c) && matchesName(c, n) && ok.test(c)) {
                    exact.add(c);
                }
            }
        }
        if (!exact.isEmpty()) {
            // a column renamed in some files: the name most files have, since a file without it is refused
            int most = exact.stream().mapToInt(c -> c.files).max().getAsInt();
            exact.removeIf(c -> c.files < most);
            if (!fullest) {
                return exact.get(0);
            }
            int max = exact.stream().mapToInt(c -> c.filled).max().orElse(0);
            return exact.stream().filter(c -> c.filled * 100 >= max * 95).findFirst().orElse(exact.get(0));
        }
        for (String n : names) {
            if (n.length() < 5) {
                continue;
            }
            for (ColumnProfile c : p.values()) {
                if (!used.contains(c.name) && FieldNames.normal(c.name).contains(n) && FieldNames.normal(c.name).length() <= n.length() + 12
                        && ok.test(c)) {
                    return c;
                }
            }
        }
        return null;
    }

    private static boolean matchesName(ColumnProfile c, String n) {
        return FieldNames.normal(c.name).equals(n) || c.labels.stream().anyMatch(l -> FieldNames.normal(l).equals(n));
    }

    private static String why(ColumnProfile c, List<String> names) {
        for (String n : names) {
            if (FieldNames.normal(c.name).equals(n)) {
                return "by its name";
            }
        }
        for (String l : c.labels) {
            if (names.contains(FieldNames.normal(l))) {
                return "labelled " + l + " in the row under the header";
            }
        }
        return "its name resembles one";
    }

    /** A field found by name, else by values that are mostly the registrations' own (traject numbers, organisations). */
    private void byValues(DatasetDraft d, Map<String, ColumnProfile> p, Set<String> used, String field, List<String> names,
            String registrationField, double minShare) {
        ColumnProfile c = pick(p, used, names, x -> !x.isDate(), false);
        if (c != null) {
            used.add(c.name);
            d.columns.add(new DatasetDraft.Column(field, c.name, why(c, names)));
            return;
        }
        if (draft.registrations == null || draft.registrations.column(registrationField) == null) {
            return;
        }
        ColumnProfile reg = profiles.get(draft.registrations.group).get(draft.registrations.column(registrationField));
        ColumnProfile best = null;
        double bestShare = minShare;
        for (ColumnProfile x : p.values()) {
            if (used.contains(x.name) || x.filled == 0 || x.isDate() || x.distinct() < 2) {
                continue;
            }
            int in = 0;
            for (Map.Entry<String, Integer> e : x.counts.entrySet()) {
                if (reg.counts.containsKey(e.getKey())) {
                    in += e.getValue();
                }
            }
            double share = (double) in / x.filled;
            if (share >= bestShare) {
                best = x;
                bestShare = share;
            }
        }
        if (best != null) {
            used.add(best.name);
            d.columns.add(new DatasetDraft.Column(field, best.name, Math.round(bestShare * 100) + "% of its values are the registrations' "
                    + registrationField + " values"));
        }
    }

    private void moment(DatasetDraft d, Map<String, ColumnProfile> p, Set<String> used) {
        ColumnProfile c = pick(p, used, FieldNames.MOMENT, x -> x.distinct() >= 2 && x.distinct() <= 6, false);
        if (c == null) {
            c = p.values().stream().filter(x -> !used.contains(x.name) && x.distinct() >= 2 && x.distinct() <= 4
                    && x.counts.keySet().stream().allMatch(v -> momentOf(v) != null)).findFirst().orElse(null);
        }
        if (c == null) {
            return;
        }
        Map<String, String> mapping = new LinkedHashMap<>();
        for (String v : c.counts.keySet()) {
            String m = momentOf(v);
            if (m != null && !m.equals(v.toLowerCase(Locale.ROOT))) {
                mapping.put(v, m);
            }
        }
        Set<String> mapped = new HashSet<>(mapping.values());
        c.counts.keySet().stream().filter(v -> momentOf(v) == null).forEach(v -> d.valueNotes.add("TODO: moment '" + v
                + "' is neither pre nor post: map it under values.moment or its rows are rejected"));
        if (!mapped.contains("pre") && !c.counts.containsKey("pre") || !mapped.contains("post") && !c.counts.containsKey("post")) {
            return; // not a pre/post column after all
        }
        used.add(c.name);
        d.columns.add(new DatasetDraft.Column("moment", c.name, "its values are " + String.join(", ", c.counts.keySet())));
        if (!mapping.isEmpty()) {
            d.values.put("moment", mapping);
        }
    }

    private static String momentOf(String v) {
        String l = v.toLowerCase(Locale.ROOT).strip();
        if (l.equals("pre") || l.equals("post")) {
            return l;
        }
        for (Map.Entry<String, String> e : MOMENT_WORDS.entrySet()) {
            if (l.equals(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    /** One date_format for a dataset, read from the values of all its date columns together. */
    private static void dates(DatasetDraft d, Map<String, ColumnProfile> p, String... fields) {
        Map<String, Integer> values = new LinkedHashMap<>();
        for (String f : fields) {
            String col = d.column(f);
            if (col != null) {
                p.get(col).counts.forEach((v, n) -> values.merge(v, n, Integer::sum));
            }
        }
        d.dates = DateGuess.of(values);
    }

    private void endReasons(DatasetDraft d, ColumnProfile c) {
        Map<String, String> mapping = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (Map.Entry<String, Integer> e : c.byFrequency()) {
            String v = e.getKey();
            String l = v.toLowerCase(Locale.ROOT);
            if (Set.of("completed", "dropped_out", "not_started", "other").contains(l)) {
                continue;
            }
            String canonical = null;
            for (Map.Entry<String, String> w : END_REASON_WORDS.entrySet()) {
                if (l.contains(w.getKey())) {
                    canonical = w.getValue();
                    break;
                }
            }
            if (canonical == null) {
                unknown.add(v);
                canonical = "other";
            }
            mapping.put(v, canonical);
        }
        if (!mapping.isEmpty()) {
            d.values.put("end_reason", mapping);
            d.valueNotes.add("end_reason: guessed from the words of each label; check them");
        }
        if (!unknown.isEmpty()) {
            d.valueNotes.add("TODO: end_reason " + unknown.stream().map(u -> "'" + u + "'").collect(Collectors.joining(", "))
                    + " could not be read: mapped to other until you say what they mean");
        }
    }

    /** Yes/no tokens beyond the contract's defaults (Afgemeld), mapped; unknown ones named. */
    private static void tokens(DatasetDraft d, String field, ColumnProfile c) {
        Map<String, String> mapping = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : c.byFrequency()) {
            String l = e.getKey().toLowerCase(Locale.ROOT);
            if (ColumnProfile.isDefaultToken(l)) {
                continue;
            }
            if (ColumnProfile.MORE_FALSE.contains(l) || ColumnProfile.MORE_FALSE.stream().anyMatch(w -> w.length() > 4 && l.startsWith(w + " "))) {
                mapping.put(e.getKey(), "false"); // "Afgemeld door cliënt" is Afgemeld
            } else if (ColumnProfile.MORE_TRUE.contains(l)) {
                mapping.put(e.getKey(), "true");
            } else {
                d.valueNotes.add("TODO: " + field + " '" + e.getKey() + "' (" + e.getValue() + " rows) is neither yes nor no: map it under values."
                        + field + " or those rows are rejected");
            }
        }
        if (!mapping.isEmpty()) {
            d.values.put(field, mapping);
            d.valueNotes.add(field + ": " + String.join(", ", mapping.keySet()) + " read as " + String.join(", ", mapping.values()) + " (guessed)");
        }
    }

    private static void items(DatasetDraft d, Map<String, ColumnProfile> p, Set<String> used) {
        List<ColumnProfile> candidates = p.values().stream().filter(c -> !used.contains(c.name) && c.filled > 0
                && !FieldNames.toolColumn(c.name) && c.labels.stream().noneMatch(FieldNames::toolColumn)
                && !FieldNames.fieldName(c.name) && !c.isDate()).toList();
        Set<String> missing = new LinkedHashSet<>();
        candidates.forEach(c -> missing.addAll(c.missingCodes()));
        List<ColumnProfile> numeric = new ArrayList<>();
        List<ColumnProfile> yesNo = new ArrayList<>();
        Map<ColumnProfile, List<String>> ordinal = new LinkedHashMap<>();
        for (ColumnProfile c : candidates) {
            List<String> scale = Ordinal.scaleOf(c, missing);
            if (scale != null) {
                ordinal.put(c, scale);
                continue;
            }
            BigDecimal[] r = c.range(missing);
            boolean anId = c.idLike() && c.distinct() > 20;
            if (c.isBoolean(missing) && !c.isZeroOne(missing)) {
                yesNo.add(c);
            } else if (c.isNumeric(missing) && r != null && !anId && r[1].subtract(r[0]).compareTo(BigDecimal.valueOf(1000)) <= 0) {
                numeric.add(c);
            }
        }
        if (!numeric.isEmpty()) {
            // one scale per instrument: the items of the most common kind of scale; the others are named only
            Map<Integer, List<ColumnProfile>> byScale = new LinkedHashMap<>();
            for (ColumnProfile c : numeric) {
                byScale.computeIfAbsent(scaleClass(c.range(missing)[1]), k -> new ArrayList<>()).add(c);
            }
            List<ColumnProfile> biggest = byScale.values().stream().reduce((a, b) -> b.size() > a.size() ? b : a).orElseThrow();
            for (ColumnProfile c : numeric) {
                if (!biggest.contains(c)) {
                    BigDecimal[] r = c.range(missing);
                    d.notes.add("not an item: " + c.name + " (values " + r[0].toPlainString() + " to " + r[1].toPlainString()
                            + ") is on another scale than the items; a second instrument over the same files can use it");
                }
            }
            numeric = biggest;
        }
        if (!ordinal.isEmpty()) {
            Set<List<String>> known = new LinkedHashSet<>(ordinal.values());
            for (ColumnProfile c : candidates) {
                List<String> scale = ordinal.containsKey(c) || numeric.contains(c) || yesNo.contains(c) ? null : Ordinal.scaleOf(c, missing, known);
                if (scale != null) {
                    ordinal.put(c, scale);
                }
            }
            // header order, as the items of the other kinds
            Map<ColumnProfile, List<String>> ordered = new LinkedHashMap<>();
            for (ColumnProfile c : candidates) {
                if (ordinal.containsKey(c)) {
                    ordered.put(c, ordinal.get(c));
                }
            }
            ordinal = ordered;
        }
        if (numeric.isEmpty() && !ordinal.isEmpty()) {
            ordinalItems(d, ordinal, missing);
            return;
        }
        List<ColumnProfile> chosen = numeric.isEmpty() ? yesNo : numeric;
        if (chosen.isEmpty()) {
            return;
        }
        Set<String> usedCodes = new LinkedHashSet<>();
        for (ColumnProfile c : chosen) {
            for (String m : missing) {
                if (c.count(m) > 0) {
                    usedCodes.add(m);
                }
            }
        }
        d.missing.addAll(usedCodes);
        if (!usedCodes.isEmpty()) {
            d.missingNote = usedCodes.stream().map(m -> "'" + m + "' (" + chosen.stream().mapToInt(c -> c.count(m)).sum() + " cells)")
                    .collect(Collectors.joining(", ")) + " stand apart from the answers: read as no answer";
        }
        int comma = chosen.stream().mapToInt(c -> c.commaDecimals).sum();
        int point = chosen.stream().mapToInt(c -> c.pointDecimals).sum();
        if (comma > point) {
            d.decimal = ',';
            d.decimalNote = comma + " values such as 3,5 use ','" + (point > 0 ? "; " + point + " use '.' and will be rejected" : "");
        } else if (point > 0) {
            d.decimalNote = point + " values such as 3.5 use '.'" + (comma > 0 ? "; " + comma + " use ',' and will be rejected" : "");
        }
        BigDecimal min = null, max = null;
        for (ColumnProfile c : chosen) {
            BigDecimal[] r = c.range(Set.copyOf(d.missing));
            String label = c.labels.isEmpty() ? "" : shorten(c.labels.iterator().next()) + "; ";
            if (chosen == yesNo) {
                d.items.add(new DatasetDraft.Item(c.name, label + "yes/no: " + String.join(", ", c.counts.keySet())));
                continue;
            }
            min = min == null || r[0].compareTo(min) < 0 ? r[0] : min;
            max = max == null || r[1].compareTo(max) > 0 ? r[1] : max;
            d.items.add(new DatasetDraft.Item(c.name, label + "values " + r[0].toPlainString() + " to " + r[1].toPlainString()));
        }
        if (min != null) {
            d.scaleMin = min;
            d.scaleMax = max.compareTo(min) > 0 ? max : min.add(BigDecimal.ONE);
            d.scaleNote = "the observed range" + (max.compareTo(min) > 0 ? "" : " is one value; widened by one")
                    + ": TODO set the questionnaire's own scale";
        }
    }

    /** Answers in words of a known ordered scale (verdrietig, neutraal, blij): numbered in order, through values. */
    private static void ordinalItems(DatasetDraft d, Map<ColumnProfile, List<String>> ordinal, Set<String> missing) {
        int top = 0;
        Set<String> usedCodes = new LinkedHashSet<>();
        for (Map.Entry<ColumnProfile, List<String>> e : ordinal.entrySet()) {
            List<String> scale = e.getValue();
            Map<String, String> mapping = new LinkedHashMap<>();
            for (int i = 0; i < scale.size(); i++) {
                mapping.put(scale.get(i), String.valueOf(i + 1));
            }
            d.values.put(e.getKey().name, mapping);
            d.items.add(new DatasetDraft.Item(e.getKey().name, "words numbered in order: " + String.join(" < ", scale)));
            top = Math.max(top, scale.size());
            e.getKey().counts.keySet().stream().filter(v -> missing.contains(v) || ColumnProfile.TEXT_CODES.contains(v))
                    .forEach(usedCodes::add);
        }
        d.missing.addAll(usedCodes);
        if (!usedCodes.isEmpty()) {
            d.missingNote = usedCodes.stream().map(m -> "'" + m + "'").collect(Collectors.joining(", ")) + " read as no answer";
        }
        d.valueNotes.add("the answers are words of an ordered scale, numbered from 1 (guessed: check the order)");
        d.scaleMin = BigDecimal.ONE;
        d.scaleMax = BigDecimal.valueOf(top);
        d.scaleNote = "the words of the scale, numbered";
    }

    /** Kinds of scale: yes/no as 0-1, a short Likert scale (up to 7), a grade (up to 10), a percentage, anything larger. */
    private static int scaleClass(BigDecimal max) {
        for (int top : new int[] {1, 7, 10, 100}) {
            if (max.compareTo(BigDecimal.valueOf(top)) <= 0) {
                return top;
            }
        }
        return 1000;
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 60 ? one : one.substring(0, 57) + "...";
    }

    private static void kind(DatasetDraft d) {
        String s = d.group.stem();
        if (d.scaleMin == null) {
            d.kind = "checklist";
            d.kindWhy = "every item is yes/no";
        } else if (d.column("moment") != null) {
            d.kind = "outcome";
            d.kindWhy = "it has a pre/post column";
        } else if (s.contains("midi") || s.contains("determinant")) {
            d.kind = "determinants";
            d.kindWhy = "MIDI in the file name";
            if (d.scaleMax.subtract(d.scaleMin).compareTo(BigDecimal.valueOf(3)) >= 0 && d.scaleMin.scale() <= 0) {
                d.negative = List.of(d.scaleMin, d.scaleMin.add(BigDecimal.ONE));
                d.positive = List.of(d.scaleMax.subtract(BigDecimal.ONE), d.scaleMax);
            }
        } else if (s.contains("observ") || s.contains("kwaliteit") || s.contains("fidelity") || s.contains("quality")) {
            d.kind = "quality";
            d.kindWhy = "observation or quality in the file name";
        } else if (s.contains("tevreden") || s.contains("evaluatie") || s.contains("satisf") || s.contains("waardering")
                || s.contains("feedback") || s.contains("vragenlijst")) {
            d.kind = "responsiveness";
            d.kindWhy = "satisfaction or evaluation in the file name";
        } else {
            d.kind = "survey";
            d.kindWhy = "any other questionnaire";
        }
    }

    private static String uniqueId(String stem, Set<String> ids) {
        String base = stem.replaceAll("[^a-z0-9_]", "_").replaceAll("_+", "_").replaceAll("^_|_$", "");
        if (base.isEmpty()) {
            base = "vragenlijst";
        }
        String id = base;
        for (int n = 2; ids.contains(id); n++) {
            id = base + "_" + n;
        }
        ids.add(id);
        return id;
    }

    // ---------------------------------------------------------------------------------------------- intervention

    private void intervention() {
        DatasetDraft r = draft.registrations;
        if (r == null) {
            draft.code = "TODO";
            draft.codeNote = "TODO: no registrations export was found; add one and its columns below";
            return;
        }
        Map<String, ColumnProfile> p = profiles.get(r.group);
        String column = r.column("intervention");
        if (column == null) {
            draft.code = "TODO";
            draft.codeNote = "TODO: the intervention's code; no column holds it, so every registration counts as this intervention's";
        } else {
            List<Map.Entry<String, Integer>> values = p.get(column).byFrequency();
            String top = values.get(0).getKey();
            draft.code = top;
            for (Map.Entry<String, Integer> e : values.subList(1, values.size())) {
                if (initials(e.getKey()).equalsIgnoreCase(top) && top.length() < e.getKey().length()) {
                    draft.name = e.getKey();
                } else if (initials(top).equalsIgnoreCase(e.getKey())) {
                    draft.name = top;
                    draft.code = e.getKey();
                }
            }
            // rule 11: the cell matches the code or the name, ignoring case
            Predicate<String> ours = v -> v.equalsIgnoreCase(draft.code) || draft.name != null && v.equalsIgnoreCase(draft.name);
            int matching = values.stream().filter(e -> ours.test(e.getKey())).mapToInt(Map.Entry::getValue).sum();
            draft.codeNote = "the most frequent value of " + column + "; " + matching + " of " + p.get(column).filled + " rows name it";
            List<String> others = values.stream().map(Map.Entry::getKey).filter(ours.negate())
                    .map(v -> v + " (" + p.get(column).count(v) + ")").toList();
            if (!others.isEmpty()) {
                draft.codeNote += "; rows of " + String.join(", ", others) + " are skipped as another intervention's";
            }
        }
        if (r.dates != null && !r.dates.patterns().isEmpty()) {
            List<DatePattern> patterns = r.dates.patterns().stream().map(DatePattern::compile).toList();
            for (String v : p.get(r.column("registered_on")).counts.keySet()) {
                LocalDate day = DatePattern.parseAny(patterns, v);
                if (day != null) {
                    draft.firstRegistration = draft.firstRegistration == null || day.isBefore(draft.firstRegistration) ? day : draft.firstRegistration;
                    draft.lastRegistration = draft.lastRegistration == null || day.isAfter(draft.lastRegistration) ? day : draft.lastRegistration;
                }
            }
        }
        sessionsPlanned();
    }

    /** Capital initials of the words: "Psycho-educatie" gives PE, "Stoere Schildpadden" SS. */
    static String initials(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : s.split("[\\s\\-_]+")) {
            if (!w.isEmpty()) {
                b.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        return b.length() < 2 ? "\u0000" : b.toString();
    }

    /** The most frequent highest session number per traject, and the component codes seen, for the evaluator to check. */
    private void sessionsPlanned() {
        DatasetDraft s = draft.sessions;
        if (s == null) {
            draft.plannedNote = "TODO: the number of sessions the intervention plans";
            return;
        }
        Map<String, Long> highest = new HashMap<>();
        for (SniffedFile f : s.group.files()) {
            int t = f.column(s.column("traject_id"));
            int n = f.column(s.column("session_no"));
            if (t < 0 || n < 0) {
                continue;
            }
            for (List<String> row : f.rows()) {
                if (t < row.size() && n < row.size() && row.get(n).matches("[0-9]{1,6}")) {
                    highest.merge(row.get(t), Long.parseLong(row.get(n)), Math::max);
                }
            }
        }
        Map<Long, Long> freq = highest.values().stream().filter(v -> v >= 1).collect(Collectors.groupingBy(v -> v, Collectors.counting()));
        freq.entrySet().stream().max(Map.Entry.<Long, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .ifPresent(e -> {
                    draft.plannedSessions = (int) Math.min(1000, e.getKey());
                    draft.plannedNote = "TODO: check; " + e.getValue() + " of " + highest.size() + " trajects have " + e.getKey()
                            + " as their highest session number";
                });
        if (draft.plannedNote == null) {
            draft.plannedNote = "TODO: the number of sessions the intervention plans";
        }
        String components = s.column("components");
        if (components != null) {
            Map<String, Integer> codes = new LinkedHashMap<>();
            for (Map.Entry<String, Integer> e : profiles.get(s.group).get(components).counts.entrySet()) {
                for (String code : e.getKey().split(java.util.regex.Pattern.quote(s.componentsSeparator))) {
                    if (!code.strip().isEmpty()) {
                        codes.merge(code.strip(), e.getValue(), Integer::sum);
                    }
                }
            }
            codes.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(20).forEach(e -> draft.components.add(e.getKey()));
            if (!draft.components.isEmpty()) {
                draft.componentsNote = "TODO: keep the core ones; these are the codes seen in " + components + ", most frequent first";
            }
        }
    }
}
