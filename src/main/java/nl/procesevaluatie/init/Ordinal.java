package nl.procesevaluatie.init;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Ordered answer scales written in words, lowest first, as questionnaires for children and adults use them. */
final class Ordinal {
    private static final List<List<String>> SCALES = List.of(
            List.of("verdrietig", "neutraal", "blij"),
            List.of("helemaal oneens", "oneens", "neutraal", "eens", "helemaal eens"),
            List.of("zeer oneens", "oneens", "neutraal", "eens", "zeer eens"),
            List.of("helemaal niet mee eens", "niet mee eens", "neutraal", "mee eens", "helemaal mee eens"),
            List.of("nooit", "zelden", "soms", "vaak", "altijd"),
            List.of("nooit", "soms", "vaak", "altijd"),
            List.of("slecht", "matig", "voldoende", "goed", "uitstekend"),
            List.of("strongly disagree", "disagree", "neutral", "agree", "strongly agree"),
            List.of("never", "rarely", "sometimes", "often", "always"),
            List.of("poor", "fair", "good", "very good", "excellent"));

    private Ordinal() {}

    /** The scale whose words are all the column's answers (ignoring case and missing codes), or null. */
    static List<String> scaleOf(ColumnProfile c, Set<String> missing) {
        return scaleOf(c, missing, SCALES, 2);
    }

    /** A column with a single word (all answered "neutraal") takes a scale its siblings already showed. */
    static List<String> scaleOf(ColumnProfile c, Set<String> missing, java.util.Collection<List<String>> known) {
        return scaleOf(c, missing, known, 1);
    }

    private static List<String> scaleOf(ColumnProfile c, Set<String> missing, java.util.Collection<List<String>> scales, int minWords) {
        Set<String> words = new java.util.HashSet<>();
        for (String v : c.counts.keySet()) {
            if (!missing.contains(v) && !ColumnProfile.TEXT_CODES.contains(v)) { // "weet niet" is no answer
                words.add(v.toLowerCase(Locale.ROOT).strip());
            }
        }
        if (words.size() < minWords || c.manyDistinct) {
            return null;
        }
        for (List<String> scale : scales) {
            if (scale.containsAll(words)) {
                return scale;
            }
        }
        return null;
    }
}
