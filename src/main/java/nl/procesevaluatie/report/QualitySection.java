package nl.procesevaluatie.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.procesevaluatie.report.Model.Block;
import nl.procesevaluatie.report.Model.Cell;
import nl.procesevaluatie.report.Model.Figures;
import nl.procesevaluatie.report.Model.KeyFigure;
import nl.procesevaluatie.report.Model.Para;
import nl.procesevaluatie.report.Model.Row;
import nl.procesevaluatie.report.Model.Section;
import nl.procesevaluatie.report.Model.Table;
import nl.procesevaluatie.report.Model.TableBlock;

/** Section 9: files and rows per dataset, refused files, and the main reasons rows were rejected. */
final class QualitySection {
    static final List<String> COUNTS = List.of("read", "accepted", "rejected", "skipped", "warnings");
    /** Reject reasons shown before the rest is summed up in one line. */
    static final int MAX_REASONS = 20;
    static final int EXAMPLES = 3;
    private static final int VALUE_LENGTH = 40;

    private QualitySection() {}

    static Section build(Ctx c) {
        List<Block> blocks = new ArrayList<>();
        KeyFigure refused = c.figure("quality.files_refused");
        blocks.add(new Figures(null, refused == null ? List.of() : List.of(refused)));
        blocks.add(new TableBlock(datasets(c), false, null));
        List<FileFacts> refusedFiles = c.in.files().stream().filter(FileFacts::refused).toList();
        if (!refusedFiles.isEmpty()) {
            blocks.add(new TableBlock(refused(c, refusedFiles), false, null));
        }
        List<RejectFacts> lines = c.in.rejects().stream().filter(l -> l.line() != null).toList();
        if (lines.isEmpty()) {
            blocks.add(new Para(c.t("quality.noRejects"), null));
        } else {
            blocks.add(new TableBlock(reasons(c, lines), false, null));
        }
        if (!c.in.files().isEmpty()) {
            blocks.add(new TableBlock(files(c), true, c.t("quality.files.summary", c.in.files().size())));
        }
        return new Section("datakwaliteit", 9, c.t("section.quality"), c.t("explain.quality"), blocks);
    }

    /** registrations, sessions, then the instruments in job-file order, then anything else with rows. */
    static List<String> datasetIds(Ctx c) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add("registrations");
        ids.add("sessions");
        c.job.instruments().forEach(i -> ids.add(i.id()));
        for (String ind : c.rows.withPrefix("quality.")) {
            int dot = ind.lastIndexOf('.');
            if (dot > "quality.".length()) {
                ids.add(ind.substring("quality.".length(), dot));
            }
        }
        c.in.files().forEach(f -> ids.add(f.dataset()));
        return ids.stream().filter(d -> c.rows.has("quality." + d + ".read")
                || c.in.files().stream().anyMatch(f -> f.dataset().equals(d))).toList();
    }

    static String datasetLabel(Ctx c, String id) {
        if (id.equals("registrations") || id.equals("sessions")) {
            return c.t("dataset." + id);
        }
        return c.job.instrument(id).map(i -> Text.clean(id) + " (" + c.t("kind." + i.kind().name()) + ")")
                .orElse(Text.clean(id));
    }

    private static Table datasets(Ctx c) {
        List<Row> rows = new ArrayList<>();
        for (String d : datasetIds(c)) {
            long loaded = c.in.files().stream().filter(f -> f.dataset().equals(d) && !f.refused()).count();
            long refused = c.in.files().stream().filter(f -> f.dataset().equals(d) && f.refused()).count();
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.head(datasetLabel(c, d)));
            cells.add(Cell.number(c.f.count(loaded)));
            cells.add(Cell.number(c.f.count(refused)));
            for (String k : COUNTS) {
                cells.add(c.f.cell(c.rows.all("quality." + d + "." + k)));
            }
            rows.add(new Row(cells, false));
        }
        List<String> headers = new ArrayList<>(List.of(c.t("col.dataset"), c.t("col.filesLoaded"), c.t("col.filesRefused")));
        COUNTS.forEach(k -> headers.add(c.t("col.quality." + k)));
        return new Table(c.t("quality.datasets.title"), headers, rows, true);
    }

    private static Table refused(Ctx c, List<FileFacts> files) {
        List<Row> rows = new ArrayList<>();
        for (FileFacts f : files) {
            rows.add(new Row(List.of(Ctx.head(f.name()), Cell.text(datasetLabel(c, f.dataset())),
                    Cell.text(ReasonText.of(c, f.reason())), Cell.text(Text.clean(ReasonText.column(c.job, f.dataset(), f.field()))),
                    Cell.text(Text.shorten(f.value(), VALUE_LENGTH))), false));
        }
        return new Table(c.t("quality.refused.title"), List.of(c.t("col.file"), c.t("col.dataset"), c.t("col.reason"),
                c.t("col.field"), c.t("col.cell")), rows, true);
    }

    private record Reason(String dataset, String reason) {}

    /** Reject lines grouped by dataset and reason, most frequent first, with a few examples each. */
    private static Table reasons(Ctx c, List<RejectFacts> lines) {
        Map<Reason, List<RejectFacts>> groups = new LinkedHashMap<>();
        for (RejectFacts l : lines) {
            groups.computeIfAbsent(new Reason(l.dataset(), Objects.requireNonNullElse(l.reason(), "")), k -> new ArrayList<>())
                    .add(l);
        }
        List<Map.Entry<Reason, List<RejectFacts>>> sorted = new ArrayList<>(groups.entrySet());
        sorted.sort(Comparator.<Map.Entry<Reason, List<RejectFacts>>>comparingInt(e -> -e.getValue().size())
                .thenComparing(e -> e.getKey().dataset()).thenComparing(e -> e.getKey().reason()));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(MAX_REASONS, sorted.size()); i++) {
            Reason r = sorted.get(i).getKey();
            List<RejectFacts> ls = sorted.get(i).getValue();
            List<String> examples = new ArrayList<>();
            for (RejectFacts l : ls.subList(0, Math.min(EXAMPLES, ls.size()))) {
                examples.add(example(c, l));
            }
            rows.add(new Row(List.of(Cell.text(datasetLabel(c, r.dataset())), Cell.head(ReasonText.of(c, r.reason())),
                    Cell.number(c.f.count(ls.size())), new Cell(String.join("\n", examples), null, null, false, false, false)),
                    false));
        }
        if (sorted.size() > MAX_REASONS) {
            long rest = sorted.subList(MAX_REASONS, sorted.size()).stream().mapToLong(e -> e.getValue().size()).sum();
            rows.add(new Row(List.of(Cell.text(""), Cell.head(c.t("quality.reasons.more", sorted.size() - MAX_REASONS)),
                    Cell.number(c.f.count(rest)), Cell.text("")), true));
        }
        return new Table(c.t("quality.reasons.title", lines.size()), List.of(c.t("col.dataset"), c.t("col.reason"),
                c.t("col.rows"), c.t("col.examples")), rows, true);
    }

    private static String example(Ctx c, RejectFacts l) {
        String where = c.t("quality.example.where", Text.clean(l.file()), l.line());
        if (l.field() == null || l.field().isEmpty()) {
            return where;
        }
        // the export's own column header, as the person fixing the export sees it
        return where + ": " + Text.clean(ReasonText.column(c.job, l.dataset(), l.field())) + " = ‘" + Text.shorten(l.value(), VALUE_LENGTH) + "’";
    }

    private static Table files(Ctx c) {
        List<Row> rows = new ArrayList<>();
        for (FileFacts f : c.in.files()) {
            rows.add(new Row(List.of(Ctx.head(f.name()), Cell.text(datasetLabel(c, f.dataset())),
                    Cell.text(f.refused() ? c.t("quality.file.refused") : c.t("quality.file.loaded")),
                    Cell.number(f.refused() ? Fmt.NONE : c.f.count(f.read())),
                    Cell.number(f.refused() ? Fmt.NONE : c.f.count(f.accepted())),
                    Cell.number(f.refused() ? Fmt.NONE : c.f.count(f.rejected())),
                    Cell.number(f.refused() ? Fmt.NONE : c.f.count(f.skipped()))), false));
        }
        return new Table(c.t("quality.files.title"), List.of(c.t("col.file"), c.t("col.dataset"), c.t("col.fileStatus"),
                c.t("col.quality.read"), c.t("col.quality.accepted"), c.t("col.quality.rejected"), c.t("col.quality.skipped")),
                rows, true);
    }
}
