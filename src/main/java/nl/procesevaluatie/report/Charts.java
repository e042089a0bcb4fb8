package nl.procesevaluatie.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Line2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.HorizontalBarChart;
import org.knowm.xchart.HorizontalBarSeries;
import org.knowm.xchart.internal.chartpart.AxesChart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The report's charts, drawn with XChart in one style: white background, thin solid grid lines (dashed
 * ones become thousands of tiny shapes in SVG), the Okabe-Ito colour-blind-safe palette, and numbers in
 * the report's language. Every value is a row's value; null leaves the bar or point out.
 */
final class Charts {
    // Okabe & Ito (2008), "Color Universal Design"
    static final Color BLACK = new Color(0x000000);
    static final Color ORANGE = new Color(0xE69F00);
    static final Color SKY_BLUE = new Color(0x56B4E9);
    static final Color GREEN = new Color(0x009E73);
    static final Color YELLOW = new Color(0xF0E442);
    static final Color BLUE = new Color(0x0072B2);
    static final Color VERMILLION = new Color(0xD55E00);
    static final Color PURPLE = new Color(0xCC79A7);
    static final Color[] PALETTE = {BLUE, ORANGE, GREEN, VERMILLION, PURPLE, SKY_BLUE, BLACK, YELLOW};

    static final int WIDE = 680;
    static final int SMALL = 330;
    /** Two to a row on screen. */
    static final int HALF = 510;
    private static final Color GRID = new Color(0xDDDDDD);
    private static final Color AXIS = new Color(0x555555);
    private static final Color TEXT = new Color(0x222222);
    /** Long enough for whole organisation names and MIDI determinants (up to 35 characters). */
    private static final int LABEL_LENGTH = 40;
    private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private final Locale locale;

    Charts(Locale locale) {
        this.locale = locale;
    }

    /** A chart as drawn, for the tests that hold the direct SVG against the old document's. */
    record Drawn(AxesChart<?, ?> chart, String id, String title, String description, String svg) {}

    /** Told of every chart drawn, when set; only the tests set it. */
    static volatile Consumer<Drawn> drawn;

    /** Draws the chart as SVG, cleaned, with title and description (see {@link ChartSvg}). */
    String svg(AxesChart<?, ?> chart, String id, String title, String description) {
        String svg = ChartSvg.svg(chart, id, title, description);
        Consumer<Drawn> listener = drawn;
        if (listener != null) {
            listener.accept(new Drawn(chart, id, title, description, svg));
        }
        return svg;
    }

    /** Draws the chart as PNG. */
    static byte[] png(AxesChart<?, ?> chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean anyValue(List<Double> values) {
        return values.stream().anyMatch(Objects::nonNull);
    }

    static boolean anyValue(Map<String, List<Double>> series) {
        return series.values().stream().anyMatch(Charts::anyValue);
    }

    /**
     * Bullet chart: a bar per category for the value, a short black line across it for the target.
     * Values and targets are shares (0..1).
     */
    CategoryChart bullet(String title, List<String> categories, List<Double> values, List<Double> targets,
            String valueName, String targetName, int width, int height, boolean legend) {
        CategoryChart c = new CategoryChart(width, height);
        style(c, title, legend);
        List<String> cats = labels(categories, 12);
        CategorySeries v = c.addSeries(valueName, cats, nullable(values));
        v.setFillColor(BLUE);
        v.setMarker(SeriesMarkers.NONE);
        CategorySeries t = c.addSeries(targetName, cats, nullable(targets));
        t.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Scatter);
        t.setMarker(new Dash());
        t.setMarkerColor(BLACK);
        var s = c.getStyler();
        s.setOverlapped(true);
        s.setAvailableSpaceFill(0.55);
        double plot = width - 70;
        s.setMarkerSize((int) Math.max(8, Math.round(plot / Math.max(1, cats.size()) * 0.8)));
        s.setYAxisMin(0.0);
        s.setYAxisMax(1.0);
        s.setYAxisDecimalPattern("0%");
        s.setXAxisTickMarkSpacingHint(8);
        rotateIfCrowded(s, cats, width);
        return c;
    }

    /** The colour of a goal's bar by its status: always with the status symbol in the label and the legend too. */
    static Color statusColour(String status) {
        return switch (status) {
            case "met", "on_track" -> GREEN;
            case "not_met", "off_track" -> VERMILLION;
            case "in_progress", "open" -> ORANGE;
            default -> BLUE;
        };
    }

    /**
     * A bullet chart whose bars take the colour of their status (one series per status, overlapped, named
     * with its symbol and word in the legend); {@code statuses} holds one status per category, null for a
     * bar left out. A value of exactly 0 gets a short thick mark on the axis in its status colour, so that
     * it differs from a bar left out (no value, or {@code <5}).
     */
    CategoryChart statusBullet(String title, List<String> categories, List<Double> values, List<Double> targets,
            List<String> statuses, Function<String, String> statusName, String targetName, int width, int height, boolean legend) {
        CategoryChart c = bullet(title, categories, new ArrayList<>(java.util.Collections.nCopies(values.size(), (Double) null)),
                targets, "-", targetName, width, height, legend);
        c.removeSeries("-");
        List<String> cats = labels(categories, 12);
        Set<String> seen = new java.util.LinkedHashSet<>();
        for (String st : statuses) {
            if (st != null) {
                seen.add(st);
            }
        }
        for (String st : seen) {
            List<Double> only = new ArrayList<>();
            List<Double> zero = new ArrayList<>();
            boolean anyZero = false;
            for (int i = 0; i < values.size(); i++) {
                boolean mine = st.equals(statuses.get(i));
                Double v = mine ? values.get(i) : null;
                only.add(v);
                zero.add(v != null && v == 0.0 ? 0.0 : null);
                anyZero |= v != null && v == 0.0;
            }
            CategorySeries bar = c.addSeries(statusName.apply(st), cats, only);
            bar.setFillColor(statusColour(st));
            bar.setMarker(SeriesMarkers.NONE);
            if (anyZero) {
                CategorySeries z = c.addSeries(statusName.apply(st) + " 0", cats, zero);
                z.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Scatter);
                z.setMarker(new ZeroMark());
                z.setMarkerColor(statusColour(st));
                z.setShowInLegend(false);
            }
        }
        return c;
    }

    /**
     * Lines over quarters where the last quarters are unfinished (their cohorts are still running): the
     * finished part solid with filled points, the unfinished part dashed with hollow points and a * after
     * the quarter's label, so that a quarter whose trajects cannot have finished yet does not look like a collapse.
     */
    CategoryChart trend(String title, List<String> quarters, List<Double> values, List<Boolean> unfinished, Double target,
            String finishedName, String unfinishedName, int width, int height) {
        List<String> labels = new ArrayList<>();
        List<Double> done = new ArrayList<>();
        List<Double> running = new ArrayList<>();
        int firstRunning = unfinished.indexOf(Boolean.TRUE);
        for (int i = 0; i < quarters.size(); i++) {
            boolean open = unfinished.get(i);
            labels.add(open ? quarters.get(i) + "*" : quarters.get(i));
            done.add(open ? null : values.get(i));
            // the dashed part starts at the last finished point, so that the line runs on
            running.add(open || (firstRunning > 0 && i == firstRunning - 1) ? values.get(i) : null);
        }
        Map<String, List<Double>> series = new java.util.LinkedHashMap<>();
        series.put(finishedName, done);
        boolean anyRunning = firstRunning >= 0;
        if (anyRunning) {
            series.put(unfinishedName, running);
        }
        CategoryChart c = lines(title, labels, series, target, true, width, height);
        c.getStyler().setLegendVisible(anyRunning);
        if (anyRunning) {
            CategorySeries r = c.getSeries(unfinishedName);
            r.setLineColor(BLUE);
            r.setMarkerColor(BLUE);
            r.setMarker(new HollowCircle());
            r.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {5f, 4f}, 0f));
        }
        c.getSeries(finishedName).setMarker(SeriesMarkers.CIRCLE);
        return c;
    }

    /** Lines over quarters; a horizontal black line marks the target when there is one. */
    CategoryChart lines(String title, List<String> quarters, Map<String, List<Double>> series, Double target,
            boolean percent, int width, int height) {
        CategoryChart c = new CategoryChart(width, height);
        style(c, title, series.size() > 1);
        var s = c.getStyler();
        s.setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        // Not overlapped, XChart places each series in its own slot within the quarter, as it would bars:
        // the points of a second or third line then sit between two quarters.
        s.setOverlapped(true);
        int i = 0;
        Marker[] markers = {SeriesMarkers.CIRCLE, SeriesMarkers.SQUARE, SeriesMarkers.DIAMOND, SeriesMarkers.TRIANGLE_UP,
            SeriesMarkers.TRIANGLE_DOWN, SeriesMarkers.CROSS};
        for (Map.Entry<String, List<Double>> e : series.entrySet()) {
            CategorySeries cs = c.addSeries(e.getKey(), quarters, nullable(e.getValue()));
            Color col = PALETTE[i % PALETTE.length];
            cs.setLineColor(col);
            cs.setMarkerColor(col);
            cs.setMarker(markers[i % markers.length]);
            cs.setLineWidth(2f);
            i++;
        }
        s.setMarkerSize(7);
        s.setYAxisMin(0.0);
        if (percent) {
            s.setYAxisMax(1.0);
            s.setYAxisDecimalPattern("0%");
        } else {
            s.setYAxisDecimalPattern("#,##0");
        }
        if (target != null) {
            c.addAnnotation(new AnnotationLine(target, false, false));
        }
        s.setXAxisTickMarkSpacingHint(8);
        rotateIfCrowded(s, quarters, width);
        return c;
    }

    /**
     * Horizontal bars, one group per category (an organisation, a component), one bar per series; a
     * vertical black line marks the reference value (the overall figure) when there is one.
     */
    HorizontalBarChart bars(String title, List<String> categories, Map<String, List<Double>> series, boolean percent,
            Double reference, int width) {
        return bars(title, categories, series, percent, reference, width, LABEL_LENGTH);
    }

    HorizontalBarChart bars(String title, List<String> categories, Map<String, List<Double>> series, boolean percent,
            Double reference, int width, int labelLength) {
        int rowHeight = series.size() == 1 ? 22 : 12 * series.size() + 12;
        boolean legend = series.size() > 1;
        HorizontalBarChart c = new HorizontalBarChart(width, 76 + categories.size() * rowHeight + (legend ? 34 : 0));
        List<String> cats = labels(categories, labelLength);
        style(c, title, legend, labelWidth(cats));
        int i = 0;
        // a bar of exactly 0 is drawn as a sliver, so that it differs from a bar left out (the notes name both)
        double sliver = Math.max(percent ? 1.0 : max(series, reference), 1e-9) * 0.006;
        for (Map.Entry<String, List<Double>> e : series.entrySet()) {
            List<Double> values = horizontal(e.getValue());
            for (int k = 0; k < values.size(); k++) {
                Double original = e.getValue().get(k);
                if (original != null && original == 0.0) {
                    values.set(k, sliver);
                }
            }
            HorizontalBarSeries hs = c.addSeries(e.getKey(), values, cats);
            hs.setFillColor(PALETTE[i++ % PALETTE.length]);
        }
        var s = c.getStyler();
        s.setAvailableSpaceFill(0.8);
        s.setPlotContentSize(plotContentSize(c.getHeight()));
        // In XChart's horizontal bar chart the X hint spaces both the category labels and the value ticks (and
        // so the grid lines): as wide as a row still shows every name.
        s.setXAxisTickMarkSpacingHint(Math.max(4, rowHeight - 4));
        s.setXAxisMin(0.0);
        if (percent) {
            // a share can pass 100% (the penetration of a municipality with a small target population)
            s.setXAxisMax(Math.max(1.0, Math.ceil(max(series, reference) * 10 - 1e-9) / 10));
            s.setXAxisDecimalPattern("0%");
        } else {
            double room = width - labelWidth(cats) - 30;
            s.setXAxisTickLabelsFormattingFunction(everyNth(niceStep(max(series, reference) * 50 / Math.max(60, room)),
                    new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(locale))));
        }
        if (reference != null) {
            c.addAnnotation(new AnnotationLine(reference, true, false));
        }
        return c;
    }

    /**
     * Diverging bars: the negative share to the left of zero, the positive share to the right, a vertical
     * line at the barrier threshold on the left. The value axis reads 100% ... 0% ... 100%: both halves
     * are shares, so neither has a minus sign. {@code marks} (one per category, empty for none) follow the
     * category's name, after it is shortened, so that a status word such as "▼ belemmering" is never cut.
     */
    HorizontalBarChart diverging(String title, List<String> categories, List<String> marks, List<Double> negative,
            List<Double> positive, String negativeName, String positiveName, double barrier, int width) {
        return diverging(title, categories, marks, negative, positive, negativeName, positiveName, barrier, width, 0);
    }

    /**
     * The same, with room for category labels of at least {@code labelArea} pixels: charts drawn with the
     * same room have their zero and their scale in the same place (see {@link #divergingLabelArea}).
     */
    HorizontalBarChart diverging(String title, List<String> categories, List<String> marks, List<Double> negative,
            List<Double> positive, String negativeName, String positiveName, double barrier, int width, int labelArea) {
        HorizontalBarChart c = new HorizontalBarChart(width, 76 + categories.size() * 36 + 34);
        List<String> names = labels(categories, LABEL_LENGTH);
        List<String> cats = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            cats.add(divergingLabel(names.get(i), i < marks.size() ? marks.get(i) : null));
        }
        style(c, title, true, Math.max(labelArea, labelWidth(cats)));
        if (labelArea > 0) {
            c.getStyler().setYAxisLeftWidthHint(labelArea);
        }
        List<Double> left = new ArrayList<>();
        for (Double d : negative) {
            left.add(d == null ? null : -d);
        }
        c.addSeries(negativeName, horizontal(left), cats).setFillColor(VERMILLION);
        c.addSeries(positiveName, horizontal(positive), cats).setFillColor(BLUE);
        var s = c.getStyler();
        s.setAvailableSpaceFill(0.8);
        // the content size also narrows the value axis: one size for every diverging chart keeps their scales alike
        s.setPlotContentSize(0.92);
        // the X hint spaces the category labels and the value ticks; XChart then widens the value step until
        // the labels fit: 20% or 50%, by the room the names leave
        s.setXAxisTickMarkSpacingHint(4);
        s.setXAxisMin(-1.0);
        s.setXAxisMax(1.0);
        s.setXAxisTickLabelsFormattingFunction(Charts::unsignedShare);
        c.addAnnotation(new AnnotationLine(-barrier, true, false));
        return c;
    }

    private static String divergingLabel(String name, String mark) {
        String m = mark == null ? "" : Text.clean(mark);
        return m.isEmpty() ? name : name + "   " + m;
    }

    /**
     * Room for the labels of several diverging charts, so that they can be drawn alike: the widest label
     * as XChart measures it, and a margin for the tick marks.
     */
    static int divergingLabelArea(List<String> categories, List<String> marks) {
        double widest = 0;
        for (int i = 0; i < categories.size(); i++) {
            String label = divergingLabel(Text.shorten(categories.get(i), LABEL_LENGTH), i < marks.size() ? marks.get(i) : null);
            if (!label.isBlank()) {
                TextLayout t = new TextLayout(label, TICK_FONT, new FontRenderContext(null, true, false));
                widest = Math.max(widest, t.getOutline(null).getBounds().getWidth());
            }
        }
        return (int) Math.ceil(widest) + 16;
    }

    /**
     * A tick of the diverging axis: the share without its sign. XChart leaves out every tick label when two
     * are equal, and the two halves of the axis repeat each other, so the left half's labels are wrapped in
     * no-break spaces, which draw nothing: the labels then differ as strings only.
     */
    static String unsignedShare(double v) {
        long p = Math.round(Math.abs(v) * 100);
        return v < 0 && p != 0 ? "\u00A0" + p + "%\u00A0" : p + "%";
    }

    /** The largest value drawn, or the reference line; 0 when there is none. */
    private static double max(Map<String, List<Double>> series, Double reference) {
        double max = reference == null ? 0 : reference;
        for (List<Double> values : series.values()) {
            for (Double v : values) {
                if (v != null && v > max) {
                    max = v;
                }
            }
        }
        return max;
    }

    /** The smallest step of 1, 2 or 5 times a power of ten that is at least {@code raw}. */
    static double niceStep(double raw) {
        if (!(raw > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= raw * (1 - 1e-9)) {
                return m * power;
            }
        }
        return 10 * power;
    }

    /**
     * Labels for a number axis of horizontal bars: only the ticks that are a multiple of {@code step}.
     * XChart checks that such labels fit by their height, not their width, so left to itself it writes
     * "10 15 20 25" into one another. The other ticks get a blank label that differs from every other one
     * (XChart leaves out all labels when two are equal): a pattern of spaces and no-break spaces.
     */
    static Function<Double, String> everyNth(double step, DecimalFormat format) {
        return v -> {
            double k = v / step;
            if (Math.abs(k - Math.rint(k)) < 1e-6) {
                return format.format(Math.abs(v) < step * 1e-9 ? 0.0 : v);
            }
            return Long.toBinaryString(Math.round(v * 1000) & 0xFFFFFFFFL).replace('0', ' ').replace('1', '\u00A0');
        };
    }

    private void style(AxesChart<?, ?> c, String title, boolean legend) {
        style(c, title, legend, 45);
    }

    /**
     * XChart centres the title over the plot area, not the image, so a title wider than the plot is cut
     * off at the right edge: it is shortened to what fits beside labels of {@code axisLabelWidth} pixels.
     */
    private void style(AxesChart<?, ?> c, String title, boolean legend, int axisLabelWidth) {
        double room = c.getWidth() - axisLabelWidth - 16;
        boolean fits = Text.clean(title).length() * 7.4 <= room;
        c.setTitle(fits ? Text.clean(title) : Text.shorten(title, Math.max(16, (int) (room / 6.4))));
        AxesChartStyler s = c.getStyler();
        s.setLocale(locale);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setChartFontColor(TEXT);
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, fits ? 13 : 11));
        s.setChartTitleBoxVisible(false);
        s.setChartTitlePadding(12); // room between the title and a reference line that runs to the top of the plot
        s.setChartPadding(8);
        s.setAxisTickLabelsFont(TICK_FONT);
        s.setAxisTickLabelsColor(TEXT);
        s.setAxisTickMarksColor(AXIS);
        s.setPlotGridLinesColor(GRID);
        s.setPlotGridLinesStroke(new BasicStroke(0.8f));
        if (c instanceof HorizontalBarChart) {
            s.setYAxisLabelAlignment(AxesChartStyler.TextAlignment.Right); // each name next to its bar
        }
        s.setPlotGridVerticalLinesVisible(c instanceof HorizontalBarChart);
        s.setPlotGridHorizontalLinesVisible(!(c instanceof HorizontalBarChart));
        s.setAxisTitlesVisible(false);
        s.setLegendVisible(legend);
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        s.setLegendBorderColor(Color.WHITE);
        s.setLegendPadding(8); // room between the items of a horizontal legend
        s.setAnnotationLineColor(BLACK);
        s.setAnnotationLineStroke(new BasicStroke(2f));
        s.setAntiAlias(true);
        s.setSeriesColors(PALETTE);
    }

    /** XChart leaves (1 - size) / 2 of the plot empty above and below the bars: about 10 pixels. */
    private static double plotContentSize(int height) {
        return Math.min(0.97, Math.max(0.85, 1 - 20.0 / height));
    }

    /** About how wide the widest category label is drawn, in pixels (11 px sans serif). */
    private static int labelWidth(List<String> labels) {
        return (int) (labels.stream().mapToInt(String::length).max().orElse(0) * 6.4) + 24;
    }

    private static void rotateIfCrowded(AxesChartStyler s, List<String> cats, int width) {
        int longest = cats.stream().mapToInt(String::length).max().orElse(0);
        double room = (double) (width - 70) / Math.max(1, cats.size());
        if (room < longest * 6.5 + 10) {
            s.setXAxisLabelRotation(room < 16 ? 90 : 45);
        }
    }

    /**
     * Category labels short enough for the axis and all different: XChart merges equal labels, which
     * would put names next to the wrong bars. Labels that collide when cut at the end are cut in the
     * middle (the end of a name often tells organisations apart); any that still collide get a number.
     */
    static List<String> labels(List<String> categories, int max) {
        List<String> out = new ArrayList<>(categories.stream().map(t -> Text.shorten(t, max)).toList());
        Map<String, Long> counts = out.stream().collect(Collectors.groupingBy(t -> t, Collectors.counting()));
        for (int i = 0; i < out.size(); i++) {
            if (counts.get(out.get(i)) > 1) {
                out.set(i, Text.shortenMiddle(categories.get(i), max));
            }
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < out.size(); i++) {
            String label = out.get(i);
            for (int k = 2; !seen.add(label); k++) {
                label = out.get(i) + " (" + k + ")";
            }
            out.set(i, label);
        }
        return out;
    }

    /**
     * XChart's horizontal bars take the data type from the first value, so a leading null (a suppressed
     * first organisation) becomes 0: a bar of zero width, which draws nothing (and {@link SvgCleaner}
     * leaves out of the SVG). Later nulls stay nulls.
     */
    private static List<Double> horizontal(List<Double> values) {
        List<Double> out = new ArrayList<>(values);
        if (!out.isEmpty() && out.get(0) == null) {
            out.set(0, 0.0);
        }
        return out;
    }

    /** XChart wants a list it may hold nulls in. */
    private static List<Double> nullable(List<Double> values) {
        return new ArrayList<>(values);
    }

    /** The mark of a bar of value 0: a short thick line on the axis, half as wide as a bar. */
    static final class ZeroMark extends Marker {
        @Override
        public void paint(Graphics2D g, double x, double y, int size) {
            Stroke old = g.getStroke();
            g.setStroke(new BasicStroke(5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            g.draw(new Line2D.Double(x - size / 4.0, y - 2, x + size / 4.0, y - 2));
            g.setStroke(old);
        }
    }

    /** An unfinished quarter's point: a circle drawn as an outline with a white inside. */
    static final class HollowCircle extends Marker {
        @Override
        public void paint(Graphics2D g, double x, double y, int size) {
            Stroke old = g.getStroke();
            java.awt.Paint paint = g.getPaint();
            java.awt.geom.Ellipse2D e = new java.awt.geom.Ellipse2D.Double(x - size / 2.0 - 1, y - size / 2.0 - 1, size + 2, size + 2);
            g.setPaint(Color.WHITE);
            g.fill(e);
            g.setPaint(paint);
            g.setStroke(new BasicStroke(2f));
            g.draw(e);
            g.setStroke(old);
        }
    }

    /** The target marker of a bullet chart: a thick horizontal line as wide as the marker size. */
    static final class Dash extends Marker {
        @Override
        public void paint(Graphics2D g, double x, double y, int size) {
            Stroke old = g.getStroke();
            g.setStroke(new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            g.draw(new Line2D.Double(x - size / 2.0, y, x + size / 2.0, y));
            g.setStroke(old);
        }
    }
}
