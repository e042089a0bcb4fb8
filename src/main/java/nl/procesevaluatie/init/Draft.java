package nl.procesevaluatie.init;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Everything init found in an inbox, ready to be written as a job file. */
final class Draft {
    final List<SniffedFile> files;
    final List<FileGroups.FileGroup> groups;
    DatasetDraft registrations;
    DatasetDraft sessions;
    final List<DatasetDraft> instruments = new ArrayList<>();
    /** Files or groups left out of the draft, each with why. */
    final List<String> unused = new ArrayList<>();

    String code;
    String codeNote;
    String name;
    int plannedSessions = 1;
    String plannedNote;
    final List<String> components = new ArrayList<>();
    String componentsNote;
    LocalDate firstRegistration;
    LocalDate lastRegistration;

    Draft(List<SniffedFile> files, List<FileGroups.FileGroup> groups) {
        this.files = files;
        this.groups = groups;
    }

    /** The dataset a file was put in, for the summary table. */
    String datasetOf(SniffedFile f) {
        List<DatasetDraft> all = new ArrayList<>();
        if (registrations != null) {
            all.add(registrations);
        }
        if (sessions != null) {
            all.add(sessions);
        }
        all.addAll(instruments);
        for (DatasetDraft d : all) {
            if (d.group.files().contains(f)) {
                return d.role.equals("instrument") ? d.id + " (" + d.kind + ")" : d.role;
            }
        }
        return f.readable() ? "not used" : "unreadable";
    }
}
