package nl.procesevaluatie.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.procesevaluatie.indicators.IndicatorRow;

/**
 * Each organisation of T its own report, {@code organisaties/<folder>/report.html}: the same sections over
 * that organisation's rows, each figure beside all organisations and the other organisations' median and
 * range. It names no other organisation and no inbox file, so it can be sent to that organisation as it is.
 */
public final class OrganisationReports {
    public static final String FOLDER = "organisaties";

    private OrganisationReports() {}

    /** The organisations of T: those with a reach.registered row (details.md rule 24), in name order. */
    static List<String> organisationsOf(List<IndicatorRow> rows) {
        return rows.stream().filter(r -> r.indicator().equals("reach.registered") && r.scope().equals(IndicatorRow.ORGANISATION)
                && r.isAllPeriod()).map(IndicatorRow::scopeValue).distinct().sorted().toList();
    }

    /**
     * A folder name that is safe for any organisation name (no separators, dots, controls or non-ASCII) and
     * the same every night: readable letters and digits, then 8 hex digits of the name's SHA-256 so that
     * two names that read alike never share a folder.
     */
    public static String folder(String organisation) {
        String ascii = Normalizer.normalize(organisation, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (ascii.length() > 48) {
            ascii = ascii.substring(0, 48).replaceAll("-+$", "");
        }
        return (ascii.isEmpty() ? "organisatie" : ascii) + "-" + hash(organisation);
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The rows each organisation's report shows: its own rows as if they were the whole evaluation, in the
     * order of {@code rows}, gathered in one pass.
     */
    static Map<String, List<IndicatorRow>> rowsByOrganisation(List<IndicatorRow> rows) {
        Map<String, List<IndicatorRow>> out = new java.util.HashMap<>();
        for (IndicatorRow r : rows) {
            if (r.scope().equals(IndicatorRow.ORGANISATION)) {
                out.computeIfAbsent(r.scopeValue(), k -> new ArrayList<>()).add(new IndicatorRow(r.indicator(), IndicatorRow.ALL,
                        "", r.period(), r.numerator(), r.denominator(), r.value(), r.target(), r.status(), r.suppressed(), r.count()));
            }
        }
        return out;
    }

    /**
     * Writes the report of every organisation of T (or only {@code only}, when given) under
     * {@code outDir/organisaties/}, and removes the folders of organisations no longer in T.
     *
     * @return organisation name to its report's path relative to {@code outDir}, for the main report's links
     */
    public static Map<String, String> write(ReportInput main, Path outDir, boolean pdf, String only) {
        List<String> organisations = organisationsOf(main.rows());
        RowIndex every = new RowIndex(main.rows(), Messages.forLanguage(main.language()).locale());
        Path root = outDir.resolve(FOLDER);
        List<String> chosen = only == null ? organisations : organisations.stream().filter(only::equals).toList();
        // a partial night is said in every report, without naming files (a file name can name an organisation)
        List<Notice> notices = main.notices().isEmpty() ? List.of()
                : List.of(new Notice(Notice.Kind.SEE_MAIN_REPORT, "", main.notices().size(), ""));
        Map<String, List<IndicatorRow>> byOrganisation = rowsByOrganisation(main.rows());
        chosen.parallelStream().forEach(org -> {
            ReportInput in = new ReportInput(main.job(), main.asOf(), main.language(), byOrganisation.getOrDefault(org, List.of()), List.of(),
                    List.of(), main.runStarted(), main.version(), notices, org);
            new ReportWriter().writeOrganisation(in, every, root.resolve(folder(org)), pdf);
        });
        if (only == null) {
            removeStale(root, organisations.stream().map(OrganisationReports::folder).collect(Collectors.toSet()));
        }
        Map<String, String> links = new LinkedHashMap<>();
        organisations.forEach(o -> links.put(o, FOLDER + "/" + folder(o) + "/report.html"));
        return links;
    }

    /** Folders of organisations that left T (a corrected export renamed one): their reports would be stale. */
    private static void removeStale(Path root, Set<String> current) {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root)) {
            for (Path d : dirs) {
                if (!current.contains(d.getFileName().toString()) && Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)
                        && d.getFileName().toString().matches("[a-z0-9-]+-[0-9a-f]{8}")) {
                    for (String f : List.of("report.html", "report.pdf")) {
                        Files.deleteIfExists(d.resolve(f));
                    }
                    try (DirectoryStream<Path> left = Files.newDirectoryStream(d)) {
                        if (!left.iterator().hasNext()) {
                            Files.delete(d);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot tidy " + root, e);
        }
    }
}
