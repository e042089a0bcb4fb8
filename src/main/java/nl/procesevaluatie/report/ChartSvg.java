package nl.procesevaluatie.report;

import de.erichseifert.vectorgraphics2d.GraphicsState;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.intermediate.CommandSequence;
import de.erichseifert.vectorgraphics2d.intermediate.commands.AffineTransformCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.Command;
import de.erichseifert.vectorgraphics2d.intermediate.commands.CreateCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.DisposeCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.DrawShapeCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.FillShapeCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.Group;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetBackgroundCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetClipCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetColorCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetCompositeCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetFontCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetHintCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetPaintCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetStrokeCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetTransformCommand;
import de.erichseifert.vectorgraphics2d.intermediate.filters.FillPaintedShapeAsImageFilter;
import de.erichseifert.vectorgraphics2d.intermediate.filters.StateChangeGroupingFilter;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.color.ColorSpace;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Stack;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.AxesChart;

/**
 * Writes a chart's cleaned SVG straight from the drawing commands that XChart leaves in VectorGraphics2D,
 * without the XML document VectorGraphics2D would build, print and {@link SvgCleaner} parse again: that
 * round trip (a DecimalFormat per coordinate, a DOM, a parse, a BigDecimal per number) was most of the
 * time of a country-scale run.
 * <p>
 * The text is byte for byte what {@code SvgCleaner.clean} makes of VectorGraphics2D 0.13's SVG document
 * ({@link #viaDocument} keeps that path; the tests compare the two): the same elements in the same order,
 * attributes in the order the DOM sorts them (by name), ids numbered in document order, every number
 * rounded as the cleaner rounds the text VectorGraphics2D printed, paths compacted alike, bars without
 * area left out. It is as safe by construction: it writes only {@code svg, title, desc, defs, clipPath,
 * g, path, rect, line, ellipse} with allow-listed attributes whose values are numbers, ids of our own or
 * escaped text. Anything VectorGraphics2D would print that this writer does not know (text, images,
 * CMYK colours, infinite coordinates) sends the chart the old way instead of guessing.
 */
final class ChartSvg {
    /** A drawing this writer does not reproduce: the chart goes through the document and the cleaner. */
    private static final class Unsupported extends RuntimeException {
        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    private final String prefix;
    private final StringBuilder defs = new StringBuilder();
    private final StringBuilder body = new StringBuilder(32 * 1024);
    /** Scratch space for one number. */
    private final StringBuilder num = new StringBuilder(24);
    private final Stack<GraphicsState> states = new Stack<>();
    /** Clip path id by the clip shape's hash code, as VectorGraphics2D shares them. */
    private final Map<Integer, String> clipIds = new HashMap<>();
    private final Map<StyleKey, Style> styles = new HashMap<>();
    /** The start tag of the current group; null while drawing into the root. */
    private String groupTag;
    private boolean groupWritten;
    private boolean groupOpen;
    private double[] xs = new double[64];
    private double[] ys = new double[64];

    private ChartSvg(String prefix) {
        this.prefix = prefix;
        states.push(new GraphicsState());
    }

    /** The chart drawn and written as cleaned SVG, with title and description. */
    static String svg(AxesChart<?, ?> chart, String prefix, String title, String description) {
        VectorGraphics2D g = new VectorGraphics2D();
        chart.paint(g, chart.getWidth(), chart.getHeight());
        return svg(g.getCommands(), new PageSize(0.0, 0.0, chart.getWidth(), chart.getHeight()), prefix, title, description);
    }

    /** The drawing commands written as cleaned SVG. */
    static String svg(CommandSequence commands, PageSize page, String prefix, String title, String description) {
        try {
            return new ChartSvg(prefix).write(commands, page, title, description);
        } catch (Unsupported e) {
            return SvgCleaner.clean(document(commands, page), prefix, title, description);
        }
    }

    /** The old way, kept as the reference: VectorGraphics2D's SVG document, cleaned by {@link SvgCleaner}. */
    static String viaDocument(AxesChart<?, ?> chart, String prefix, String title, String description) {
        try {
            ByteArrayOutputStream svg = new ByteArrayOutputStream();
            VectorGraphicsEncoder.saveVectorGraphic(chart, svg, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            return SvgCleaner.clean(svg.toString(StandardCharsets.UTF_8), prefix, title, description);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What XChart's VectorGraphicsEncoder writes for these commands (it paints into VectorGraphics2D alike). */
    static String document(CommandSequence commands, PageSize page) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new SVGProcessor().getDocument(commands, page).writeTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(CommandSequence commands, PageSize page, String title, String description) {
        // the filters SVGProcessor puts before its document
        for (Command<?> c : new StateChangeGroupingFilter(new FillPaintedShapeAsImageFilter(commands))) {
            handle(c);
        }
        if (groupOpen) {
            body.append("</g>");
        }
        StringBuilder out = new StringBuilder(body.length() + defs.length() + 512);
        String width = rounded(page.getWidth());
        String height = rounded(page.getHeight());
        out.append("<svg xmlns=\"").append(SvgCleaner.SVG_NS).append('"');
        attr(out, "width", width);
        attr(out, "height", height);
        attr(out, "viewBox", rounded(page.getX()) + " " + rounded(page.getY()) + " " + width + " " + height);
        attr(out, "role", "img");
        attr(out, "aria-labelledby", prefix + "-title " + prefix + "-desc");
        attr(out, "class", "chart-svg");
        out.append('>');
        out.append("<title id=\"").append(prefix).append("-title\">").append(SvgCleaner.escape(Text.clean(title))).append("</title>");
        out.append("<desc id=\"").append(prefix).append("-desc\">").append(SvgCleaner.escape(Text.clean(description))).append("</desc>");
        if (!defs.isEmpty()) {
            // VectorGraphics2D puts <defs> before the root's first child when it makes the first clip path
            out.append("<defs>").append(defs).append("</defs>");
        }
        out.append(body);
        out.append("</svg>");
        return out.toString();
    }

    private GraphicsState state() {
        return states.peek();
    }

    /** As SVGDocument.handle. */
    private void handle(Command<?> command) {
        if (command instanceof Group g) {
            applyStateCommands(g.getValue());
            if (containsGroupCommand(g.getValue())) {
                newGroup();
            }
        } else if (command instanceof DrawShapeCommand c) {
            addToGroup(c.getValue(), false);
        } else if (command instanceof FillShapeCommand c) {
            addToGroup(c.getValue(), true);
        } else if (command instanceof de.erichseifert.vectorgraphics2d.intermediate.commands.DrawStringCommand) {
            throw new Unsupported("text"); // XChart draws its labels as glyph outlines
        } else if (command instanceof de.erichseifert.vectorgraphics2d.intermediate.commands.DrawImageCommand) {
            throw new Unsupported("image");
        }
    }

    /** As SVGDocument.applyStateCommands. */
    private void applyStateCommands(List<Command<?>> commands) {
        for (Command<?> command : commands) {
            GraphicsState state = state();
            if (command instanceof SetBackgroundCommand c) {
                state.setBackground(c.getValue());
            } else if (command instanceof SetClipCommand c) {
                state.setClip(c.getValue());
            } else if (command instanceof SetColorCommand c) {
                state.setColor(c.getValue());
            } else if (command instanceof SetCompositeCommand c) {
                state.setComposite(c.getValue());
            } else if (command instanceof SetFontCommand c) {
                state.setFont(c.getValue());
            } else if (command instanceof SetPaintCommand c) {
                state.setPaint(c.getValue());
            } else if (command instanceof SetStrokeCommand c) {
                state.setStroke(c.getValue());
            } else if (command instanceof SetTransformCommand c) {
                state.setTransform(c.getValue());
            } else if (command instanceof AffineTransformCommand c) {
                AffineTransform tx = state.getTransform();
                tx.concatenate(c.getValue());
                state.setTransform(tx);
            } else if (command instanceof SetHintCommand c) {
                state.getHints().put(c.getKey(), c.getValue());
            } else if (command instanceof CreateCommand) {
                try {
                    states.push((GraphicsState) state.clone());
                } catch (CloneNotSupportedException e) {
                    throw new IllegalStateException(e);
                }
            } else if (command instanceof DisposeCommand) {
                states.pop();
            }
        }
    }

    private static boolean containsGroupCommand(List<Command<?>> commands) {
        for (Command<?> c : commands) {
            if (c instanceof SetClipCommand || c instanceof SetTransformCommand || c instanceof AffineTransformCommand) {
                return true;
            }
        }
        return false;
    }

    /** As SVGDocument.newGroup: the group is written with its first child, and stays open until the next one. */
    private void newGroup() {
        StringBuilder tag = new StringBuilder("<g");
        Shape clip = state().getClip();
        if (clip != GraphicsState.DEFAULT_CLIP) {
            attr(tag, "clip-path", "url(#" + clipId(clip) + ")");
        }
        AffineTransform tx = state().getTransform();
        if (!GraphicsState.DEFAULT_TRANSFORM.equals(tx)) {
            tag.append(" transform=\"");
            transform(tag, tx);
            tag.append('"');
        }
        groupTag = tag.append('>').toString();
        groupWritten = false;
    }

    /** As SVGDocument.getClipElement: one clip path per hash code, made when a group asks for it. */
    private String clipId(Shape clip) {
        String id = clipIds.get(clip.hashCode());
        if (id == null) {
            id = prefix + "-c" + clipIds.size();
            clipIds.put(clip.hashCode(), id);
            defs.append("<clipPath");
            attr(defs, "id", id);
            defs.append('>');
            element(defs, clip, null, false);
            defs.append("</clipPath>");
        }
        return id;
    }

    private void addToGroup(Shape shape, boolean filled) {
        if (groupTag != null && !groupWritten) {
            // a group is added to the root with its first child, even one the cleaner then leaves out
            if (groupOpen) {
                body.append("</g>");
            }
            body.append(groupTag);
            groupOpen = true;
            groupWritten = true;
        }
        element(body, shape, style(filled), filled);
    }

    /** As SVGDocument.getElement(Shape), with the attributes in name order as the cleaner wrote them. */
    private void element(StringBuilder out, Shape shape, Style style, boolean filled) {
        if (shape instanceof Line2D s) {
            out.append("<line");
            style(out, style);
            number(out, "x1", s.getX1());
            number(out, "x2", s.getX2());
            number(out, "y1", s.getY1());
            number(out, "y2", s.getY2());
            out.append("/>");
        } else if (shape instanceof Rectangle2D s) {
            out.append("<rect");
            number(out, "height", s.getHeight());
            style(out, style);
            number(out, "width", s.getWidth());
            number(out, "x", s.getX());
            number(out, "y", s.getY());
            out.append("/>");
        } else if (shape instanceof RoundRectangle2D s) {
            out.append("<rect");
            number(out, "height", s.getHeight());
            number(out, "rx", s.getArcWidth() / 2.0);
            number(out, "ry", s.getArcHeight() / 2.0);
            style(out, style);
            number(out, "width", s.getWidth());
            number(out, "x", s.getX());
            number(out, "y", s.getY());
            out.append("/>");
        } else if (shape instanceof Ellipse2D s) {
            out.append("<ellipse");
            number(out, "cx", s.getCenterX());
            number(out, "cy", s.getCenterY());
            number(out, "rx", s.getWidth() / 2.0);
            number(out, "ry", s.getHeight() / 2.0);
            style(out, style);
            out.append("/>");
        } else {
            path(out, shape, style, filled);
        }
    }

    /**
     * A path as the cleaner compacts VectorGraphics2D's: a command letter only where it changes (M and Z
     * always), a space between two numbers unless the second has a minus sign. A filled path of straight
     * segments without area is left out, as {@link SvgCleaner#isEmptyArea} leaves it out.
     */
    private void path(StringBuilder out, Shape shape, Style style, boolean filled) {
        int start = out.length();
        out.append("<path d=\"");
        PathIterator it = shape.getPathIterator(null);
        double[] c = new double[6];
        char last = 0;
        boolean straight = true;
        int points = 0;
        for (; !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            char letter;
            int n;
            switch (type) {
                case PathIterator.SEG_MOVETO -> {
                    letter = 'M';
                    n = 2;
                }
                case PathIterator.SEG_LINETO -> {
                    letter = 'L';
                    n = 2;
                }
                case PathIterator.SEG_CUBICTO -> {
                    letter = 'C';
                    n = 6;
                    straight = false;
                }
                case PathIterator.SEG_QUADTO -> {
                    letter = 'Q';
                    n = 4;
                    straight = false;
                }
                case PathIterator.SEG_CLOSE -> {
                    letter = 'Z';
                    n = 0;
                }
                default -> throw new IllegalStateException("Unknown path operation.");
            }
            if (letter != last || letter == 'M' || letter == 'Z') {
                out.append(letter);
            }
            last = letter;
            for (int i = 0; i < n; i++) {
                // SVGDocument prints a line's x with Double.toString, every other number with DataUtils.format
                round(c[i], letter == 'L' && i == 0);
                char prev = out.charAt(out.length() - 1);
                if (num.charAt(0) != '-' && (Character.isDigit(prev) || prev == '.')) {
                    out.append(' ');
                }
                out.append(num);
            }
            if (filled && straight && n == 2) {
                if (points == xs.length) {
                    xs = Arrays.copyOf(xs, points * 2);
                    ys = Arrays.copyOf(ys, points * 2);
                }
                xs[points] = c[0];
                ys[points] = c[1];
                points++;
            }
        }
        out.append('"');
        if (filled && straight && points > 0 && withoutArea(shape, style, points)) {
            out.setLength(start);
            return;
        }
        style(out, style);
        out.append("/>");
    }

    /**
     * Whether the cleaner finds this filled path of straight segments without area. Points that clearly
     * differ in x and in y have area whatever the printing; otherwise the path is printed as VectorGraphics2D
     * prints it and asked of the cleaner itself.
     */
    private boolean withoutArea(Shape shape, Style style, int points) {
        if (style == null) {
            return false;
        }
        boolean sameX = true;
        boolean sameY = true;
        for (int i = 0; i < points; i++) {
            if (!(Math.abs(xs[i]) < 1e6 && Math.abs(ys[i]) < 1e6)) {
                sameX = sameY = true; // too large to reason about: ask the cleaner
                break;
            }
            sameX &= Math.abs(xs[i] - xs[0]) <= 1e-6;
            sameY &= Math.abs(ys[i] - ys[0]) <= 1e-6;
        }
        if (!sameX && !sameY) {
            return false;
        }
        return SvgCleaner.isEmptyArea(printedPath(shape), style.printed());
    }

    /** The path data as SVGDocument.getOutput(Shape) prints it. */
    private static String printedPath(Shape shape) {
        StringBuilder out = new StringBuilder();
        PathIterator segments = shape.getPathIterator(null);
        double[] c = new double[6];
        for (int i = 0; !segments.isDone(); i++, segments.next()) {
            if (i > 0) {
                out.append(' ');
            }
            switch (segments.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> out.append('M').append(format(c[0])).append(',').append(format(c[1]));
                case PathIterator.SEG_LINETO -> out.append('L').append(c[0]).append(',').append(format(c[1]));
                case PathIterator.SEG_CUBICTO -> out.append('C').append(format(c[0])).append(',').append(format(c[1])).append(' ')
                        .append(format(c[2])).append(',').append(format(c[3])).append(' ')
                        .append(format(c[4])).append(',').append(format(c[5]));
                case PathIterator.SEG_QUADTO -> out.append('Q').append(format(c[0])).append(',').append(format(c[1])).append(' ')
                        .append(format(c[2])).append(',').append(format(c[3]));
                case PathIterator.SEG_CLOSE -> out.append('Z');
                default -> throw new IllegalStateException("Unknown path operation.");
            }
        }
        return out.toString();
    }

    private record StyleKey(boolean filled, Color color, Stroke stroke) {}

    /** A style as SVGDocument prints it, and its attribute as the cleaner writes it ("" when it drops it). */
    private record Style(String printed, String attribute) {}

    private Style style(boolean filled) {
        Color color = state().getColor();
        if (color.getColorSpace().getType() == ColorSpace.TYPE_CMYK) {
            throw new Unsupported("CMYK colour");
        }
        Stroke stroke = filled ? null : state().getStroke();
        StyleKey key = new StyleKey(filled, color, stroke instanceof BasicStroke ? stroke : null);
        Style s = styles.get(key);
        if (s == null) {
            String printed = printedStyle(filled, color, stroke);
            String clean = SvgCleaner.relink(printed, Map.of());
            s = new Style(printed, clean == null ? "" : " style=\"" + SvgCleaner.escape(clean) + "\"");
            styles.put(key, s);
        }
        return s;
    }

    private static void style(StringBuilder out, Style style) {
        if (style != null) {
            out.append(style.attribute());
        }
    }

    /** As SVGDocument.getStyle(boolean). */
    private static String printedStyle(boolean filled, Color color, Stroke stroke) {
        StringBuilder style = new StringBuilder();
        String rgb = "rgb(" + color.getRed() + "," + color.getGreen() + "," + color.getBlue() + ")";
        double opacity = color.getAlpha() / 255.0;
        if (filled) {
            style.append("fill:").append(rgb).append(';');
            if (color.getAlpha() < 255) {
                style.append("fill-opacity:").append(format(opacity)).append(';');
            }
            style.append("stroke:none;");
            return style.toString();
        }
        style.append("fill:none;");
        style.append("stroke:").append(rgb).append(';');
        if (color.getAlpha() < 255) {
            style.append("stroke-opacity:").append(format(opacity)).append(';');
        }
        if (stroke instanceof BasicStroke bs) {
            if (bs.getLineWidth() != 1f) {
                style.append("stroke-width:").append(format(bs.getLineWidth())).append(';');
            }
            if (bs.getMiterLimit() != 4f) {
                style.append("stroke-miterlimit:").append(format(bs.getMiterLimit())).append(';');
            }
            if (bs.getEndCap() != BasicStroke.CAP_BUTT) {
                style.append("stroke-linecap:").append(bs.getEndCap() == BasicStroke.CAP_ROUND ? "round" : "square").append(';');
            }
            if (bs.getLineJoin() != BasicStroke.JOIN_MITER) {
                style.append("stroke-linejoin:").append(bs.getLineJoin() == BasicStroke.JOIN_ROUND ? "round" : "bevel").append(';');
            }
            if (bs.getDashArray() != null) {
                StringBuilder dash = new StringBuilder();
                for (float f : bs.getDashArray()) {
                    if (!dash.isEmpty()) {
                        dash.append(',');
                    }
                    dash.append(format(f));
                }
                style.append("stroke-dasharray:").append(dash).append(';');
                if (bs.getDashPhase() != 0f) {
                    style.append("stroke-dashoffset:").append(format(bs.getDashPhase())).append(';');
                }
            }
        }
        return style.toString();
    }

    /** As SVGDocument.getOutput(AffineTransform), each number rounded. */
    private void transform(StringBuilder out, AffineTransform tx) {
        if (AffineTransform.getTranslateInstance(tx.getTranslateX(), tx.getTranslateY()).equals(tx)) {
            out.append("translate(");
            round(tx.getTranslateX(), false);
            out.append(num).append(' ');
            round(tx.getTranslateY(), false);
            out.append(num).append(')');
        } else {
            double[] m = new double[6];
            tx.getMatrix(m);
            out.append("matrix(");
            for (int i = 0; i < m.length; i++) {
                if (i > 0) {
                    out.append(' ');
                }
                round(m[i], false);
                out.append(num);
            }
            out.append(')');
        }
    }

    private void number(StringBuilder out, String name, double v) {
        round(v, false);
        out.append(' ').append(name).append("=\"").append(num).append('"');
    }

    private static void attr(StringBuilder out, String name, String value) {
        out.append(' ').append(name).append("=\"").append(SvgCleaner.escape(value)).append('"');
    }

    private String rounded(double v) {
        round(v, false);
        return num.toString();
    }

    /**
     * Puts in {@link #num} what the cleaner makes of the number as VectorGraphics2D printed it:
     * {@code SvgCleaner.number} of {@code DataUtils.format(v)} (at most 15 decimals), or of
     * {@code Double.toString(v)} where SVGDocument prints that.
     */
    private void round(double v, boolean javaString) {
        num.setLength(0);
        roundTenths(num, v, javaString);
    }

    /**
     * One decimal, half up (away from zero), no trailing zero, "0" for anything that rounds to zero. Both
     * printed forms are within 1e-9 of v for |v| < 1e6, so unless v lies within 1e-8 of a half tenth the
     * rounding of v itself is the rounding of its printed form; near a half tenth the printed form decides
     * (2.05 is 2.04999... in binary, printed "2.05", and rounds up), and it is printed and rounded as before.
     */
    static void roundTenths(StringBuilder out, double v, boolean javaString) {
        if (!Double.isFinite(v)) {
            throw new Unsupported("not a finite number");
        }
        double a = Math.abs(v);
        if (a < 1e6) {
            double t = a * 10;
            double floor = Math.floor(t);
            double frac = t - floor;
            if (Math.abs(frac - 0.5) > 1e-7) {
                long k = (long) floor + (frac > 0.5 ? 1 : 0);
                if (k == 0) {
                    out.append('0');
                    return;
                }
                if (v < 0) {
                    out.append('-');
                }
                out.append(k / 10);
                if (k % 10 != 0) {
                    out.append('.').append((char) ('0' + k % 10));
                }
                return;
            }
        }
        out.append(SvgCleaner.number(javaString ? Double.toString(v) : format(v)));
    }

    // DataUtils.format's patterns; DecimalFormat is not thread-safe, and organisation reports are drawn in parallel
    private static final ThreadLocal<DecimalFormat> DOUBLE_FORMAT = ThreadLocal.withInitial(() -> decimals(15));
    private static final ThreadLocal<DecimalFormat> FLOAT_FORMAT = ThreadLocal.withInitial(() -> decimals(6));

    private static DecimalFormat decimals(int max) {
        DecimalFormat f = new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        f.setMaximumFractionDigits(max);
        return f;
    }

    /** As DataUtils.format(Double). */
    static String format(double v) {
        return DOUBLE_FORMAT.get().format(v);
    }

    /** As DataUtils.format(Float). */
    static String format(float v) {
        return FLOAT_FORMAT.get().format(v);
    }
}
