package nl.procesevaluatie.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import nl.procesevaluatie.indicators.IndicatorRow;
import nl.procesevaluatie.job.JobFile;
import nl.procesevaluatie.report.Model.Cell;
import nl.procesevaluatie.report.Model.Chart;
import nl.procesevaluatie.report.Model.KeyFigure;
import nl.procesevaluatie.report.Model.Table;
import org.knowm.xchart.internal.chartpart.AxesChart;

/** What every section builder needs: the input, its rows, texts, number formats and the charts drawn so far. */
final class Ctx {
    /** A chart's files: charts/{id}.svg and charts/{id}.png. */
    record ChartFile(String id, String svg, CompletableFuture<byte[]> png) {}

    /** How many items a chart's text alternative names before it says "and n more". */
    private static final int ALT_ITEMS = 16;

    final ReportInput in;
    final JobFile job;
    final RowIndex rows;
    /** Every row of the evaluation: the same as {@link #rows} in the main report; the peers in an organisation's. */
    final RowIndex every;
    final Messages m;
    final Fmt f;
    final Charts charts;
    final List<ChartFile> files = new ArrayList<>();

    /** One daemon thread draws the PNGs of every report of this process, in the order they are asked. */
    private static final Executor PNG_DRAWER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "png-drawer");
        t.setDaemon(true);
        return t;
    });

    Ctx(ReportInput in) {
        this(in, null);
    }

    /** An organisation's report: {@code every} indexes all rows of the evaluation, shared by every organisation. */
    Ctx(ReportInput in, RowIndex every) {
        this.in = in;
        this.job = in.job();
        this.m = Messages.forLanguage(in.language());
        this.rows = new RowIndex(in.rows(), m.locale());
        this.every = every != null ? every : rows;
        this.f = new Fmt(m, job.minCellSize(), new Labels(job, m));
        this.charts = new Charts(m.locale());
    }

    private StrategyCatalogue strategies;

    /** The strategy catalogue in the report's language, made once per report. */
    StrategyCatalogue strategies() {
        if (strategies == null) {
            strategies = new StrategyCatalogue(job.strategies(), m.language());
        }
        return strategies;
    }

    /** The organisation of this report, or null for the main report. */
    String organisation() {
        return in.organisation();
    }

    String t(String key, Object... args) {
        return m.get(key, args);
    }

    /**
     * Above this many organisations (or municipalities) a chart with one bar or one small chart each can
     * no longer be read, and drawing it costs seconds and megabytes: the section shows its table alone.
     */
    static final int MAX_CHARTED = 60;

    boolean tooManyToChart(int categories) {
        return categories > MAX_CHARTED;
    }

    /** Draws the chart, keeps its files, and returns it for the page. */
    Chart chart(String id, String title, String alt, AxesChart<?, ?> chart, List<String> notes, Table table, boolean small) {
        String svg = charts.svg(chart, id, title, alt);
        // the PNG (for pasting into documents) is drawn on the other core while the report goes on;
        // the chart is not touched after this
        if (organisation() == null) { // an organisation's report keeps its charts inline only
            files.add(new ChartFile(id, svg, CompletableFuture.supplyAsync(() -> Charts.png(chart), PNG_DRAWER)));
        }
        // In HTML the parser puts <svg> in the SVG namespace itself: the page then names no URL at all.
        String inline = svg.replaceFirst(" xmlns=\"" + SvgCleaner.SVG_NS + "\"", "");
        return new Chart(id, Text.clean(title), Text.clean(alt), inline, notes, table, small, chart.getWidth());
    }

    /** The key figure of an indicator for scope all, or null when the evaluation has no such row. */
    KeyFigure figure(String indicator) {
        IndicatorRow r = rows.all(indicator);
        return r == null ? null : new KeyFigure(t("ind." + indicator), f.cell(r));
    }

    /**
     * A text alternative: the chart's kind, then "label: value" for each item (a suppressed one says it is
     * left out), cut after a number of items.
     */
    String alt(String kind, List<String> labels, List<String> values) {
        StringJoiner j = new StringJoiner("; ");
        int n = Math.min(labels.size(), ALT_ITEMS);
        for (int i = 0; i < n; i++) {
            j.add(Text.clean(labels.get(i)) + ": " + values.get(i));
        }
        String list = j.toString();
        if (labels.size() > ALT_ITEMS) {
            list += "; " + t("alt.more", labels.size() - ALT_ITEMS);
        }
        return kind + " " + list + ".";
    }

    /** The value for a text alternative: the shown value, or "left out" for a suppressed or empty one. */
    String altValue(IndicatorRow r) {
        if (r == null || r.value() == null) {
            return t("alt.noValue");
        }
        if (r.suppressed()) {
            return f.suppressed() + " " + t("alt.leftOut");
        }
        return f.value(r);
    }

    /**
     * Notes for the bars or points not drawn: "not drawn because of small numbers (<5): a, b" for
     * suppressed rows, "no value: c" for rows without a value (no target, an empty population).
     */
    List<String> leftOut(List<String> labels, List<IndicatorRow> rowsShown) {
        List<String> suppressed = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            IndicatorRow r = rowsShown.get(i);
            if (r != null && r.suppressed()) {
                suppressed.add(Text.clean(labels.get(i)));
            } else if (r == null || r.value() == null) {
                empty.add(Text.clean(labels.get(i)));
            }
        }
        List<String> out = new ArrayList<>();
        if (!suppressed.isEmpty()) {
            out.add(t("chart.leftOut", f.suppressed(), String.join(", ", suppressed)));
        }
        if (!empty.isEmpty()) {
            out.add(t("chart.noValue", String.join(", ", empty)));
        }
        return out;
    }

    /**
     * {@link #leftOut} for bar charts, and a note for the bars of value 0: they have no length, so that
     * without a word they look the same as a bar left out.
     */
    List<String> leftOutOrZero(List<String> labels, List<IndicatorRow> rowsShown) {
        List<String> out = leftOut(labels, rowsShown);
        List<String> zero = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            Double v = Fmt.chartValue(rowsShown.get(i));
            if (v != null && v == 0.0) {
                zero.add(Text.clean(labels.get(i)));
            }
        }
        if (!zero.isEmpty()) {
            out.add(t("chart.zero", String.join(", ", zero)));
        }
        return out;
    }

    /**
     * The notes of the series of one chart, one line per note: series that share a note share its line
     * ("Gestart, Afgerond: not drawn ... 2021-Q2"), rather than repeating it for each series.
     */
    static List<String> bySeries(Map<String, List<String>> notesPerSeries) {
        Map<String, List<String>> seriesPerNote = new LinkedHashMap<>();
        notesPerSeries.forEach((series, notes) -> notes.forEach(n -> seriesPerNote.computeIfAbsent(n, k -> new ArrayList<>())
                .add(series)));
        List<String> out = new ArrayList<>();
        seriesPerNote.forEach((note, series) -> out.add(String.join(", ", series) + ": " + note));
        return out;
    }

    static Cell head(String s) {
        return Cell.head(Text.clean(s));
    }
}
