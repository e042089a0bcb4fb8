package nl.procesevaluatie.report;

import java.util.Map;
import nl.procesevaluatie.job.JobFile;

/**
 * Names for codes of the job file, so that no raw code (uitleg_stress, staff_capacity) stands in the
 * report's prose, tables or chart axes: the job file's own label, else a built-in label of a known MIDI
 * determinant in the report's language, else the code made readable ("Uitleg stress").
 */
final class Labels {
    private final Messages m;
    private final Map<String, String> components;
    private final Map<String, String> determinants;

    Labels(JobFile job, Messages m) {
        this.m = m;
        this.components = job.componentLabels();
        this.determinants = job.determinantLabels();
    }

    String component(String code) {
        String own = components.get(code);
        return own != null ? Text.clean(own) : readable(code);
    }

    String determinant(String code) {
        String own = determinants.get(code);
        return own != null ? Text.clean(own) : m.getOr("determinant." + code, readable(code));
    }

    /** A code as words: separators become spaces and the first letter a capital. */
    static String readable(String code) {
        String s = Text.clean(code).replace('_', ' ').replace('-', ' ').replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    }
}
