package nl.procesevaluatie.report;

import java.util.List;

/**
 * What the template shows: sections made of a few kinds of blocks. Every text in it is plain text that the
 * template escapes; only {@link Chart#svg()} is markup, written by {@link ChartSvg} by {@link SvgCleaner}'s rules.
 */
public final class Model {
    private Model() {}

    /** {@code notices}: what makes the figures partial, shown as a banner above everything else. */
    public record Report(String lang, String title, String subtitle, List<Meta> meta, List<Section> sections, String footer,
            List<String> notices) {}

    /** {@code runTime} marks the one value that changes on every run (class run-time in the HTML). */
    public record Meta(String label, String value, boolean runTime) {
        public Meta(String label, String value) {
            this(label, value, false);
        }
    }

    public record Section(String id, int number, String title, String explanation, List<Block> blocks) {}

    /** A part of a section; {@link #kind()} picks the template fragment. */
    public sealed interface Block permits Para, Heading, Figures, ChartBlock, Multiples, TableBlock, DefList, Legend, Links {
        String kind();
    }

    public record Para(String text, String style) implements Block {
        public String kind() {
            return "para";
        }
    }

    public record Heading(String text) implements Block {
        public String kind() {
            return "heading";
        }
    }

    public record Figures(String title, List<KeyFigure> items) implements Block {
        public String kind() {
            return "figures";
        }
    }

    /** {@code compare}: in an organisation's report, the figure over all organisations and the others' median and range. */
    public record KeyFigure(String label, Cell value, String compare) {
        public KeyFigure(String label, Cell value) {
            this(label, value, null);
        }
    }

    /** Links to other reports beside this one (the organisations' own reports). */
    public record Links(String title, String intro, List<Link> items) implements Block {
        public String kind() {
            return "links";
        }
    }

    public record Link(String text, String href) {}

    public record ChartBlock(Chart chart) implements Block {
        public String kind() {
            return "chart";
        }
    }

    /** Small charts that wrap, with one table behind all of them. */
    public record Multiples(String title, String intro, List<Chart> charts, Table table, List<String> notes) implements Block {
        public String kind() {
            return "multiples";
        }
    }

    /** A table; a collapsed one sits in a closed details element with the summary text. */
    public record TableBlock(Table table, boolean collapsed, String summary) implements Block {
        public String kind() {
            return "table";
        }
    }

    public record DefList(String title, List<Definition> items) implements Block {
        public String kind() {
            return "deflist";
        }
    }

    public record Definition(String term, String code, String text) {}

    /** What the status marks mean. */
    public record Legend(List<LegendItem> items) implements Block {
        public String kind() {
            return "legend";
        }
    }

    /** A mark (null for the suppression sign) with its meaning. */
    public record LegendItem(Mark mark, String sign, String text) {}

    /**
     * A chart: its sanitised SVG, a title, a short text alternative, notes (bars left out) and its table.
     * {@code small} charts sit side by side; {@code width} is the drawing's width in pixels.
     */
    public record Chart(String id, String title, String alt, String svg, List<String> notes, Table table, boolean small,
            int width) {
        /** Three small charts to a row on screen, or two when they are drawn wider than {@link Charts#SMALL}. */
        public String cssClass() {
            return !small ? "chart" : width > Charts.SMALL ? "chart small half" : "chart small";
        }
    }

    /**
     * {@code long} tables get a scroll box on screen and repeat their header when printed; {@code stacked}
     * ones become one block per row on a phone, each cell under its column's name, so no column (the
     * verdict) is pushed out of sight.
     */
    public record Table(String caption, List<String> headers, List<Row> rows, boolean wide, boolean stacked) {
        public Table(String caption, List<String> headers, List<Row> rows, boolean wide) {
            this(caption, headers, rows, wide, false);
        }

        public boolean isLong() {
            return rows.size() > 25;
        }

        /** Stretched to the page width: only tables with many columns. */
        public boolean isWide() {
            return wide && headers.size() > 5;
        }
    }

    public record Row(List<Cell> cells, boolean total) {}

    /**
     * One shown figure or text. {@code detail} is a second, smaller line (numerator and denominator);
     * {@code mark} a status word with its symbol; {@code header} makes it a row header.
     */
    public record Cell(String text, String detail, Mark mark, boolean header, boolean numeric, boolean suppressed) {
        static Cell text(String t) {
            return new Cell(t, null, null, false, false, false);
        }

        static Cell head(String t) {
            return new Cell(t, null, null, true, false, false);
        }

        static Cell head(String t, String detail) {
            return new Cell(t, detail, null, true, false, false);
        }

        static Cell number(String t) {
            return new Cell(t, null, null, false, true, false);
        }

        public String cssClass() {
            StringBuilder sb = new StringBuilder();
            if (numeric) {
                sb.append("num");
            }
            if (suppressed) {
                sb.append(sb.isEmpty() ? "" : " ").append("suppressed");
            }
            return sb.toString();
        }
    }

    /** A status shown as a word and a symbol, never by colour alone. */
    public record Mark(String key, String symbol, String word) {}
}
