package nl.procesevaluatie.job;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A YAML node with its key path, read by the rules of details.md rule 15: every scalar is its source
 * text; booleans, numbers, integers and dates are checked against their own grammar, never YAML 1.1's.
 */
final class YamlNode {
    private static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Set<String> NULLS = Set.of("", "null", "Null", "NULL", "~");
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    final String path;
    final Node node;

    YamlNode(String path, Node node) {
        this.path = path;
        this.node = node;
    }

    InvalidJobFileException invalid(String problem) {
        return new InvalidJobFileException(path, problem);
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.isPlain() && NULLS.contains(s.getValue());
    }

    /** Where a node starts, for a message: " at line 3, column 5" (both from 1), or "" when unknown. */
    static String at(Node n) {
        return n.getStartMark().map(m -> " at line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1)).orElse("");
    }

    String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** The entries of a mapping, in order, after checking duplicates and allowed keys; null values dropped. */
    Map<String, YamlNode> mapping(Set<String> allowed) {
        if (!(node instanceof MappingNode m)) {
            throw invalid("expected a mapping");
        }
        Map<String, YamlNode> out = new LinkedHashMap<>();
        Set<String> seen = new java.util.HashSet<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                throw invalid("a key must be text");
            }
            String key = trim(k.getValue());
            String keyPath = child(key);
            if (!seen.add(key)) {
                throw new InvalidJobFileException(keyPath, "key written twice" + at(k));
            }
            if (allowed != null && !allowed.contains(key)) {
                String near = Suggest.closest(key, allowed);
                throw new InvalidJobFileException(keyPath, "unknown key" + at(k) + (near == null ? "" : "; did you mean '" + near + "'?"));
            }
            if (!isNull(t.getValueNode())) {
                out.put(key, new YamlNode(keyPath, t.getValueNode()));
            }
        }
        return out;
    }

    List<YamlNode> list() {
        if (!(node instanceof SequenceNode s)) {
            throw invalid("expected a list");
        }
        List<YamlNode> out = new ArrayList<>();
        for (int i = 0; i < s.getValue().size(); i++) {
            Node n = s.getValue().get(i);
            if (!isNull(n)) {
                out.add(new YamlNode(path + "[" + i + "]", n));
            }
        }
        return out;
    }

    boolean isList() {
        return node instanceof SequenceNode;
    }

    boolean isMapping() {
        return node instanceof MappingNode;
    }

    String text() {
        if (!(node instanceof ScalarNode s)) {
            throw invalid("expected a text value");
        }
        return trim(s.getValue());
    }

    String nonEmptyText() {
        String t = text();
        if (t.isEmpty()) {
            throw invalid("must not be empty");
        }
        return t;
    }

    BigDecimal number() {
        String t = text();
        if (!NUMBER.matcher(t).matches()) {
            throw invalid("'" + t + "' is not a number");
        }
        return new BigDecimal(t);
    }

    long integer(long min) {
        String t = text();
        if (!INTEGER.matcher(t).matches()) {
            throw invalid("'" + t + "' is not an integer");
        }
        long v;
        try {
            v = Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw invalid("'" + t + "' is out of range");
        }
        if (v < min) {
            throw invalid("must be at least " + min);
        }
        return v;
    }

    boolean bool() {
        if (node instanceof ScalarNode s && s.isPlain() && (s.getValue().equals("true") || s.getValue().equals("false"))) {
            return s.getValue().equals("true");
        }
        throw invalid("expected true or false");
    }

    LocalDate date() {
        String t = text();
        try {
            return LocalDate.parse(t, ISO_DATE);
        } catch (DateTimeParseException e) {
            throw invalid("'" + t + "' is not a date in yyyy-MM-dd");
        }
    }

    /** Job-file texts are trimmed like cells (details.md rule 6): space, tab, CR, LF and no-break space only. */
    static String trim(String s) {
        int b = 0, e = s.length();
        while (b < e && " \t\r\n\u00A0".indexOf(s.charAt(b)) >= 0) {
            b++;
        }
        while (e > b && " \t\r\n\u00A0".indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        return s.substring(b, e);
    }

    <E extends Enum<E>> E oneOf(Class<E> type) {
        String t = text();
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(t)) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name());
        }
        throw invalid("'" + t + "' is not one of " + String.join(", ", names));
    }
}
