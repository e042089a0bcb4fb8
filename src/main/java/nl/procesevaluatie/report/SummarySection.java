package nl.procesevaluatie.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import nl.procesevaluatie.indicators.IndicatorRow;
import nl.procesevaluatie.job.Goal;
import nl.procesevaluatie.report.Model.Block;
import nl.procesevaluatie.report.Model.Cell;
import nl.procesevaluatie.report.Model.Figures;
import nl.procesevaluatie.report.Model.KeyFigure;
import nl.procesevaluatie.report.Model.Para;
import nl.procesevaluatie.report.Model.Row;
import nl.procesevaluatie.report.Model.Section;
import nl.procesevaluatie.report.Model.Table;
import nl.procesevaluatie.report.Model.TableBlock;

/** Section 1: one page with every goal and the main reach and fidelity figures. */
final class SummarySection {
    static final List<String> REACH = List.of("reach.registered", "reach.started", "reach.completed", "reach.start_rate",
            "reach.dropout_rate", "reach.wait_days.median", "reach.penetration");
    static final List<String> FIDELITY = List.of("fidelity.dose_delivered", "fidelity.dose_received",
            "fidelity.full_dose_rate", "fidelity.adherence", "fidelity.quality", "fidelity.responsiveness");

    private SummarySection() {}

    static Section build(Ctx c) {
        List<Block> blocks = new ArrayList<>();
        String org = c.organisation();
        blocks.add(new Para(org == null ? c.t("summary.intro", c.f.date(c.in.asOf()), Text.clean(c.job.intervention().name()))
                : c.t("summary.introOrg", c.f.date(c.in.asOf()), Text.clean(c.job.intervention().name()), Text.clean(org)), null));
        if (c.job.goals().isEmpty()) {
            blocks.add(new Para(c.t("summary.noGoals"), null));
        } else {
            blocks.add(new TableBlock(goalTable(c), false, null));
            blocks.add(legend(c));
            if (org == null) {
                Table exceptions = Exceptions.table(c);
                if (exceptions != null) {
                    blocks.add(new TableBlock(exceptions, false, null));
                } else if (!c.rows.organisations().isEmpty()) {
                    blocks.add(new Para(c.t("exceptions.none"), null));
                }
                Table whatNext = WhatNext.summary(c);
                if (whatNext != null) {
                    blocks.add(new Model.Heading(c.t("section.whatnext")));
                    blocks.add(new Para(c.t("whatnext.summary.intro"), null));
                    blocks.add(new TableBlock(whatNext, false, null));
                }
            }
        }
        blocks.add(new Figures(c.t("summary.reach"), figures(c, REACH)));
        blocks.add(new Figures(c.t("summary.fidelity"), figures(c, FIDELITY)));
        if (org == null && !c.rows.organisations().isEmpty()) {
            blocks.add(organisationLinks(c));
        }
        return new Section("samenvatting", 1, c.t("section.summary"), c.t(org == null ? "explain.summary" : "explain.summaryOrg"),
                blocks);
    }

    /** The main report links to every organisation's own report (their folder names are stable). */
    private static Model.Links organisationLinks(Ctx c) {
        List<Model.Link> links = new ArrayList<>();
        for (String o : OrganisationReports.organisationsOf(c.in.rows())) {
            links.add(new Model.Link(Text.clean(o), OrganisationReports.FOLDER + "/" + OrganisationReports.folder(o) + "/report.html"));
        }
        return new Model.Links(c.t("summary.orgReports"), c.t("summary.orgReportsIntro"), links);
    }

    static List<KeyFigure> figures(Ctx c, List<String> indicators) {
        return indicators.stream().map(i -> {
            KeyFigure k = c.figure(i);
            return k == null || c.organisation() == null ? k : new KeyFigure(k.label(), k.value(), peersText(c, i));
        }).filter(Objects::nonNull).toList();
    }

    /** "alle organisaties 76%; andere: mediaan 74% (60%–90%)" for an organisation's figure. */
    static String peersText(Ctx c, String indicator) {
        Peers p = Peers.of(c.every, indicator, c.organisation());
        String all = c.t("peers.all", c.f.value(p.all()));
        if (!p.hasRange()) {
            return all;
        }
        IndicatorRow kind = c.every.all(indicator);
        return all + "; " + c.t("peers.others", c.f.valueOf(kind, p.median()), c.f.valueOf(kind, p.min()), c.f.valueOf(kind, p.max()));
    }

    /** Each goal with its target, value, basis and status (period all, scope all); beside its peers in an organisation's report. */
    static Table goalTable(Ctx c) {
        boolean org = c.organisation() != null;
        List<Row> rows = new ArrayList<>();
        for (Goal g : c.job.goals()) {
            String id = "goal." + g.id();
            IndicatorRow r = c.rows.all(id);
            List<Cell> cells = new ArrayList<>(List.of(
                    Cell.head(Text.clean(g.id()) + " · " + Text.clean(g.title())),
                    Cell.number(c.f.target(target(r, g))),
                    valueOnly(c, r),
                    Cell.number(r == null || r.suppressed() ? "" : Objects.requireNonNullElse(c.f.detail(r), "")),
                    statusCell(c, r, c.rows.all(id + ".reachable"))));
            if (org) {
                Peers p = Peers.of(c.every, id, c.organisation());
                cells.add(Cell.number(c.f.value(p.all())));
                cells.add(Cell.number(p.hasRange() ? c.t("peers.range", c.f.valueOf(r == null ? p.all() : r, p.median()),
                        c.f.valueOf(p.all(), p.min()), c.f.valueOf(p.all(), p.max())) : Fmt.NONE));
            }
            rows.add(new Row(cells, false));
        }
        List<String> headers = new ArrayList<>(List.of(c.t("col.goal"), c.t("col.target"), c.t("col.value"), c.t("col.basis"),
                c.t("col.status")));
        if (org) {
            headers.add(c.t("col.allOrganisations"));
            headers.add(c.t("col.otherOrganisations"));
        }
        return new Table(org ? c.t("summary.goalsCaptionOrg", c.f.date(c.in.asOf()), Text.clean(c.organisation()))
                : c.t("summary.goalsCaption", c.f.date(c.in.asOf())), headers, rows, org, true);
    }

    static BigDecimal target(IndicatorRow r, Goal g) {
        return r != null && r.target() != null ? r.target() : g.target();
    }

    static Cell valueOnly(Ctx c, IndicatorRow r) {
        return new Cell(c.f.value(r), null, null, false, true, r != null && r.suppressed());
    }

    /** The status word and symbol; for a suppressed row a note that the status is not shown. */
    static Cell statusCell(Ctx c, IndicatorRow r) {
        return statusCell(c, r, null);
    }

    /**
     * The status, and for a goal still in progress what it can still reach among the members counted so far
     * and whether it is on or off track (the goal.<id>.reachable row, details.md rules 58-60).
     */
    static Cell statusCell(Ctx c, IndicatorRow r, IndicatorRow reachable) {
        if (r == null) {
            return Cell.text(Fmt.NONE);
        }
        if (r.suppressed()) {
            return new Cell(c.t("status.suppressed"), null, null, false, false, true);
        }
        String detail = null;
        if ("in_progress".equals(r.status()) && reachable != null && !reachable.suppressed() && reachable.value() != null) {
            detail = c.t("reachable.upTo", c.f.value(reachable)) + " · " + c.t("mark." + reachable.status());
        }
        return new Cell("", detail, c.f.mark(r.status()), false, false, false);
    }

    static Model.Legend legend(Ctx c) {
        List<Model.LegendItem> items = new ArrayList<>(Stream.of("met", "not_met", "in_progress", "no_data")
                .map(s -> new Model.LegendItem(c.f.mark(s), null, c.t("legend." + s))).toList());
        if (c.job.goals().stream().anyMatch(g -> g.population() == Goal.Population.trajects)) {
            Stream.of("on_track", "off_track", "open").forEach(s -> items.add(new Model.LegendItem(c.f.mark(s), null, c.t("legend." + s))));
        }
        items.add(new Model.LegendItem(null, c.f.suppressed(), c.t("legend.suppressed")));
        return new Model.Legend(items);
    }
}
