package nl.procesevaluatie.report;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import nl.procesevaluatie.report.Model.Meta;
import nl.procesevaluatie.report.Model.Report;
import nl.procesevaluatie.report.Model.Section;

/** Puts the ten sections of outputs.md together. */
final class ReportBuilder {
    private ReportBuilder() {}

    /** The banner's lines in the report's language; file names only, reasons as the run recorded them. */
    static List<String> notices(Ctx c) {
        return c.in.notices().stream().map(n -> switch (n.kind()) {
            case UNFINISHED_FILE -> c.t("notice.unfinished", Text.clean(n.file()), Long.toString(n.line()));
            case NO_TRAJECTS -> c.t("notice.noTrajects", c.f.date(c.in.asOf()));
            case REFUSED_FILE -> c.t("notice.refused", Text.clean(n.file()), ReasonText.of(c, n.detail()));
            case UNREADABLE_FILE -> c.t("notice.unreadable", Text.clean(n.file()));
            case NOT_A_REGULAR_FILE -> c.t("notice.notRegular", Text.clean(n.file()));
            case SEE_MAIN_REPORT -> c.t("notice.seeMain", n.line());
        }).toList();
    }

    static Report build(Ctx c) {
        boolean org = c.organisation() != null;
        List<Section> built = new ArrayList<>(List.of(SummarySection.build(c)));
        if (org) {
            built.add(WhatNext.section(c)); // right after the verdicts: why, and what to do
        }
        built.addAll(List.of(
                GoalsSection.build(c),
                ReachSection.build(c),
                FidelitySection.build(c),
                DeterminantsSection.build(c),
                AdoptionSection.build(c),
                OutcomesSection.build(c)));
        // an organisation's report names no other organisation and no inbox file: its comparison is with the
        // peers' median and range, and the data quality stays in the evaluator's main report
        built.add(org ? PeersSection.build(c) : BenchmarkSection.build(c));
        if (!org) {
            built.add(QualitySection.build(c));
        }
        built.add(DefinitionsSection.build(c));
        List<Section> sections = new ArrayList<>();
        for (Section s : built) {
            sections.add(new Section(s.id(), sections.size() + 1, s.title(), s.explanation(), s.blocks()));
        }
        String created = c.in.runStarted() == null ? Fmt.NONE
                : DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", c.m.locale())
                        .format(c.in.runStarted().atZone(ZoneId.systemDefault()));
        List<Meta> meta = new ArrayList<>();
        meta.add(new Meta(c.t("meta.asOf"), c.f.date(c.in.asOf())));
        meta.add(new Meta(c.t("meta.intervention"), Text.clean(c.job.intervention().name()) + " ("
                + Text.clean(c.job.intervention().code()) + ")"));
        meta.add(new Meta(c.t("meta.evaluation"), Text.clean(c.job.evaluation())));
        if (org) {
            meta.add(new Meta(c.t("meta.organisation"), Text.clean(c.organisation())));
        } else {
            meta.add(new Meta(c.t("meta.organisations"), Integer.toString(c.rows.organisations().size())));
        }
        meta.add(new Meta(c.t("meta.minCell"), c.t("meta.minCell.value", c.job.minCellSize(), c.f.suppressed())));
        meta.add(new Meta(c.t("meta.created"), created, true));
        String version = c.in.version() == null ? "" : Text.clean(c.in.version());
        String subtitle = org ? c.t("report.subtitleOrg", Text.clean(c.job.intervention().name()), Text.clean(c.organisation()))
                : c.t("report.subtitle", Text.clean(c.job.intervention().name()));
        return new Report(c.m.language(), Text.clean(c.job.title()), subtitle, meta, sections,
                c.t("report.footer", version), notices(c));
    }
}
