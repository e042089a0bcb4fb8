package nl.procesevaluatie.report;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Makes the SVG that XChart writes (through VectorGraphics2D) fit to be put unescaped into the page.
 * <ul>
 * <li>It is parsed as XML and written out again element by element: only drawing elements and
 * attributes on an allow list survive (no script, no foreignObject, no links, no event handlers, no
 * external references), and every text and attribute value is escaped on the way out, so a label such as
 * {@code <script>} can only ever be text.</li>
 * <li>Ids get the chart's prefix, so that many charts in one page do not share clip paths.</li>
 * <li>Coordinates are rounded to one decimal: XChart draws every label as glyph outlines with long
 * fractions, and this halves the size of the page.</li>
 * <li>The root gets {@code role="img"}, a {@code <title>} and a {@code <desc>} with the chart's title and
 * text alternative.</li>
 * </ul>
 */
final class SvgCleaner {
    static final String SVG_NS = "http://www.w3.org/2000/svg";

    private static final Set<String> ELEMENTS = Set.of("svg", "g", "defs", "clipPath", "path", "rect", "line", "polyline",
            "polygon", "circle", "ellipse", "text", "tspan", "title", "desc");
    private static final Set<String> ATTRIBUTES = Set.of("d", "x", "y", "x1", "y1", "x2", "y2", "width", "height", "rx", "ry",
            "cx", "cy", "r", "points", "transform", "style", "id", "clip-path", "viewBox", "fill", "stroke", "stroke-width",
            "opacity", "fill-opacity", "stroke-opacity", "clipPathUnits", "font-family", "font-size", "font-weight",
            "text-anchor", "dx", "dy");
    private static final Set<String> NUMERIC = Set.of("d", "x", "y", "x1", "y1", "x2", "y2", "width", "height", "rx", "ry",
            "cx", "cy", "r", "points", "transform", "dx", "dy");
    /** Style and presentation values: declarations of letters, digits, a few signs, and local url(#id). */
    private static final Pattern SAFE_STYLE = Pattern.compile("[A-Za-z0-9#.,:;%()\\- ]*");
    private static final Pattern URL = Pattern.compile("url\\(([^)]*)\\)");
    private static final Pattern NUMBER = Pattern.compile("-?(?:\\d+\\.\\d*|\\.\\d+|\\d+)(?:[eE][-+]?\\d+)?");

    private SvgCleaner() {}

    /**
     * The cleaned SVG element as text (no XML declaration or doctype), ready to be placed in HTML.
     *
     * @param prefix a prefix for every id, unique within the page ([A-Za-z0-9-] only)
     */
    static String clean(String svg, String prefix, String title, String description) {
        Document doc = parse(svg);
        Element root = doc.getDocumentElement();
        if (!"svg".equals(local(root))) {
            throw new IllegalArgumentException("not an SVG document");
        }
        Map<String, String> ids = new HashMap<>();
        collectIds(root, prefix, ids);
        StringBuilder out = new StringBuilder(svg.length() / 2);
        out.append("<svg xmlns=\"").append(SVG_NS).append('"');
        String viewBox = root.getAttribute("viewBox");
        String width = number(root.getAttribute("width").replace("px", ""));
        String height = number(root.getAttribute("height").replace("px", ""));
        attr(out, "width", width);
        attr(out, "height", height);
        attr(out, "viewBox", viewBox.isEmpty() ? "0 0 " + width + " " + height : round(viewBox));
        attr(out, "role", "img");
        attr(out, "aria-labelledby", prefix + "-title " + prefix + "-desc");
        attr(out, "class", "chart-svg");
        out.append('>');
        out.append("<title id=\"").append(prefix).append("-title\">").append(escape(Text.clean(title))).append("</title>");
        out.append("<desc id=\"").append(prefix).append("-desc\">").append(escape(Text.clean(description))).append("</desc>");
        writeChildren(root, out, ids);
        out.append("</svg>");
        return out.toString();
    }

    private static Document parse(String svg) {
        // The doctype names an external DTD: drop it (and the declaration), then refuse any doctype at all.
        String body = svg.replaceFirst("^\\s*<\\?xml[^>]*\\?>", "").replaceFirst("^\\s*<!DOCTYPE[^>]*>", "");
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            f.setXIncludeAware(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new InputSource(new StringReader(body)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("chart SVG is not well-formed: " + e.getMessage(), e);
        }
    }

    private static void collectIds(Element e, String prefix, Map<String, String> ids) {
        String id = e.getAttribute("id");
        if (!id.isEmpty()) {
            ids.put(id, prefix + "-c" + ids.size());
        }
        NodeList children = e.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element c) {
                collectIds(c, prefix, ids);
            }
        }
    }

    private static void writeChildren(Element parent, StringBuilder out, Map<String, String> ids) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node n = children.item(i);
            if (n instanceof Element e) {
                write(e, out, ids);
            } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                String t = n.getNodeValue();
                if (!t.isBlank() && isTextContainer(parent)) {
                    out.append(escape(Text.clean(t)));
                }
            }
        }
    }

    private static boolean isTextContainer(Element e) {
        String name = local(e);
        return name.equals("text") || name.equals("tspan") || name.equals("title") || name.equals("desc");
    }

    private static void write(Element e, StringBuilder out, Map<String, String> ids) {
        String name = local(e);
        if (!ELEMENTS.contains(name) || name.equals("svg") || !isSvgNamespace(e)) {
            return; // dropped with everything inside it
        }
        if (name.equals("path") && isEmptyArea(e.getAttribute("d"), e.getAttribute("style"))) {
            return; // a filled shape without area (a bar of length 0) draws nothing
        }
        out.append('<').append(name);
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Node a = attrs.item(i);
            String an = a.getNodeName();
            if (!ATTRIBUTES.contains(an)) {
                continue;
            }
            String v = a.getNodeValue();
            if (an.equals("id")) {
                v = ids.get(v);
            } else if (an.equals("d")) {
                v = compactPath(round(v));
            } else if (NUMERIC.contains(an)) {
                v = round(v);
            } else {
                v = relink(v, ids);
                if (v == null) {
                    continue;
                }
            }
            attr(out, an, v);
        }
        if (!e.hasChildNodes()) {
            out.append("/>");
            return;
        }
        out.append('>');
        writeChildren(e, out, ids);
        out.append("</").append(name).append('>');
    }

    private static final Pattern PATH_TOKEN = Pattern.compile("[A-Za-z]|-?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");

    /**
     * Path data in its shortest usual form: a command letter only where it changes (SVG repeats the
     * previous command for further coordinates), and no separator before a minus sign.
     */
    static String compactPath(String d) {
        Matcher m = PATH_TOKEN.matcher(d);
        StringBuilder sb = new StringBuilder(d.length());
        char last = 0;
        while (m.find()) {
            String t = m.group();
            char c = t.charAt(0);
            if (Character.isLetter(c)) {
                if (c != last || c == 'M' || c == 'm' || c == 'Z' || c == 'z') {
                    sb.append(c);
                }
                last = c;
            } else {
                char prev = sb.isEmpty() ? 0 : sb.charAt(sb.length() - 1);
                if (c != '-' && (Character.isDigit(prev) || prev == '.')) {
                    sb.append(' ');
                }
                sb.append(t);
            }
        }
        return sb.toString();
    }

    private static final Pattern STRAIGHT = Pattern.compile("[MLZ0-9.,\\s-]*");

    /**
     * A filled, unstroked path of straight segments whose points all share one x or one y: it covers no
     * area. XChart draws such a bar for a value of 0, and for a left-out first bar (see {@link Charts}).
     */
    static boolean isEmptyArea(String d, String style) {
        if (d == null || d.isEmpty() || style == null || !style.contains("stroke:none") || !STRAIGHT.matcher(d).matches()) {
            return false;
        }
        Matcher m = NUMBER.matcher(d);
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        while (m.find()) {
            double v = Double.parseDouble(m.group());
            (xs.size() == ys.size() ? xs : ys).add(v);
        }
        if (xs.isEmpty() || xs.size() != ys.size()) {
            return false;
        }
        return xs.stream().distinct().count() == 1 || ys.stream().distinct().count() == 1;
    }

    private static boolean isSvgNamespace(Element e) {
        String ns = e.getNamespaceURI();
        return ns == null || ns.equals(SVG_NS);
    }

    /** A style or presentation value with its local url(#id) references renamed; null when unsafe. */
    static String relink(String v, Map<String, String> ids) {
        if (!SAFE_STYLE.matcher(v).matches()) {
            return null;
        }
        Matcher m = URL.matcher(v);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String ref = m.group(1).trim();
            if (!ref.startsWith("#") || !ids.containsKey(ref.substring(1))) {
                return null;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement("url(#" + ids.get(ref.substring(1)) + ")"));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Every number in the value rounded to one decimal, without trailing zeros. */
    static String round(String v) {
        Matcher m = NUMBER.matcher(v);
        StringBuilder sb = new StringBuilder(v.length());
        while (m.find()) {
            m.appendReplacement(sb, number(m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    static String number(String s) {
        if (s.isEmpty()) {
            return "0";
        }
        BigDecimal d = new BigDecimal(s).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    private static String local(Node n) {
        String l = n.getLocalName();
        return l == null ? n.getNodeName() : l;
    }

    private static void attr(StringBuilder out, String name, String value) {
        out.append(' ').append(name).append("=\"").append(escape(value)).append('"');
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
