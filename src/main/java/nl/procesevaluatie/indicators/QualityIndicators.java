package nl.procesevaluatie.indicators;

import java.util.ArrayList;
import java.util.List;
import nl.procesevaluatie.store.FileRecord;

/**
 * quality.*: rows read, accepted, rejected and skipped per dataset or instrument over the files in the
 * inbox now (each content once, rule 5), warnings over the stored rows (rule 23), and refused files.
 */
final class QualityIndicators {
    private final List<String> datasets;
    private final List<FileRecord> files;
    private final long registrationWarnings;
    private final long sessionWarnings;

    QualityIndicators(List<String> datasets, List<FileRecord> files, long registrationWarnings, long sessionWarnings) {
        this.datasets = datasets;
        this.files = files;
        this.registrationWarnings = registrationWarnings;
        this.sessionWarnings = sessionWarnings;
    }

    List<IndicatorRow> rows() {
        List<IndicatorRow> out = new ArrayList<>();
        for (String d : datasets) {
            long read = 0, accepted = 0, rejected = 0, skipped = 0;
            for (FileRecord f : files) {
                if (f.dataset().equals(d) && !f.refused()) {
                    read += f.read();
                    accepted += f.accepted();
                    rejected += f.rejected();
                    skipped += f.skipped();
                }
            }
            long warnings = d.equals("registrations") ? registrationWarnings : d.equals("sessions") ? sessionWarnings : 0;
            String p = "quality." + d + ".";
            out.add(Rows.count(p + "read", Scope.ALL, IndicatorRow.ALL, read));
            out.add(Rows.count(p + "accepted", Scope.ALL, IndicatorRow.ALL, accepted));
            out.add(Rows.count(p + "rejected", Scope.ALL, IndicatorRow.ALL, rejected));
            out.add(Rows.count(p + "skipped", Scope.ALL, IndicatorRow.ALL, skipped));
            out.add(Rows.count(p + "warnings", Scope.ALL, IndicatorRow.ALL, warnings));
        }
        out.add(Rows.count("quality.files_refused", Scope.ALL, IndicatorRow.ALL, files.stream().filter(FileRecord::refused).count()));
        return out;
    }
}
