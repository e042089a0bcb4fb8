package nl.procesevaluatie.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.attribute.BasicFileAttributes;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads a job file into a validated {@link JobFile}. Every problem is an {@link InvalidJobFileException}
 * naming the key path, thrown before anything is written.
 */
public final class JobFileReader {

    static final List<String> REGISTRATION_FIELDS = List.of("traject_id", "client_id", "intervention", "organisation",
            "municipality", "professional_id", "group_id", "referral_source", "registered_on", "started_on", "ended_on",
            "end_reason", "age", "gender");
    static final List<String> SESSION_FIELDS = List.of("traject_id", "session_no", "date", "held", "attended",
            "components", "duration_min");
    static final List<String> RESPONSE_FIELDS = List.of("respondent_id", "date", "traject_id", "organisation", "moment");
    static final Set<String> END_REASONS = Set.of("completed", "dropped_out", "not_started", "other");

    private static final Set<String> TOP_KEYS = Set.of("evaluation", "title", "language", "inbox", "output", "as_of",
            "implementation_start", "min_cell_size", "max_reject_share", "database", "intervention",
            "target_population", "budget", "datasets", "instruments", "goals", "strategies");
    private static final Set<String> FILE_KEYS = Set.of("files", "delimiter", "encoding", "date_format",
            "decimal_separator", "skip_rows_after_header", "missing_values", "columns", "values", "components_separator");
    private static final Set<String> INSTRUMENT_KEYS = union(FILE_KEYS, Set.of("id", "kind", "scale", "negative",
            "positive", "barrier_share", "items", "better"));

    /** A job file is a few kilobytes; 1 MB leaves ample room and keeps a huge or endless file from hanging the run. */
    public static final int MAX_BYTES = 1 << 20;
    /** A job file nests about six levels; a deeper one is a mistake or an attack on the recursive composer. */
    public static final int MAX_DEPTH = 50;

    public JobFile read(Path jobPath) {
        Path source = jobPath.toAbsolutePath().normalize();
        String yaml;
        try {
            // checked before opening: opening a FIFO or a device would block or never end
            BasicFileAttributes attributes = Files.readAttributes(source, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                throw new InvalidJobFileException("", source + ": not a regular file; a job file must be a plain YAML file");
            }
            if (attributes.size() > MAX_BYTES) {
                throw new InvalidJobFileException("", source + ": " + attributes.size() + " bytes, more than the 1 MB a job file may have");
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(source)) {
                bytes = in.readNBytes(MAX_BYTES + 1); // the file may have grown since
            }
            if (bytes.length > MAX_BYTES) {
                throw new InvalidJobFileException("", source + ": more than the 1 MB a job file may have");
            }
            yaml = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidJobFileException("", source + ": not readable as UTF-8; save the job file as UTF-8");
        } catch (IOException e) {
            throw new InvalidJobFileException("", source + ": cannot read the job file (" + e.getMessage() + ")");
        }
        return read(yaml, source);
    }

    /** Reads job-file text as if it were the file at {@code source} (relative paths resolve against its folder). */
    public JobFile read(String yaml, Path source) {
        source = source.toAbsolutePath().normalize();
        if (yaml.length() > MAX_BYTES) {
            throw new InvalidJobFileException("", "more than the 1 MB a job file may have");
        }
        LoadSettings settings = LoadSettings.builder().setLabel(source.getFileName().toString()).build();
        Node root;
        try {
            checkDepth(settings, yaml);
            root = new Compose(settings).composeString(yaml)
                    .orElseThrow(() -> new InvalidJobFileException("", "the job file is empty"));
        } catch (YamlEngineException e) {
            throw new InvalidJobFileException("", syntaxError(e));
        }
        RequiredKeys.check(root);
        return parse(source, new YamlNode("", root));
    }

    /** The parser keeps its own stack, so counting its events is safe where composing the tree would recurse. */
    private static void checkDepth(LoadSettings settings, String yaml) {
        int depth = 0;
        for (Event e : new Parse(settings).parseString(yaml)) {
            if (e instanceof MappingStartEvent || e instanceof SequenceStartEvent) {
                if (++depth > MAX_DEPTH) {
                    throw new InvalidJobFileException("", "nested deeper than " + MAX_DEPTH + " levels"
                            + e.getStartMark().map(m -> " at line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1)).orElse(""));
                }
            } else if (e instanceof CollectionEndEvent) {
                depth--;
            }
        }
    }

    /** A YAML syntax error as one line with its line and column, not the parser's multi-line snippet. */
    static String syntaxError(YamlEngineException e) {
        if (e instanceof MarkedYamlEngineException m && m.getProblemMark().isPresent()) {
            var mark = m.getProblemMark().get();
            String problem = m.getProblem() == null ? "" : m.getProblem().replace('\n', ' ').replaceAll(" +", " ").strip();
            String hint = problem.contains("\\t") || problem.toLowerCase(Locale.ROOT).contains("tab") ? "; indent with spaces, not tabs" : "";
            return "not valid YAML at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ": " + problem + hint;
        }
        return "not valid YAML: " + String.valueOf(e.getMessage()).replace('\n', ' ').replaceAll(" +", " ");
    }

    private JobFile parse(Path source, YamlNode rootNode) {
        Map<String, YamlNode> top = rootNode.mapping(TOP_KEYS);
        Path dir = source.getParent();
        String fileName = source.getFileName().toString();
        String evaluation = top.containsKey("evaluation") ? top.get("evaluation").nonEmptyText()
                : fileName.replaceFirst("\\.ya?ml$", "");
        String title = top.containsKey("title") ? top.get("title").text() : evaluation;
        String language = "nl";
        if (top.containsKey("language")) {
            language = top.get("language").text();
            if (!language.equals("nl") && !language.equals("en")) {
                throw top.get("language").invalid("'" + language + "' is not one of nl, en");
            }
        }
        Path inbox = dir.resolve(required(top, "inbox", rootNode).nonEmptyText()).normalize();
        if (!Files.isDirectory(inbox)) {
            throw top.get("inbox").invalid("folder " + inbox + " does not exist");
        }
        Path output = top.containsKey("output") ? dir.resolve(top.get("output").nonEmptyText()).normalize()
                : (dir.getParent() == null ? dir : dir.getParent()).resolve("reports").resolve(evaluation);
        LocalDate asOf = top.containsKey("as_of") ? top.get("as_of").date() : null;
        LocalDate implementationStart = top.containsKey("implementation_start") ? top.get("implementation_start").date() : null;
        int minCellSize = top.containsKey("min_cell_size") ? (int) Math.min(Integer.MAX_VALUE, top.get("min_cell_size").integer(1)) : 5;
        BigDecimal maxRejectShare = top.containsKey("max_reject_share") ? top.get("max_reject_share").number() : new BigDecimal("0.2");
        String database = top.containsKey("database") ? top.get("database").nonEmptyText() : null;
        Intervention intervention = intervention(required(top, "intervention", rootNode));
        TargetPopulation target = top.containsKey("target_population") ? targetPopulation(top.get("target_population")) : null;
        Budget budget = top.containsKey("budget") ? budget(top.get("budget")) : null;

        Map<String, YamlNode> datasets = required(top, "datasets", rootNode).mapping(Set.of("registrations", "sessions"));
        FileSettings registrations = fileSettings(required(datasets, "registrations", top.get("datasets")),
                datasets.get("registrations").mapping(FILE_KEYS), REGISTRATION_FIELDS,
                List.of("traject_id", "organisation", "registered_on"), Set.of("end_reason"), Set.of());
        FileSettings sessions = datasets.containsKey("sessions")
                ? fileSettings(datasets.get("sessions"), datasets.get("sessions").mapping(FILE_KEYS), SESSION_FIELDS,
                        List.of("traject_id", "session_no", "date", "attended"), Set.of("held", "attended"), Set.of())
                : null;
        List<Instrument> instruments = top.containsKey("instruments") ? instruments(top.get("instruments")) : List.of();
        List<Goal> goals = top.containsKey("goals") ? goals(top.get("goals"), instruments, implementationStart) : List.of();
        Strategies strategies = top.containsKey("strategies") ? strategies(top.get("strategies")) : null;
        return new JobFile(source, evaluation, title, language, inbox, output, asOf, implementationStart, minCellSize,
                maxRejectShare, database, intervention, target, budget, registrations, sessions, instruments, goals, strategies);
    }

    /** {@code strategies: {replace: false, items: [{barrier, type, text, source}]}}: suggestions for the report only. */
    private static Strategies strategies(YamlNode node) {
        Map<String, YamlNode> m = node.mapping(Set.of("replace", "items"));
        boolean replace = m.containsKey("replace") && m.get("replace").bool();
        List<Strategies.Strategy> items = new ArrayList<>();
        YamlNode itemsNode = required(m, "items", node);
        for (YamlNode s : itemsNode.list()) {
            Map<String, YamlNode> sm = s.mapping(Set.of("barrier", "type", "text", "source"));
            String barrier = required(sm, "barrier", s).nonEmptyText();
            Strategies.Type type = required(sm, "type", s).oneOf(Strategies.Type.class);
            String text = required(sm, "text", s).nonEmptyText();
            String source = sm.containsKey("source") ? sm.get("source").nonEmptyText() : null;
            items.add(new Strategies.Strategy(barrier, type, text, source));
        }
        if (replace && items.isEmpty()) {
            throw itemsNode.invalid("replacing the built-in catalogue needs at least one strategy");
        }
        return new Strategies(replace, List.copyOf(items));
    }

    private static YamlNode required(Map<String, YamlNode> map, String key, YamlNode parent) {
        YamlNode n = map.get(key);
        if (n == null) {
            throw new InvalidJobFileException(parent.child(key), "required key is missing");
        }
        return n;
    }

    private Intervention intervention(YamlNode node) {
        Map<String, YamlNode> m = node.mapping(Set.of("code", "name", "planned_sessions", "min_dose", "core_components"));
        String code = required(m, "code", node).nonEmptyText();
        String name = m.containsKey("name") ? m.get("name").text() : null;
        int planned = (int) Math.min(Integer.MAX_VALUE, required(m, "planned_sessions", node).integer(1));
        BigDecimal minDose = m.containsKey("min_dose") ? m.get("min_dose").number() : BigDecimal.ONE;
        List<String> components = new ArrayList<>();
        Map<String, String> labels = new LinkedHashMap<>();
        if (m.containsKey("core_components")) {
            for (YamlNode c : m.get("core_components").list()) {
                // a code, or {code: uitleg_stress, label: Uitleg over stress} for the report's text
                YamlNode codeNode = c;
                if (c.isMapping()) {
                    Map<String, YamlNode> cm = c.mapping(Set.of("code", "label"));
                    codeNode = required(cm, "code", c);
                    if (cm.containsKey("label")) {
                        labels.put(codeNode.nonEmptyText(), cm.get("label").nonEmptyText());
                    }
                }
                String code1 = codeNode.nonEmptyText();
                if (components.contains(code1)) {
                    throw codeNode.invalid("core component '" + code1 + "' is listed twice");
                }
                components.add(code1);
            }
        }
        return new Intervention(code, name, planned, minDose, List.copyOf(components), Map.copyOf(labels));
    }

    private TargetPopulation targetPopulation(YamlNode node) {
        if (node.isMapping()) {
            Map<String, BigDecimal> per = new LinkedHashMap<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (Map.Entry<String, YamlNode> e : node.mapping(null).entrySet()) {
                BigDecimal v = e.getValue().number();
                per.put(e.getKey(), v);
                sum = sum.add(v);
            }
            return new TargetPopulation(sum, per);
        }
        return new TargetPopulation(node.number(), null);
    }

    private Budget budget(YamlNode node) {
        Map<String, YamlNode> m = node.mapping(Set.of("fixed", "per_session"));
        return new Budget(m.containsKey("fixed") ? m.get("fixed").number() : BigDecimal.ZERO,
                m.containsKey("per_session") ? m.get("per_session").number() : BigDecimal.ZERO);
    }

    private FileSettings fileSettings(YamlNode node, Map<String, YamlNode> m, List<String> fields, List<String> requiredFields,
            Set<String> valueFields, Set<String> itemColumns) {
        String files = required(m, "files", node).nonEmptyText();
        Character delimiter = m.containsKey("delimiter") ? delimiter(m.get("delimiter")) : null;
        Charset encoding = m.containsKey("encoding") ? encoding(m.get("encoding")) : StandardCharsets.UTF_8;
        List<DatePattern> patterns = new ArrayList<>();
        if (m.containsKey("date_format")) {
            YamlNode df = m.get("date_format");
            List<YamlNode> list = df.isList() ? df.list() : List.of(df);
            for (YamlNode p : list) {
                try {
                    patterns.add(DatePattern.compile(p.nonEmptyText()));
                } catch (IllegalArgumentException e) {
                    throw df.invalid(e.getMessage());
                }
            }
            if (patterns.isEmpty()) {
                throw df.invalid("needs at least one pattern");
            }
        } else {
            patterns.add(DatePattern.ISO);
        }
        char decimal = '.';
        if (m.containsKey("decimal_separator")) {
            String d = m.get("decimal_separator").text();
            if (!d.equals(".") && !d.equals(",")) {
                throw m.get("decimal_separator").invalid("'" + d + "' is not one of '.', ','");
            }
            decimal = d.charAt(0);
        }
        int skip = m.containsKey("skip_rows_after_header")
                ? (int) Math.min(Integer.MAX_VALUE, m.get("skip_rows_after_header").integer(0)) : 0;
        Set<String> missing = new LinkedHashSet<>();
        if (m.containsKey("missing_values")) {
            YamlNode mv = m.get("missing_values");
            for (YamlNode v : mv.isList() ? mv.list() : List.of(mv)) {
                missing.add(v.text());
            }
        }
        YamlNode columnsNode = required(m, "columns", node);
        Map<String, String> columns = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> e : columnsNode.mapping(new HashSet<>(fields)).entrySet()) {
            columns.put(e.getKey(), e.getValue().nonEmptyText());
        }
        for (String f : requiredFields) {
            if (!columns.containsKey(f)) {
                throw new InvalidJobFileException(columnsNode.child(f), "required key is missing");
            }
        }
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        if (m.containsKey("values")) {
            Set<String> allowed = union(valueFields, itemColumns);
            for (Map.Entry<String, YamlNode> e : m.get("values").mapping(allowed).entrySet()) {
                Map<String, String> labels = new LinkedHashMap<>();
                for (Map.Entry<String, YamlNode> l : e.getValue().mapping(null).entrySet()) {
                    labels.put(l.getKey(), mappedValue(e.getKey(), l.getValue(), itemColumns));
                }
                values.put(e.getKey(), labels);
            }
        }
        String separator = "|";
        if (m.containsKey("components_separator")) {
            YamlNode s = m.get("components_separator");
            separator = s.node instanceof ScalarNode sc ? sc.getValue() : s.text();
            if (separator.isEmpty()) {
                throw s.invalid("must not be empty");
            }
        }
        return new FileSettings(files, delimiter, encoding, List.copyOf(patterns), decimal, skip, missing, columns,
                values, separator, node.path);
    }

    /** Mapped values are checked here so a typo fails before a row is read; stored as canonical text. */
    private String mappedValue(String field, YamlNode value, Set<String> itemColumns) {
        switch (field) {
            case "end_reason" -> {
                String v = value.text().toLowerCase(Locale.ROOT);
                if (!END_REASONS.contains(v)) {
                    throw value.invalid("'" + value.text() + "' is not one of completed, dropped_out, not_started, other");
                }
                return v;
            }
            case "held", "attended" -> {
                return Boolean.toString(value.bool());
            }
            case "moment" -> {
                String v = value.text().toLowerCase(Locale.ROOT);
                if (!v.equals("pre") && !v.equals("post")) {
                    throw value.invalid("'" + value.text() + "' is not one of pre, post");
                }
                return v;
            }
            default -> {
                // an item column: a number, or true/false for checklist items
                if (value.node instanceof ScalarNode s && s.isPlain() && (s.getValue().equals("true") || s.getValue().equals("false"))) {
                    return s.getValue();
                }
                return value.number().toPlainString();
            }
        }
    }

    private static Character delimiter(YamlNode node) {
        String raw = node.node instanceof ScalarNode s ? s.getValue() : node.text();
        if (raw.equals("\t")) {
            return '\t';
        }
        String t = raw.strip();
        return switch (t) {
            case ";" -> ';';
            case "," -> ',';
            case "|" -> '|';
            case "tab", "\\t" -> '\t';
            default -> throw node.invalid("'" + t + "' is not one of ';', ',', '|', tab");
        };
    }

    private static Charset encoding(YamlNode node) {
        String t = node.text().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (t) {
            case "utf-8", "utf8" -> StandardCharsets.UTF_8;
            case "windows-1252", "windows1252", "cp1252" -> Charset.forName("windows-1252");
            default -> throw node.invalid("'" + node.text() + "' is not one of UTF-8, windows-1252");
        };
    }

    private List<Instrument> instruments(YamlNode node) {
        List<Instrument> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<String, String> determinantOwner = new HashMap<>();
        for (YamlNode in : node.list()) {
            Map<String, YamlNode> m = in.mapping(INSTRUMENT_KEYS);
            YamlNode idNode = required(m, "id", in);
            String id = idNode.nonEmptyText();
            if (id.equals("registrations") || id.equals("sessions")) {
                throw idNode.invalid("'" + id + "' is reserved for a dataset");
            }
            if (!ids.add(id)) {
                throw idNode.invalid("instrument id '" + id + "' is used twice");
            }
            Instrument.Kind kind = required(m, "kind", in).oneOf(Instrument.Kind.class);
            BigDecimal min = null, max = null;
            if (m.containsKey("scale")) {
                List<YamlNode> scale = m.get("scale").list();
                if (scale.size() != 2) {
                    throw m.get("scale").invalid("expected [min, max]");
                }
                min = scale.get(0).number();
                max = scale.get(1).number();
                if (min.compareTo(max) >= 0) {
                    throw m.get("scale").invalid("min must be below max");
                }
            } else if (kind != Instrument.Kind.checklist && kind != Instrument.Kind.survey) {
                throw new InvalidJobFileException(in.child("scale"), "required key is missing for kind " + kind);
            }
            List<BigDecimal> negative = numbers(m.get("negative"));
            List<BigDecimal> positive = numbers(m.get("positive"));
            BigDecimal barrier = m.containsKey("barrier_share") ? m.get("barrier_share").number() : new BigDecimal("0.20");
            YamlNode itemsNode = required(m, "items", in);
            List<Instrument.Item> items = new ArrayList<>();
            Set<String> columns = new LinkedHashSet<>();
            for (YamlNode itemNode : itemsNode.list()) {
                Map<String, YamlNode> im = itemNode.mapping(Set.of("column", "determinant", "category", "reverse", "label"));
                YamlNode col = required(im, "column", itemNode);
                String column = col.nonEmptyText();
                if (!columns.add(column)) {
                    throw col.invalid("item column '" + column + "' is listed twice");
                }
                String determinant = im.containsKey("determinant") ? im.get("determinant").nonEmptyText() : null;
                if (determinant != null && kind == Instrument.Kind.determinants) {
                    String owner = determinantOwner.putIfAbsent(determinant, id);
                    if (owner != null && !owner.equals(id)) {
                        throw im.get("determinant").invalid("determinant '" + determinant + "' is already used by instrument '" + owner + "'");
                    }
                }
                Instrument.Category category = im.containsKey("category") ? im.get("category").oneOf(Instrument.Category.class) : null;
                boolean reverse = im.containsKey("reverse") && im.get("reverse").bool();
                if (reverse && min == null && kind != Instrument.Kind.checklist) {
                    throw new InvalidJobFileException(in.child("scale"), "required key is missing for reverse-coded items");
                }
                String label = im.containsKey("label") ? im.get("label").nonEmptyText() : null;
                if (label != null && determinant == null) {
                    throw im.get("label").invalid("a label names the item's determinant; this item has none");
                }
                items.add(new Instrument.Item(column, determinant, category, reverse, label));
            }
            if (items.isEmpty()) {
                throw itemsNode.invalid("needs at least one item");
            }
            List<String> required = kind == Instrument.Kind.outcome ? List.of("respondent_id", "date", "moment")
                    : List.of("respondent_id", "date");
            FileSettings file = fileSettings(in, m, RESPONSE_FIELDS, required, Set.of("moment"), columns);
            Instrument.Better better = null;
            if (m.containsKey("better")) {
                if (kind != Instrument.Kind.outcome) {
                    throw m.get("better").invalid("only an outcome instrument says whether lower or higher is better");
                }
                better = m.get("better").oneOf(Instrument.Better.class);
            }
            out.add(new Instrument(id, kind, file, min, max, negative, positive, barrier, List.copyOf(items), better));
        }
        return List.copyOf(out);
    }

    private static List<BigDecimal> numbers(YamlNode node) {
        if (node == null) {
            return List.of();
        }
        List<BigDecimal> out = new ArrayList<>();
        for (YamlNode n : node.list()) {
            out.add(n.number());
        }
        return List.copyOf(out);
    }

    private List<Goal> goals(YamlNode node, List<Instrument> instruments, LocalDate implementationStart) {
        Set<String> instrumentIds = new HashSet<>();
        instruments.forEach(i -> instrumentIds.add(i.id()));
        List<Goal> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<String, YamlNode> idNodes = new HashMap<>();
        for (YamlNode g : node.list()) {
            Map<String, YamlNode> m = g.mapping(Set.of("id", "title", "population", "instrument", "min_share", "window",
                    "criterion", "target"));
            YamlNode idNode = required(m, "id", g);
            String id = idNode.nonEmptyText();
            if (!ids.add(id)) {
                throw idNode.invalid("goal id '" + id + "' is used twice");
            }
            idNodes.put(id, idNode);
            String title = m.containsKey("title") ? m.get("title").text() : null;
            Goal.Population population = m.containsKey("population") ? m.get("population").oneOf(Goal.Population.class)
                    : Goal.Population.trajects;
            String instrument = null;
            if (m.containsKey("instrument")) {
                instrument = m.get("instrument").nonEmptyText();
                if (!instrumentIds.contains(instrument)) {
                    throw m.get("instrument").invalid("no instrument '" + instrument + "' is defined");
                }
            } else if (population == Goal.Population.respondents) {
                throw new InvalidJobFileException(g.child("instrument"), "required key is missing for population respondents");
            }
            BigDecimal minShare = m.containsKey("min_share") ? m.get("min_share").number() : BigDecimal.ONE;
            Window window = null;
            if (m.containsKey("window")) {
                if (population == Goal.Population.respondents) {
                    throw m.get("window").invalid("a respondents goal has no window");
                }
                window = window(m.get("window"), implementationStart);
            }
            YamlNode criterionNode = required(m, "criterion", g);
            List<Criterion> criteria = new ArrayList<>();
            BigDecimal scoreAtLeast = null;
            if (population == Goal.Population.respondents) {
                Map<String, YamlNode> cm = criterionNode.mapping(Set.of("score_at_least"));
                scoreAtLeast = required(cm, "score_at_least", criterionNode).number();
            } else {
                List<YamlNode> parts = criterionNode.isList() ? criterionNode.list() : List.of(criterionNode);
                for (YamlNode part : parts) {
                    for (Map.Entry<String, YamlNode> e : part.mapping(CRITERIA).entrySet()) {
                        criteria.add(criterion(e.getKey(), e.getValue(), instrumentIds));
                    }
                }
                if (criteria.isEmpty()) {
                    throw criterionNode.invalid("needs at least one criterion");
                }
            }
            BigDecimal target = required(m, "target", g).number();
            out.add(new Goal(id, title, population, instrument, minShare, window, List.copyOf(criteria), scoreAtLeast, target));
        }
        // Rule 60: goal.<id>.reachable rows would collide with a goal named <id>.reachable.
        for (Goal g : out) {
            String suffix = ".reachable";
            if (g.id().endsWith(suffix) && ids.contains(g.id().substring(0, g.id().length() - suffix.length()))) {
                throw idNodes.get(g.id()).invalid("goal id '" + g.id() + "' collides with the reachable rows of goal '"
                        + g.id().substring(0, g.id().length() - suffix.length()) + "'");
            }
        }
        return List.copyOf(out);
    }

    private static final Set<String> CRITERIA = Set.of("started_within", "completed_within", "component_delivered",
            "components_delivered", "attended_at_least", "response");

    private static Window window(YamlNode node, LocalDate implementationStart) {
        Map<String, YamlNode> m = node.mapping(Set.of("from", "months", "days"));
        LocalDate from;
        YamlNode fromNode = m.get("from");
        if (fromNode == null || fromNode.text().equals("implementation_start")) {
            if (implementationStart == null) {
                throw new InvalidJobFileException(node.child("from"), "implementation_start is not set in the job file");
            }
            from = implementationStart;
        } else {
            from = fromNode.date();
        }
        return new Window(from, span(node, m));
    }

    private static Span span(YamlNode node, Map<String, YamlNode> m) {
        boolean months = m.containsKey("months");
        boolean days = m.containsKey("days");
        if (months == days) {
            throw node.invalid("needs exactly one of months and days");
        }
        return months ? new Span(true, m.get("months").integer(0)) : new Span(false, m.get("days").integer(0));
    }

    private static Criterion criterion(String key, YamlNode node, Set<String> instrumentIds) {
        switch (key) {
            case "started_within" -> {
                return new Criterion.StartedWithin(span(node, node.mapping(Set.of("months", "days"))));
            }
            case "completed_within" -> {
                return new Criterion.CompletedWithin(span(node, node.mapping(Set.of("months", "days"))));
            }
            case "component_delivered" -> {
                Map<String, YamlNode> m = node.mapping(Set.of("component", "within_sessions"));
                return new Criterion.ComponentDelivered(required(m, "component", node).nonEmptyText(),
                        m.containsKey("within_sessions") ? m.get("within_sessions").integer(0) : null);
            }
            case "components_delivered" -> {
                Map<String, YamlNode> m = node.mapping(Set.of("all", "within_sessions"));
                List<String> all = new ArrayList<>();
                for (YamlNode c : required(m, "all", node).list()) {
                    all.add(c.nonEmptyText());
                }
                return new Criterion.ComponentsDelivered(List.copyOf(all),
                        m.containsKey("within_sessions") ? m.get("within_sessions").integer(0) : null);
            }
            case "attended_at_least" -> {
                Map<String, YamlNode> m = node.mapping(Set.of("sessions", "share"));
                if (m.containsKey("sessions") == m.containsKey("share")) {
                    throw node.invalid("needs exactly one of sessions and share");
                }
                return m.containsKey("sessions") ? new Criterion.AttendedAtLeast(m.get("sessions").integer(0), null)
                        : new Criterion.AttendedAtLeast(null, m.get("share").number());
            }
            case "response" -> {
                Map<String, YamlNode> m = node.mapping(Set.of("instrument", "score_at_least"));
                String instrument = required(m, "instrument", node).nonEmptyText();
                if (!instrumentIds.contains(instrument)) {
                    throw m.get("instrument").invalid("no instrument '" + instrument + "' is defined");
                }
                return new Criterion.Response(instrument, required(m, "score_at_least", node).number());
            }
            default -> throw new InvalidJobFileException(node.path, "unknown key");
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> s = new HashSet<>(a);
        s.addAll(b);
        return s;
    }
}
