package nl.procesevaluatie.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Every required key that is missing, found in one walk before the file is read key by key: a user who
 * writes a job by hand should learn all of them in one run, not one per run. Parts of the file that
 * are not of their expected shape are passed over here; the reader reports them.
 */
final class RequiredKeys {
    private static final Set<String> SCALED_KINDS = Set.of("determinants", "quality", "responsiveness", "outcome");

    private final List<String> missing = new ArrayList<>();

    private RequiredKeys() {}

    /** Throws one {@link InvalidJobFileException} naming every missing required key, or returns. */
    static void check(Node root) {
        RequiredKeys r = new RequiredKeys();
        r.top(root);
        if (r.missing.size() == 1) {
            String m = r.missing.get(0);
            int qualifier = m.indexOf(" (");
            String path = qualifier < 0 ? m : m.substring(0, qualifier);
            String why = qualifier < 0 ? "" : " " + m.substring(qualifier + 2, m.length() - 1);
            throw new InvalidJobFileException(path, "required key is missing" + why);
        }
        if (r.missing.size() > 1) {
            throw new InvalidJobFileException("", r.missing.size() + " required keys are missing: " + String.join(", ", r.missing));
        }
    }

    private void top(Node root) {
        MappingNode m = mapping(root);
        if (m == null) {
            return;
        }
        need(m, "", "inbox", "intervention", "datasets");
        MappingNode intervention = mapping(get(m, "intervention"));
        if (intervention != null) {
            need(intervention, "intervention", "code", "planned_sessions");
        }
        MappingNode datasets = mapping(get(m, "datasets"));
        if (datasets != null) {
            need(datasets, "datasets", "registrations");
            fileSettings(get(datasets, "registrations"), "datasets.registrations", List.of("traject_id", "organisation", "registered_on"), null);
            fileSettings(get(datasets, "sessions"), "datasets.sessions", List.of("traject_id", "session_no", "date", "attended"), null);
        }
        if (get(m, "instruments") instanceof SequenceNode s) {
            for (int i = 0; i < s.getValue().size(); i++) {
                instrument(s.getValue().get(i), "instruments[" + i + "]");
            }
        }
        if (get(m, "goals") instanceof SequenceNode s) {
            for (int i = 0; i < s.getValue().size(); i++) {
                MappingNode g = mapping(s.getValue().get(i));
                if (g != null) {
                    String path = "goals[" + i + "]";
                    need(g, path, "id", "criterion", "target");
                    if ("respondents".equals(text(get(g, "population"))) && get(g, "instrument") == null) {
                        missing.add(path + ".instrument (for population respondents)");
                    }
                }
            }
        }
    }

    private void instrument(Node node, String path) {
        MappingNode m = mapping(node);
        if (m == null) {
            return;
        }
        need(m, path, "id", "kind");
        String kind = text(get(m, "kind"));
        if (kind != null && SCALED_KINDS.contains(kind) && get(m, "scale") == null) {
            missing.add(path + ".scale (for kind " + kind + ")");
        }
        List<String> columns = "outcome".equals(kind) ? List.of("respondent_id", "date", "moment") : List.of("respondent_id", "date");
        fileSettings(node, path, columns, "items");
        if (get(m, "items") instanceof SequenceNode items) {
            for (int i = 0; i < items.getValue().size(); i++) {
                MappingNode item = mapping(items.getValue().get(i));
                if (item != null) {
                    need(item, path + ".items[" + i + "]", "column");
                }
            }
        }
    }

    private void fileSettings(Node node, String path, List<String> requiredColumns, String alsoRequired) {
        MappingNode m = mapping(node);
        if (m == null) {
            return;
        }
        need(m, path, "files", "columns");
        if (alsoRequired != null) {
            need(m, path, alsoRequired);
        }
        MappingNode columns = mapping(get(m, "columns"));
        if (columns != null) {
            need(columns, path + ".columns", requiredColumns.toArray(String[]::new));
        }
    }

    private void need(MappingNode m, String path, String... keys) {
        for (String k : keys) {
            if (get(m, k) == null) {
                missing.add(path.isEmpty() ? k : path + "." + k);
            }
        }
    }

    /** The value of a key, or null when absent or null (details.md rule 15: null counts as absent). */
    private static Node get(MappingNode m, String key) {
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && YamlNode.trim(k.getValue()).equals(key)) {
                return YamlNode.isNull(t.getValueNode()) ? null : t.getValueNode();
            }
        }
        return null;
    }

    private static MappingNode mapping(Node n) {
        return n instanceof MappingNode m ? m : null;
    }

    private static String text(Node n) {
        return n instanceof ScalarNode s ? YamlNode.trim(s.getValue()) : null;
    }
}
