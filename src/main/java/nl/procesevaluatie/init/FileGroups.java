package nl.procesevaluatie.init;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which files form one dataset. Files whose names differ only in dates, numbers and words such as
 * "correctie" or "kopie" are one dataset (night-by-night exports and their corrections); groups of other
 * names with the same header join when one glob can name them without naming other files.
 */
final class FileGroups {
    private static final Pattern WORDS = Pattern.compile(
            "(?<![a-z])(correctie|correcties|gecorrigeerd|correction|corrected|kopie|copy|handmatig|manual|herzien|revised|nacht|nightly|night|deel|part|v)(?=[^a-z]|$)");

    /** A dataset's files and the glob that names them in the inbox. */
    record FileGroup(String stem, String glob, List<SniffedFile> files, List<String> alsoNames) {
        List<String> names() {
            return files.stream().map(SniffedFile::name).toList();
        }
    }

    private FileGroups() {}

    static List<FileGroup> of(List<SniffedFile> files) {
        Map<String, List<SniffedFile>> byStem = new LinkedHashMap<>();
        for (SniffedFile f : files) {
            byStem.computeIfAbsent(stem(f.name()), k -> new ArrayList<>()).add(f);
        }
        List<List<SniffedFile>> groups = new ArrayList<>(byStem.values());
        mergeSameHeaders(groups, files);
        List<FileGroup> out = new ArrayList<>();
        for (List<SniffedFile> g : groups) {
            List<String> names = g.stream().map(SniffedFile::name).toList();
            Set<String> others = new HashSet<>();
            files.stream().map(SniffedFile::name).filter(n -> !names.contains(n)).forEach(others::add);
            String glob = glob(names, others);
            // no glob of the common start could leave the other files out: say so in the draft
            List<String> alsoNames = others.stream().filter(n -> matches(glob, n)).sorted().toList();
            out.add(new FileGroup(stem(names.get(0)), glob, List.copyOf(g), alsoNames));
        }
        return out;
    }

    /** The name without extension, in lower case, without digits and the words of corrections and copies. */
    static String stem(String fileName) {
        String s = fileName.toLowerCase(Locale.ROOT).replaceFirst("\\.[a-z0-9]+$", "").replaceAll("[0-9]+", "_");
        s = WORDS.matcher(s).replaceAll("_");
        return s.replaceAll("[-_ .()]+", "_").replaceAll("^_+|_+$", "");
    }

    private static void mergeSameHeaders(List<List<SniffedFile>> groups, List<SniffedFile> all) {
        for (int i = 0; i < groups.size(); i++) {
            for (int j = i + 1; j < groups.size(); j++) {
                if (!Set.copyOf(groups.get(i).get(0).header()).equals(Set.copyOf(groups.get(j).get(0).header()))) {
                    continue;
                }
                List<String> names = new ArrayList<>();
                groups.get(i).forEach(f -> names.add(f.name()));
                groups.get(j).forEach(f -> names.add(f.name()));
                Set<String> others = new HashSet<>();
                all.stream().map(SniffedFile::name).filter(n -> !names.contains(n)).forEach(others::add);
                String g = glob(names, others);
                if (others.stream().noneMatch(n -> matches(g, n)) && !g.startsWith("*")) {
                    groups.get(i).addAll(groups.remove(j));
                    j--;
                }
            }
        }
    }

    /**
     * A glob naming the files: their common start up to the date or number, then {@code *}, then the
     * extension, so that next night's file matches too; longer when that would name another dataset's file.
     */
    static String glob(List<String> names, Set<String> others) {
        String prefix = names.get(0);
        String ext = names.get(0).contains(".") ? names.get(0).substring(names.get(0).lastIndexOf('.')) : "";
        for (String n : names) {
            int k = 0;
            while (k < prefix.length() && k < n.length() && prefix.charAt(k) == n.charAt(k)) {
                k++;
            }
            prefix = prefix.substring(0, k);
            if (!n.endsWith(ext)) {
                ext = "";
            }
        }
        if (prefix.endsWith(ext) && !ext.isEmpty() && names.size() == 1) {
            prefix = prefix.substring(0, prefix.length() - ext.length());
        }
        String shortPrefix = prefix.replaceFirst("[0-9][0-9._-]*$", "");
        for (String candidate : List.of(shortPrefix, prefix)) {
            if (candidate.isEmpty()) {
                continue;
            }
            String g = candidate + "*" + ext;
            if (others.stream().noneMatch(n -> matches(g, n))) {
                return g;
            }
        }
        return (prefix.isEmpty() ? "" : prefix) + "*" + ext;
    }

    /** A glob of {@code *} only, matched as the inbox matches it: case-sensitive, the whole name. */
    static boolean matches(String glob, String name) {
        String[] parts = glob.split("\\*", -1);
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            re.append(i > 0 ? ".*" : "").append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL).matcher(name).matches();
    }
}
