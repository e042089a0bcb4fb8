package nl.procesevaluatie.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a synthetic, realistic evaluation of N trajects into a folder, for measuring the pipeline:
 * {@code job.yaml}, {@code inbox/} with several nights of Dutch Excel exports, and {@code generator.properties}
 * (the options and the data rows per file).
 *
 * <p>The evaluation is a parenting group training, <i>Samen Sterk Opvoeden</i> (code SSO): an intake and 12
 * weekly group sessions (planned_sessions 12), most with a home visit after the intake, for completers often one
 * or two follow-up sessions; with cancelled
 * sessions and the absences of parents who drop out, about 12 session rows per traject. It runs at {@code --organisations} organisations (default 300) in {@code --municipalities}
 * municipalities (default 342); trajects register evenly over 700 days from 2023-01-02, so the last initial
 * night is 2024-12-01. Four instruments: MIDI determinants of the trainers (waves every half year), client
 * satisfaction (responsiveness, with the survey tool's question row), observations of sessions (quality) and
 * a parenting-stress questionnaire before and after (outcome); about two responses per traject.
 *
 * <p>Nights are daily exports: the first holds everything typed in up to that night, each later one what was
 * typed in that day. Registrations are a change export (a traject comes again when it starts or ends, with
 * its state that night); the second night has a small corrected re-export ({@code _correctie}) of the rows
 * that were wrong before. About 0.5% of the rows are bad (impossible or wrongly written dates, missing
 * fields, session number 0, a decimal point where the export writes a comma) and are rejected; a few
 * registrations belong to another intervention and are skipped.
 *
 * <p>Every traject, row and response draws from its own random stream ({@link Rnd}), so the same seed gives
 * the same bytes, nothing is kept in memory beyond one traject, and {@code --next-night} can write one more
 * night on top of an existing folder (what the nightly run then ingests).
 *
 * <pre>
 * DataGenerator --trajects N --out DIR [--seed S] [--nights K] [--organisations O] [--municipalities M]
 * DataGenerator --next-night --out DIR
 * </pre>
 */
public final class DataGenerator {

    /** The generator's options; everything else follows from them. */
    public record Options(int trajects, long seed, int nights, int organisations, int municipalities) {
        public static final long DEFAULT_SEED = 20241201L;

        public Options {
            if (trajects < 1 || nights < 1 || organisations < 1 || municipalities < 1) {
                throw new IllegalArgumentException("trajects, nights, organisations and municipalities must be at least 1");
            }
        }

        public static Options of(int trajects, long seed) {
            return new Options(trajects, seed, 4, 300, 342);
        }
    }

    /** What one call wrote: the data rows per file (in file-name order) and per dataset. */
    public record Result(Path folder, Path jobFile, LocalDate asOf, int nightsInInbox, Map<String, Long> rowsPerFile,
            Map<String, Long> rowsPerDataset) {

        public long registrations() {
            return rowsPerDataset.getOrDefault("registrations", 0L);
        }

        public long sessions() {
            return rowsPerDataset.getOrDefault("sessions", 0L);
        }

        public long responses() {
            return rowsPerDataset.entrySet().stream().filter(e -> !e.getKey().equals("registrations") && !e.getKey().equals("sessions"))
                    .mapToLong(Map.Entry::getValue).sum();
        }

        public long total() {
            return registrations() + sessions() + responses();
        }
    }

    // ---- the calendar ----
    static final LocalDate DAY0 = LocalDate.of(2023, 1, 2); // a Monday; implementation_start
    /** The initial trajects register on days [0, SPAN); later nights go on at the same rate. */
    static final int SPAN = 700;
    static final int LAST_INITIAL_NIGHT = SPAN - 1; // 2024-12-01
    /** Days from a registration to the last row it can cause (start, sessions, end, late questionnaires). */
    static final int MAX_LIFE = 450;
    private static final int DATE_OFFSET = 60;
    private static final int DATE_DAYS = DATE_OFFSET + SPAN + 4000;

    static final double BAD_ROW_SHARE = 0.005;
    static final String CODE = "SSO";
    static final String NAME = "Samen Sterk Opvoeden";
    static final String PROPERTIES = "generator.properties";

    static final List<String> COMPONENTS = List.of("kennismaking", "doelen_stellen", "positief_opvoeden", "grenzen_stellen",
            "emoties_reguleren", "netwerk_versterken", "terugblik");
    /** Core components per session: [0] the intake, [1..12] the group sessions, [13] a follow-up, [14] the home visit. */
    private static final String[][] PLAN = {
            {"kennismaking", "doelen_stellen"},
            {"positief_opvoeden"}, {"positief_opvoeden"}, {"grenzen_stellen"}, {"grenzen_stellen"},
            {"emoties_reguleren"}, {"emoties_reguleren"}, {"netwerk_versterken"}, {"netwerk_versterken"},
            {"positief_opvoeden", "grenzen_stellen"}, {"emoties_reguleren", "netwerk_versterken"},
            {"doelen_stellen"}, {"terugblik"},
            {"terugblik", "doelen_stellen"},
            {"doelen_stellen"}};

    private static final String[] REFERRALS = {"Wijkteam", "Wijkteam", "Wijkteam", "Huisarts", "Consultatiebureau",
            "Consultatiebureau", "School", "Zelfmelder", "Zelfmelder", "Jeugdarts", "GGD", "Gecertificeerde instelling"};
    private static final String[] NOTES = {"Ouder wil graag een ochtendgroep", "Tolk nodig (Arabisch)",
            "Eerder afgemeld; opnieuw aangemeld", "Partner doet ook mee", "Kinderopvang geregeld via de gemeente",
            "Cliënt heeft ook contact met GGZ", "Voorkeur voor groep dichtbij huis"};
    private static final String[] COMMENTS = {"Heel fijn om andere ouders te ontmoeten", "Leerzaam; de oefeningen thuis hielpen",
            "Soms te veel theorie", "De trainer luisterde goed", "Ik heb nu meer rust in huis",
            "Graag een vervolg", "Tijdstip was lastig met werk", "Fijne groep, \"echt\" een aanrader"};
    private static final String[] FUNCTIONS = {"Trainer", "Gezinscoach", "Jeugdverpleegkundige", "Pedagoog", "Maatschappelijk werker"};
    private static final String[] ORG_KINDS = {"Stichting Welzijn", "Jeugdteam", "Sociaal Team", "Centrum voor Jeugd en Gezin",
            "Coöperatie Zorg & Welzijn", "Stichting Opvoedsteunpunt", "Wijkteam", "Stichting Eén Gezin",
            "Kwadrant Jeugd & Gezin", "Buurtwerk"};

    private final Options o;
    private final int firstNight; // day of night 0
    private final String[] municipalities;
    private final String[] organisations;
    private final int[] orgHome;
    private final double[] orgCdf;
    private final int[] profFirst;
    private final int[] profCount;
    private final int[] profOrg;
    private final String[] profId;
    private final double[] muniShare;
    private final String[] dateLong = new String[DATE_DAYS];
    private final String[] dateShort = new String[DATE_DAYS];
    private final String[] yearOf = new String[DATE_DAYS];
    private final Rnd row = new Rnd(0);
    /** Trajects whose trainer the correction fixes: 0.1%, and at least about five in a small evaluation. */
    private final double wrongTrainerShare;

    DataGenerator(Options o) {
        this.o = o;
        this.firstNight = LAST_INITIAL_NIGHT - (o.nights() - 1);
        this.wrongTrainerShare = Math.min(0.05, Math.max(0.001, 5.0 / o.trajects()));
        DateTimeFormatter longF = DateTimeFormatter.ofPattern("dd-MM-yyyy");
        DateTimeFormatter shortF = DateTimeFormatter.ofPattern("d-M-yyyy");
        for (int i = 0; i < DATE_DAYS; i++) {
            LocalDate d = DAY0.plusDays(i - DATE_OFFSET);
            dateLong[i] = d.format(longF);
            dateShort[i] = d.format(shortF);
            yearOf[i] = Integer.toString(d.getYear());
        }
        municipalities = municipalityNames(o.municipalities(), o.seed());
        int n = o.organisations();
        organisations = new String[n];
        orgHome = new int[n];
        orgCdf = new double[n];
        double total = 0;
        double[] weight = new double[n];
        for (int j = 0; j < n; j++) {
            orgHome[j] = (int) ((long) j * o.municipalities() / n);
            organisations[j] = ORG_KINDS[j % ORG_KINDS.length] + " " + municipalities[orgHome[j]];
            // a few large organisations, many small ones (order shuffled by the seed)
            long h = Rnd.key(o.seed(), 7, j);
            weight[j] = 1.0 / Math.pow(1 + Math.floorMod(h, n), 0.8);
            total += weight[j];
        }
        double acc = 0;
        profFirst = new int[n];
        profCount = new int[n];
        int profs = 0;
        muniShare = new double[o.municipalities()];
        for (int j = 0; j < n; j++) {
            acc += weight[j] / total;
            orgCdf[j] = acc;
            profFirst[j] = profs;
            // a trainer gives the training to about 100 parents over the two years
            profCount[j] = Math.max(2, (int) Math.round(weight[j] / total * o.trajects() / 100.0));
            profs += profCount[j];
            muniShare[orgHome[j]] += 0.85 * weight[j] / total;
            for (int k = 1; k <= 3; k++) {
                muniShare[(orgHome[j] + k) % o.municipalities()] += 0.05 * weight[j] / total;
            }
        }
        orgCdf[n - 1] = 1.0;
        profOrg = new int[profs];
        profId = new String[profs];
        for (int j = 0; j < n; j++) {
            for (int k = 0; k < profCount[j]; k++) {
                profOrg[profFirst[j] + k] = j;
                profId[profFirst[j] + k] = "MW" + (j + 1) + "-" + (k + 1);
            }
        }
    }

    // ---- command line ----

    public static void main(String[] args) {
        try {
            Map<String, String> a = parse(args);
            if (a.containsKey("--help")) {
                System.out.println(USAGE);
                return;
            }
            Path out = Path.of(require(a, "--out"));
            long start = System.nanoTime();
            Result r;
            if (a.containsKey("--next-night")) {
                r = nextNight(out);
            } else {
                Options def = Options.of(Integer.parseInt(require(a, "--trajects")), Options.DEFAULT_SEED);
                Options o = new Options(def.trajects(), Long.parseLong(a.getOrDefault("--seed", Long.toString(def.seed()))),
                        Integer.parseInt(a.getOrDefault("--nights", Integer.toString(def.nights()))),
                        Integer.parseInt(a.getOrDefault("--organisations", Integer.toString(def.organisations()))),
                        Integer.parseInt(a.getOrDefault("--municipalities", Integer.toString(def.municipalities()))));
                r = generate(out, o);
            }
            System.out.printf("wrote %s: %d registrations, %d sessions, %d responses in %d files (%.1f s); job file %s, as of %s%n",
                    r.folder(), r.registrations(), r.sessions(), r.responses(), r.rowsPerFile().size(),
                    (System.nanoTime() - start) / 1e9, r.jobFile(), r.asOf());
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        }
    }

    private static final String USAGE = "usage: DataGenerator --trajects N --out DIR [--seed S] [--nights K] [--organisations O]"
            + " [--municipalities M]\n       DataGenerator --next-night --out DIR";

    static Map<String, String> parse(String[] args) {
        Map<String, String> a = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String k = args[i];
            if (!k.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + k);
            }
            if (k.equals("--next-night") || k.equals("--keep") || k.equals("--help")) {
                a.put(k, "true");
            } else if (i + 1 < args.length) {
                a.put(k, args[++i]);
            } else {
                throw new IllegalArgumentException(k + " needs a value");
            }
        }
        return a;
    }

    static String require(Map<String, String> a, String key) {
        String v = a.get(key);
        if (v == null) {
            throw new IllegalArgumentException("missing " + key);
        }
        return v;
    }

    // ---- the two entry points ----

    /** Writes a new evaluation into {@code folder} (its inbox must not exist yet, or be empty). */
    public static Result generate(Path folder, Options o) {
        try {
            Path inbox = folder.resolve("inbox");
            Files.createDirectories(inbox);
            try (var s = Files.list(inbox)) {
                if (s.findAny().isPresent()) {
                    throw new IllegalArgumentException(inbox + " is not empty");
                }
            }
            DataGenerator g = new DataGenerator(o);
            Map<String, Long> rows = g.write(inbox, 0, o.nights() - 1);
            LocalDate asOf = g.nightDate(o.nights() - 1);
            Path job = folder.resolve("job.yaml");
            Files.writeString(job, g.jobYaml(asOf), StandardCharsets.UTF_8);
            writeProperties(folder, o, o.nights(), rows, new TreeMap<>());
            return result(folder, job, asOf, o.nights(), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds the next night's exports to the inbox of a folder written by {@link #generate}, and moves as_of to it. */
    public static Result nextNight(Path folder) {
        try {
            Map<String, String> p = readProperties(folder);
            Options o = new Options(Integer.parseInt(p.get("trajects")), Long.parseLong(p.get("seed")),
                    Integer.parseInt(p.get("initial_nights")), Integer.parseInt(p.get("organisations")),
                    Integer.parseInt(p.get("municipalities")));
            int nights = Integer.parseInt(p.get("nights"));
            DataGenerator g = new DataGenerator(o);
            Map<String, Long> rows = g.write(folder.resolve("inbox"), nights, nights);
            LocalDate asOf = g.nightDate(nights);
            Path job = folder.resolve("job.yaml");
            Files.writeString(job, g.jobYaml(asOf), StandardCharsets.UTF_8);
            Map<String, Long> earlier = new TreeMap<>();
            p.forEach((k, v) -> {
                if (k.startsWith("rows.")) {
                    earlier.put(k.substring(5), Long.parseLong(v));
                }
            });
            writeProperties(folder, o, nights + 1, rows, earlier);
            return result(folder, job, asOf, nights + 1, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Result result(Path folder, Path job, LocalDate asOf, int nights, Map<String, Long> rowsPerFile) {
        Map<String, Long> perDataset = new TreeMap<>();
        rowsPerFile.forEach((name, n) -> perDataset.merge(datasetOf(name), n, Long::sum));
        return new Result(folder, job, asOf, nights, rowsPerFile, perDataset);
    }

    /** The dataset or instrument id a generated file belongs to, from its name. */
    static String datasetOf(String fileName) {
        String prefix = fileName.substring(0, fileName.indexOf('_'));
        return switch (prefix) {
            case "registraties" -> "registrations";
            case "contacten" -> "sessions";
            default -> prefix;
        };
    }

    private static void writeProperties(Path folder, Options o, int nights, Map<String, Long> rows, Map<String, Long> earlier)
            throws IOException {
        Map<String, Long> all = new TreeMap<>(earlier);
        all.putAll(rows);
        StringBuilder sb = new StringBuilder("# written by nl.procesevaluatie.benchmark.DataGenerator; data rows per file\n");
        sb.append("seed=").append(o.seed()).append('\n');
        sb.append("trajects=").append(o.trajects()).append('\n');
        sb.append("organisations=").append(o.organisations()).append('\n');
        sb.append("municipalities=").append(o.municipalities()).append('\n');
        sb.append("initial_nights=").append(o.nights()).append('\n');
        sb.append("nights=").append(nights).append('\n');
        all.forEach((k, v) -> sb.append("rows.").append(k).append('=').append(v).append('\n'));
        Files.writeString(folder.resolve(PROPERTIES), sb.toString(), StandardCharsets.UTF_8);
    }

    static Map<String, String> readProperties(Path folder) throws IOException {
        Path f = folder.resolve(PROPERTIES);
        if (!Files.exists(f)) {
            throw new IllegalArgumentException(f + " not found: --next-night needs a folder written by the generator");
        }
        Map<String, String> p = new TreeMap<>();
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            int eq = line.indexOf('=');
            if (!line.startsWith("#") && eq > 0) {
                p.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return p;
    }

    // ---- nights ----

    int nightDay(int night) {
        return firstNight + night;
    }

    LocalDate nightDate(int night) {
        return DAY0.plusDays(nightDay(night));
    }

    /** The night whose export holds something typed in on {@code day}: the first holds all before it. */
    int nightOf(int day) {
        return day <= firstNight ? 0 : day - firstNight;
    }

    /** The registration day of traject {@code i}: evenly spread, N trajects in the first SPAN days. */
    int regDay(long i) {
        return (int) (i * SPAN / o.trajects());
    }

    private String stamp(int night) {
        return nightDate(night).format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    /** The exports of one night. */
    private final class Night implements AutoCloseable {
        final int night;
        final int day;
        final CsvFile registrations;
        final CsvFile correction;
        final CsvFile sessions;
        final CsvFile stress;
        final CsvFile satisfaction;
        final CsvFile observation;
        final CsvFile midi;

        Night(Path inbox, int night, boolean withCorrection) {
            this.night = night;
            this.day = nightDay(night);
            String s = stamp(night);
            String regHeader = "Trajectnummer;Clientnummer;Interventie;Organisatie;Gemeente;Trainer;Groep;Verwijzer;Aanmelddatum;"
                    + "Startdatum;Einddatum;Reden einde;Leeftijd;Geslacht;Opmerking";
            registrations = new CsvFile(inbox.resolve("registraties_" + s + ".csv"), regHeader, null).open();
            correction = withCorrection ? new CsvFile(inbox.resolve("registraties_" + s + "_correctie.csv"), regHeader, null) : null;
            sessions = new CsvFile(inbox.resolve("contacten_" + s + ".csv"),
                    "Trajectnummer;Bijeenkomst;Groep;Datum;Doorgegaan;Aanwezig;Besproken onderdelen;Duur (min)", null).open();
            stress = new CsvFile(inbox.resolve("opvoedstress_" + s + ".csv"),
                    "Respondent;Trajectnummer;Organisatie;Datum;Meting;OS01;OS02;OS03;OS04;OS05;OS06;OS07;OS08", null);
            satisfaction = new CsvFile(inbox.resolve("tevredenheid_" + s + ".csv"),
                    "Respondent;Traject;Datum ingevuld;Rapportcijfer;Toelichting",
                    "Respondent ID;Trajectnummer (verborgen veld);Datum en tijd ingevuld;"
                            + "Welk rapportcijfer geeft u de training Samen Sterk Opvoeden? (1-10);Wilt u nog iets kwijt?");
            observation = new CsvFile(inbox.resolve("observatie_" + s + ".csv"),
                    "Observator;Organisatie;Geobserveerde trainer;Groep;Datum;Structuur;Uitleg;Oefeningen;Groepsproces;"
                            + "Afstemming op ouders;Opmerkingen", null);
            midi = new CsvFile(inbox.resolve("midi_" + s + ".csv"),
                    "Respondent;Organisatie;Functie;Datum;MIDI01;MIDI02;MIDI03;MIDI04;MIDI05;MIDI06;MIDI07;MIDI08;MIDI09;MIDI10;"
                            + "MIDI11;MIDI12", null);
        }

        List<CsvFile> files() {
            List<CsvFile> l = new ArrayList<>(List.of(registrations, sessions, stress, satisfaction, observation, midi));
            if (correction != null) {
                l.add(correction);
            }
            return l;
        }

        @Override
        public void close() {
            files().forEach(CsvFile::close);
        }
    }

    /** Writes nights {@code from..to} (inclusive) into the inbox; returns the data rows per file written. */
    Map<String, Long> write(Path inbox, int from, int to) {
        Night[] nights = new Night[to - from + 1];
        try {
            for (int n = from; n <= to; n++) {
                // the corrected re-export comes with the second night of the initial inbox
                nights[n - from] = new Night(inbox, n, n == 1);
            }
            int lastDay = nightDay(to);
            int firstDay = from == 0 ? Integer.MIN_VALUE : nightDay(from);
            long iFrom = from == 0 ? 0 : Math.max(0, (long) (firstDay - MAX_LIFE) * o.trajects() / SPAN - 1);
            Traject t = new Traject();
            for (long i = iFrom; regDay(i) <= lastDay; i++) {
                traject(i, t);
                emit(t, nights, from, to);
            }
            writeMidi(nights, from, to);
        } finally {
            for (Night n : nights) {
                if (n != null) {
                    n.close();
                }
            }
        }
        Map<String, Long> rows = new TreeMap<>();
        for (Night n : nights) {
            for (CsvFile f : n.files()) {
                if (f.exists()) {
                    rows.put(f.path.getFileName().toString(), f.rows());
                }
            }
        }
        return rows;
    }

    // ---- one traject, drawn from its own stream ----

    static final int COMPLETED = 0, DROPPED_OUT = 1, OTHER = 2;

    /** One traject's whole life; reused for the next traject (no per-traject garbage beyond its strings). */
    static final class Traject {
        long i;
        String id;
        boolean otherIntervention;
        int org, muni, prof, wrongProf;
        String group;
        int regDay, regShownDay, startDay, startTyped, endDay, endTyped;
        String endLabel;
        int age;
        String gender, referral, client, respondent, note;
        // sessions
        int sessions;
        int[] no = new int[20], day = new int[20], typed = new int[20], duration = new int[20], plan = new int[20];
        boolean[] held = new boolean[20], attended = new boolean[20];
        String[] absentLabel = new String[20];
        // responses (-1: none)
        int preDay, preTyped, postDay, postTyped, satDay, satTyped, satMinute, obsDay, obsTyped, obsObserver, obsSession;
    }

    private void traject(long i, Traject t) {
        Rnd r = new Rnd(Rnd.key(o.seed(), 1, i));
        t.i = i;
        t.regDay = regDay(i);
        t.regShownDay = t.regDay;
        String yy = yearOf[t.regDay + DATE_OFFSET].substring(2);
        t.otherIntervention = r.chance(0.003);
        t.id = (t.otherIntervention ? "OZ" : CODE) + yy + "-" + pad(i + 1, 7);
        t.org = pickOrg(r.nextDouble());
        t.muni = r.chance(0.85) ? orgHome[t.org] : (orgHome[t.org] + 1 + r.nextInt(3)) % o.municipalities();
        t.referral = REFERRALS[r.nextInt(REFERRALS.length)];
        t.age = 21 + r.nextInt(36);
        double g = r.nextDouble();
        t.gender = g < 0.68 ? "Vrouw" : g < 0.985 ? "Man" : g < 0.995 ? "Anders" : "";
        long clientNo = r.chance(0.05) && i >= 1000 ? i - 1 - r.nextInt(997) : i; // some parents come twice
        t.client = "C" + (1_000_000 + Math.floorMod(clientNo * 7919, 9_000_000));
        t.respondent = respondentCode(Rnd.key(o.seed(), 2, i));
        t.note = r.chance(0.02) ? (r.chance(0.1) ? "Belt terug na overleg met school;\r\nvoorkeur woensdag" : NOTES[r.nextInt(NOTES.length)]) : null;
        t.wrongProf = -1;
        t.sessions = 0;
        t.startDay = t.startTyped = t.endDay = t.endTyped = -1;
        t.endLabel = null;
        t.preDay = t.postDay = t.satDay = t.obsDay = -1;
        t.group = null;
        int firstProf = profFirst[t.org];
        int profs = profCount[t.org];
        if (r.chance(0.06)) { // registered, never started: on the waiting list, or ended as not started
            t.prof = firstProf + r.nextInt(profs);
            if (r.chance(0.7)) {
                t.endDay = t.regDay + 20 + r.nextInt(70);
                t.endTyped = t.endDay + r.nextInt(8);
                t.endLabel = "Niet gestart";
            }
        } else {
            int start = t.regDay + 3 + (int) (Math.pow(r.nextDouble(), 2) * 110);
            int wd = Math.floorMod(start, 7);
            if (wd >= 5) {
                start += 7 - wd; // no intakes in the weekend
            }
            t.startDay = start;
            t.startTyped = start + r.nextInt(4);
            // the group meets weekly on the organisation's weekday, from the first one at least 5 days after the intake
            int groupStart = start + 5;
            groupStart += Math.floorMod(t.org % 5 - groupStart, 7);
            int week = groupStart / 7;
            t.prof = firstProf + (int) Math.floorMod(Rnd.key(o.seed(), 3, t.org, week), profs);
            t.group = "G" + (t.org + 1) + "-" + week;
            double omit = 0.02 + 0.13 * ((Rnd.key(o.seed(), 4, t.prof) >>> 11) * 0x1.0p-53); // the trainer's fidelity
            double pAttend = 0.70 + 0.28 * r.nextDouble();
            double u = r.nextDouble();
            int fate = u < 0.80 ? COMPLETED : u < 0.94 ? DROPPED_OUT : OTHER;
            int attendedGroup = fate == COMPLETED ? 12 : fate == DROPPED_OUT ? 1 + r.nextInt(8) : 1 + r.nextInt(10);
            int absentTail = fate == DROPPED_OUT ? 2 + r.nextInt(4) : 0; // still on the list, absent, until ended
            addSession(t, r, start, 0, true, r.chance(0.97), r.chance(0.5) ? 45 : 60, omit);
            if (r.chance(0.8)) { // a home visit before the group starts
                addSession(t, r, start + 2 + r.nextInt(3), 14, true, r.chance(0.95), 60, omit);
            }
            int day = groupStart;
            int k = 1;
            int lastHeld = start;
            while (k <= Math.min(12, attendedGroup + absentTail)) {
                if (r.chance(0.06)) { // cancelled (trainer ill, holiday): the schedule moves a week
                    addSession(t, r, day, k, false, false, 0, omit);
                } else {
                    boolean present = k <= attendedGroup && r.chance(pAttend);
                    addSession(t, r, day, k, true, present, 90 + 15 * r.nextInt(3), omit);
                    lastHeld = day;
                    k++;
                }
                day += 7;
            }
            int last = lastHeld;
            if (fate == COMPLETED && r.chance(0.6)) { // follow-up sessions after six and thirteen weeks
                last = lastHeld + 42;
                addSession(t, r, last, 13, true, r.chance(0.9), 90, omit);
                if (r.chance(0.6)) {
                    last = lastHeld + 91;
                    addSession(t, r, last, 13, true, r.chance(0.85), 90, omit);
                }
            }
            if (fate == COMPLETED) {
                t.endDay = last + r.nextInt(15);
                t.endLabel = "Afgerond";
            } else if (fate == DROPPED_OUT) {
                t.endDay = last + 3 + r.nextInt(18);
                t.endLabel = r.chance(0.7) ? "Voortijdig gestopt" : "Cliënt niet bereikbaar";
            } else {
                t.endDay = last + 1 + r.nextInt(14);
                t.endLabel = r.chance(0.5) ? "Verhuisd" : "Doorverwezen";
            }
            t.endTyped = t.endDay + r.nextInt(8);
            if (r.chance(0.003)) {
                t.endLabel = null; // Einddatum without Reden einde: accepted with a warning
            }
            if (r.chance(0.002)) {
                t.regShownDay = start + 1 + r.nextInt(5); // registration typed in after the intake: start before registration
            }
            // questionnaires
            if (t.attended[0] && r.chance(0.9)) {
                t.preDay = start;
                t.preTyped = start + r.nextInt(3);
            }
            if ((fate == COMPLETED && r.chance(0.85)) || (fate == DROPPED_OUT && r.chance(0.25))) {
                t.postDay = fate == COMPLETED ? lastHeld : t.endDay;
                t.postTyped = t.postDay + r.nextInt(3);
            }
            if ((fate == COMPLETED && r.chance(0.7)) || (fate == DROPPED_OUT && r.chance(0.3))) {
                t.satDay = (fate == COMPLETED ? lastHeld : t.endDay) + r.nextInt(11);
                t.satTyped = t.satDay; // the survey tool exports what was filled in that day
                t.satMinute = 8 * 60 + r.nextInt(14 * 60);
            }
            if (t.sessions > 1 && profs > 1 && r.chance(0.08)) {
                int s = 1 + r.nextInt(t.sessions - 1);
                if (t.held[s]) {
                    t.obsSession = s;
                    t.obsDay = t.day[s];
                    t.obsTyped = t.obsDay + 1 + r.nextInt(10);
                    t.obsObserver = firstProf + (t.prof - firstProf + 1 + r.nextInt(profs - 1)) % profs;
                }
            }
        }
        if (r.chance(wrongTrainerShare)) { // the registration system had the wrong trainer until the correction
            t.wrongProf = firstProf + (t.prof - firstProf + 1) % profs;
        }
    }

    private void addSession(Traject t, Rnd r, int day, int planIndex, boolean held, boolean attended, int duration, double omit) {
        int s = t.sessions++;
        if (s == t.no.length) {
            int n = s * 2;
            t.no = Arrays.copyOf(t.no, n);
            t.day = Arrays.copyOf(t.day, n);
            t.typed = Arrays.copyOf(t.typed, n);
            t.duration = Arrays.copyOf(t.duration, n);
            t.plan = Arrays.copyOf(t.plan, n);
            t.held = Arrays.copyOf(t.held, n);
            t.attended = Arrays.copyOf(t.attended, n);
            t.absentLabel = Arrays.copyOf(t.absentLabel, n);
        }
        t.no[s] = s + 1;
        t.day[s] = day;
        double u = r.nextDouble();
        t.typed[s] = day + (u < 0.7 ? r.nextInt(2) : u < 0.95 ? 2 + r.nextInt(4) : 6 + r.nextInt(9));
        t.duration[s] = duration;
        t.held[s] = held;
        t.attended[s] = attended;
        t.absentLabel[s] = attended ? null : held && r.chance(0.4) ? "Afgemeld door cliënt" : "Nee";
        // which planned components the trainer delivered: a bit per element of PLAN[planIndex]
        int bits = 0;
        if (held) {
            for (int c = 0; c < PLAN[planIndex].length; c++) {
                if (!r.chance(omit)) {
                    bits |= 1 << c;
                }
            }
        }
        t.plan[s] = planIndex | bits << 8;
    }

    private int pickOrg(double u) {
        int at = Arrays.binarySearch(orgCdf, u);
        return Math.min(orgCdf.length - 1, at >= 0 ? at : -at - 1);
    }

    // ---- rows ----

    private static final int DS_REG = 1, DS_SESSION = 2, DS_STRESS = 3, DS_SAT = 4, DS_OBS = 5, DS_MIDI = 6;

    /** Seeds the row stream of one row; its first draw says whether the row is bad. */
    private boolean badRow(int dataset, long who, long which, int night) {
        row.reset(Rnd.key(o.seed(), 100 + dataset, who, which, night));
        return row.chance(BAD_ROW_SHARE);
    }

    private String date(int day) {
        return dateLong[day + DATE_OFFSET];
    }

    /** A date as this row writes it: mostly dd-MM-yyyy, a tenth re-saved by Excel as d-M-yyyy. */
    private String date(int day, boolean excelShort) {
        return excelShort ? dateShort[day + DATE_OFFSET] : dateLong[day + DATE_OFFSET];
    }

    private String impossibleDate(int day) {
        String y = yearOf[day + DATE_OFFSET];
        return switch (row.nextInt(3)) {
            case 0 -> "31-02-" + y;
            case 1 -> "31-11-" + y;
            default -> y + "-" + dateLong[day + DATE_OFFSET].substring(3, 5) + "-" + dateLong[day + DATE_OFFSET].substring(0, 2);
        };
    }

    private void emit(Traject t, Night[] nights, int from, int to) {
        // registrations: a row in each night in which the traject was registered, started or ended
        int nReg = nightOf(t.regDay);
        int nStart = t.startDay >= 0 ? nightOf(t.startTyped) : -1;
        int nEnd = t.endDay >= 0 ? nightOf(t.endTyped) : -1;
        boolean corrected = false;
        for (int n = Math.max(from, nReg); n <= to; n++) {
            if (n != nReg && n != nStart && n != nEnd) {
                continue;
            }
            Night night = nights[n - from];
            boolean bad = badRow(DS_REG, t.i, 0, n);
            registration(night.registrations, t, night.day, bad, n <= 1 && t.wrongProf >= 0, false);
            corrected |= n <= 1 && (bad || t.wrongProf >= 0);
        }
        if (from <= 1 && to >= 1 && corrected && !t.otherIntervention) {
            Night night = nights[1 - from];
            row.reset(Rnd.key(o.seed(), 150, t.i));
            registration(night.correction, t, night.day, false, false, true);
        }
        // sessions, as typed in
        for (int s = 0; s < t.sessions; s++) {
            int n = nightOf(t.typed[s]);
            if (n >= from && n <= to) {
                session(nights[n - from].sessions, t, s, badRow(DS_SESSION, t.i, s, n));
            }
        }
        if (t.otherIntervention) {
            return; // its questionnaires go to the other intervention's evaluation
        }
        if (t.preDay >= 0 && inRange(t.preTyped, from, to)) {
            stress(nights[nightOf(t.preTyped) - from].stress, t, true);
        }
        if (t.postDay >= 0 && inRange(t.postTyped, from, to)) {
            stress(nights[nightOf(t.postTyped) - from].stress, t, false);
        }
        if (t.satDay >= 0 && inRange(t.satTyped, from, to)) {
            satisfaction(nights[nightOf(t.satTyped) - from].satisfaction, t);
        }
        if (t.obsDay >= 0 && inRange(t.obsTyped, from, to)) {
            observation(nights[nightOf(t.obsTyped) - from].observation, t);
        }
    }

    private boolean inRange(int typedDay, int from, int to) {
        int n = nightOf(typedDay);
        return n >= from && n <= to && typedDay <= nightDay(to);
    }

    /** The traject's registration row as the system shows it on {@code asOfDay}. */
    private void registration(CsvFile f, Traject t, int asOfDay, boolean bad, boolean wrongTrainer, boolean correction) {
        boolean excel = row.chance(0.1);
        boolean started = t.startDay >= 0 && t.startTyped <= asOfDay;
        boolean ended = t.endDay >= 0 && t.endTyped <= asOfDay;
        int kind = bad ? row.nextInt(4) : -1;
        String regDate = date(t.regShownDay, excel);
        String startDate = started ? date(t.startDay, excel) : "";
        String endDate = ended ? date(t.endDay, excel) : "";
        String reason = ended && t.endLabel != null ? t.endLabel : "";
        String org = organisations[t.org];
        switch (kind) {
            case 1 -> regDate = impossibleDate(t.regShownDay);
            case 2 -> org = "";
            case 3 -> {
                if (ended) {
                    reason = "Overgedragen"; // a label the job file does not map
                } else if (started) {
                    startDate = impossibleDate(t.startDay);
                } else {
                    regDate = impossibleDate(t.regShownDay);
                }
            }
            default -> { }
        }
        f.cell(kind == 0 ? "" : t.id).cell(t.client)
                .cell(t.otherIntervention ? "OZ" : correction ? NAME : CODE)
                .cell(org).cell(municipalities[t.muni])
                .cell(profId[wrongTrainer ? t.wrongProf : t.prof])
                .cell(started ? t.group : "")
                .cell(t.referral).cell(regDate).cell(startDate).cell(endDate).cell(reason)
                .cell(t.age).cell(t.gender).cell(t.note).end();
    }

    private void session(CsvFile f, Traject t, int s, boolean bad) {
        boolean excel = row.chance(0.1);
        int kind = bad ? row.nextInt(4) : -1;
        String comps = "";
        if (t.held[s]) {
            String[] planned = PLAN[t.plan[s] & 0xFF];
            int bits = t.plan[s] >>> 8;
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < planned.length; c++) {
                if ((bits & 1 << c) != 0) {
                    if (sb.length() > 0) {
                        sb.append(", ");
                    }
                    sb.append(planned[c]);
                }
            }
            comps = sb.toString();
        }
        f.cell(kind == 3 ? "" : t.id)
                .cell(kind == 0 ? "0" : Integer.toString(t.no[s]))
                .cell(s == 0 ? "" : t.group)
                .cell(kind == 1 ? impossibleDate(t.day[s]) : date(t.day[s], excel))
                .cell(t.held[s] ? "Ja" : "Nee")
                .cell(kind == 2 ? "" : t.attended[s] ? "Ja" : t.absentLabel[s])
                .cell(comps)
                .cell(t.held[s] ? Integer.toString(t.duration[s]) : "")
                .end();
    }

    private void stress(CsvFile f, Traject t, boolean pre) {
        int day = pre ? t.preDay : t.postDay;
        boolean bad = badRow(DS_STRESS, t.i, pre ? 0 : 1, 0);
        boolean excel = row.chance(0.1);
        int kind = bad ? row.nextInt(3) : -1;
        // stress is higher before; OS03 and OS06 are worded positively (reverse-coded)
        double level = pre ? 3.4 : 2.7;
        f.cell(kind == 0 ? "" : t.respondent).cell(t.id).cell(organisations[t.org])
                .cell(kind == 1 ? impossibleDate(day) : date(day, excel)).cell(pre ? "Voormeting" : "Nameting");
        for (int k = 1; k <= 8; k++) {
            if (kind == 2 && k == 1) {
                f.cell("?");
                continue;
            }
            if (row.chance(0.02)) {
                f.cell("");
                continue;
            }
            int v = likert(level + row.nextDouble() * 1.6 - 0.8, 1, 5);
            f.cell(k == 3 || k == 6 ? 6 - v : v);
        }
        f.end();
    }

    private void satisfaction(CsvFile f, Traject t) {
        boolean bad = badRow(DS_SAT, t.i, 0, 0);
        int kind = bad ? row.nextInt(3) : -1;
        int m = t.satMinute;
        String when = date(t.satDay) + " " + pad(m / 60, 2) + ":" + pad(m % 60, 2);
        int halves = Math.max(2, Math.min(20, (int) Math.round(15 + row.nextDouble() * 6 - 3 + (row.chance(0.1) ? -5 : 0))));
        String mark = halves % 2 == 0 ? Integer.toString(halves / 2) : (halves / 2) + ",5";
        if (kind == 2) {
            mark = mark.replace(',', '.') + (mark.contains(",") ? "" : ".0"); // a decimal point: not this export's separator
        }
        String comment = row.chance(0.3) ? COMMENTS[row.nextInt(COMMENTS.length)] : "";
        if (row.chance(0.01)) {
            comment = "De groep was fijn.\r\nWel jammer dat de laatste bijeenkomst verplaatst werd.";
        }
        f.cell(kind == 0 ? "" : t.respondent).cell(t.id).cell(kind == 1 ? impossibleDate(t.satDay) + " 12:00" : when)
                .cell(row.chance(0.01) ? "" : mark).cell(comment).end();
    }

    private void observation(CsvFile f, Traject t) {
        boolean bad = badRow(DS_OBS, t.i, 0, 0);
        boolean excel = row.chance(0.1);
        int kind = bad ? row.nextInt(3) : -1;
        double level = 3.0 + ((Rnd.key(o.seed(), 4, t.prof) >>> 11) * 0x1.0p-53);
        f.cell(kind == 0 ? "" : profId[t.obsObserver]).cell(organisations[t.org]).cell(profId[t.prof]).cell(t.group)
                .cell(kind == 1 ? impossibleDate(t.obsDay) : date(t.obsDay, excel));
        for (int k = 0; k < 5; k++) {
            int halves = Math.max(2, Math.min(10, (int) Math.round(2 * (level + row.nextDouble() * 1.5 - 0.75))));
            String v = halves % 2 == 0 ? Integer.toString(halves / 2) : (halves / 2) + ",5";
            f.cell(kind == 2 && k == 0 ? v.replace(',', '.') + (v.contains(",") ? "" : ".5") : v);
        }
        f.cell(row.chance(0.05) ? "Goede sfeer; ouders actief betrokken" : "").end();
    }

    /** MIDI waves every half year; each trainer answers with probability 0.7 within three weeks. */
    private void writeMidi(Night[] nights, int from, int to) {
        int lastDay = nightDay(to);
        Rnd r = new Rnd(0);
        for (int w = 0; waveDay(w) <= lastDay; w++) {
            for (int p = 0; p < profOrg.length; p++) {
                r.reset(Rnd.key(o.seed(), 5, p, w));
                if (!r.chance(0.7)) {
                    continue;
                }
                int day = waveDay(w) + r.nextInt(21);
                int n = nightOf(day);
                if (n < from || n > to || day > lastDay) {
                    continue;
                }
                CsvFile f = nights[n - from].midi;
                boolean bad = badRow(DS_MIDI, p, w, 0);
                int kind = bad ? row.nextInt(2) : -1;
                boolean excel = row.chance(0.1);
                // organisations differ in capacity and support: the same org answers alike
                double orgLevel = 2.6 + 1.2 * ((Rnd.key(o.seed(), 6, profOrg[p]) >>> 11) * 0x1.0p-53) + 0.1 * w;
                f.cell(kind == 0 ? "" : profId[p]).cell(organisations[profOrg[p]]).cell(FUNCTIONS[p % FUNCTIONS.length])
                        .cell(kind == 1 ? impossibleDate(day) : date(day, excel));
                for (int k = 1; k <= 12; k++) {
                    if (row.chance(0.03)) {
                        f.cell("Weet niet");
                    } else {
                        f.cell(likert(orgLevel + (k % 4 == 0 ? -0.6 : 0.2) + row.nextDouble() * 2 - 1, 1, 5));
                    }
                }
                f.end();
            }
        }
    }

    static int waveDay(int wave) {
        return 150 + 182 * wave;
    }

    private static int likert(double v, int min, int max) {
        return Math.max(min, Math.min(max, (int) Math.round(v)));
    }

    // ---- names ----

    static String pad(long v, int width) {
        String s = Long.toString(v);
        if (s.length() >= width) {
            return s;
        }
        return "0".repeat(width - s.length()) + s;
    }

    private static final char[] CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

    /** A survey tool's respondent code: six characters. */
    static String respondentCode(long h) {
        char[] c = new char[6];
        for (int k = 0; k < 6; k++) {
            c[k] = CODE_CHARS[(int) Math.floorMod(h, CODE_CHARS.length)];
            h = Rnd.mix(h + k);
        }
        return new String(c);
    }

    private static final String[] PREFIXES = {"Ooster", "Wester", "Noorder", "Zuider", "Hoog", "Laag", "Nieuw", "Oud", "Groot",
            "Klein", "Midden", "Boven", "Neder", "Haven", "Berg", "Linde", "Esse", "Molen", "Brug", "Vree", "Heide"};
    private static final String[] SUFFIXES = {"veen", "broek", "dam", "dijk", "wijk", "horst", "hoven", "rade", "meer", "hem",
            "zijl", "sloot", "woude", "hout", "beek", "donk", "gein", "wolde", "lo", "kerk"};
    private static final String[] SPECIAL = {"Súdwest-Wâlden", "Noardeast-Fryslân", "'s-Gravenwolde", "Bergen (L.)",
            "Hengelo-Oëzen", "Sint-Oedenrode"};

    /** Made-up Dutch-sounding municipality names, unique, a few with the letters Excel writes in windows-1252. */
    static String[] municipalityNames(int count, long seed) {
        List<String> names = new ArrayList<>();
        for (String p : PREFIXES) {
            for (String s : SUFFIXES) {
                names.add(p + s);
            }
        }
        // a fixed shuffle (by the names' own hashes, not the seed: the same places in every evaluation)
        names.sort((a, b) -> Long.compare(Rnd.mix(a.hashCode()), Rnd.mix(b.hashCode())));
        List<String> out = new ArrayList<>();
        int special = 0;
        for (int k = 0; out.size() < count; k++) {
            if (k % 57 == 5 && special < SPECIAL.length) {
                out.add(SPECIAL[special++]);
            } else if (k < names.size()) {
                out.add(names.get(k));
            } else {
                out.add(names.get(k % names.size()) + " " + (k / names.size() + 1));
            }
        }
        return out.toArray(new String[0]);
    }

    // ---- the job file ----

    String jobYaml(LocalDate asOf) {
        StringBuilder y = new StringBuilder();
        y.append("""
                # Samen Sterk Opvoeden: a synthetic evaluation written by nl.procesevaluatie.benchmark.DataGenerator
                # (%d trajects, seed %d) for measuring the pipeline. Made up: no real clients, organisations or places.
                evaluation: samen-sterk-opvoeden
                title: Procesevaluatie Samen Sterk Opvoeden
                language: nl
                inbox: inbox
                output: out
                as_of: %s
                implementation_start: %s
                min_cell_size: 5
                max_reject_share: 0.2

                intervention:
                  code: %s
                  name: %s
                  planned_sessions: 12
                  min_dose: 0.75
                  core_components: [%s]

                target_population:            # ouders met opvoedvragen die de training zouden moeten krijgen
                """.formatted(o.trajects(), o.seed(), asOf, DAY0, CODE, NAME, String.join(", ", COMPONENTS)));
        for (int m = 0; m < municipalities.length; m++) {
            long target = Math.max(5, Math.round(muniShare[m] * o.trajects() * 1.6));
            y.append("  ").append(yamlKey(municipalities[m])).append(": ").append(target).append('\n');
        }
        y.append("""

                budget:
                  fixed: 1500000              # trainersopleiding, materialen, coördinatie
                  per_session: 65

                datasets:
                  registrations:
                    files: "registraties_*.csv"          # also registraties_*_correctie.csv
                    delimiter: ";"
                    encoding: windows-1252
                    date_format: [dd-MM-yyyy, d-M-yyyy]
                    columns:
                      traject_id: Trajectnummer
                      client_id: Clientnummer
                      intervention: Interventie
                      organisation: Organisatie
                      municipality: Gemeente
                      professional_id: Trainer
                      group_id: Groep
                      referral_source: Verwijzer
                      registered_on: Aanmelddatum
                      started_on: Startdatum
                      ended_on: Einddatum
                      end_reason: Reden einde
                      age: Leeftijd
                      gender: Geslacht
                    values:
                      end_reason:
                        Afgerond: completed
                        Voortijdig gestopt: dropped_out
                        Cliënt niet bereikbaar: dropped_out
                        Niet gestart: not_started
                        Verhuisd: other
                        Doorverwezen: other
                  sessions:
                    files: "contacten_*.csv"
                    delimiter: ";"
                    encoding: windows-1252
                    date_format: [dd-MM-yyyy, d-M-yyyy]
                    columns:
                      traject_id: Trajectnummer
                      session_no: Bijeenkomst
                      date: Datum
                      held: Doorgegaan
                      attended: Aanwezig
                      components: Besproken onderdelen
                      duration_min: Duur (min)
                    values:
                      attended:
                        Afgemeld door cliënt: false
                    components_separator: ","

                instruments:
                  - id: midi
                    kind: determinants
                    files: "midi_*.csv"
                    delimiter: ";"
                    encoding: windows-1252
                    date_format: [dd-MM-yyyy, d-M-yyyy]
                    missing_values: [Weet niet]
                    columns: {respondent_id: Respondent, organisation: Organisatie, date: Datum}
                    scale: [1, 5]
                    negative: [1, 2]
                    positive: [4, 5]
                    barrier_share: 0.20
                    items:
                      - {column: MIDI01, determinant: procedural_clarity, category: innovation}
                      - {column: MIDI02, determinant: complexity, category: innovation, reverse: true}
                      - {column: MIDI03, determinant: relevance_for_client, category: innovation}
                      - {column: MIDI04, determinant: outcome_expectations, category: user, reverse: true}
                      - {column: MIDI05, determinant: self_efficacy, category: user}
                      - {column: MIDI06, determinant: professional_obligation, category: user}
                      - {column: MIDI07, determinant: client_satisfaction, category: user}
                      - {column: MIDI08, determinant: staff_capacity, category: organisation, reverse: true}
                      - {column: MIDI09, determinant: time_available, category: organisation}
                      - {column: MIDI10, determinant: management_support, category: organisation}
                      - {column: MIDI11, determinant: material_resources, category: organisation}
                      - {column: MIDI12, determinant: legislation_and_funding, category: socio_political, reverse: true}

                  - id: tevredenheid
                    kind: responsiveness
                    files: "tevredenheid_*.csv"
                    delimiter: ";"
                    encoding: windows-1252
                    date_format: "dd-MM-yyyy HH:mm"
                    decimal_separator: ","
                    skip_rows_after_header: 1          # the survey tool writes the question texts on line 2
                    columns: {respondent_id: Respondent, traject_id: Traject, date: Datum ingevuld}
                    scale: [1, 10]
                    items:
                      - {column: Rapportcijfer}

                  - id: observatie
                    kind: quality
                    files: "observatie_*.csv"
                    delimiter: ";"
                    encoding: windows-1252
                    date_format: [dd-MM-yyyy, d-M-yyyy]
                    decimal_separator: ","
                    columns: {respondent_id: Observator, organisation: Organisatie, date: Datum}
                    scale: [1, 5]
                    items:
                      - {column: Structuur}
                      - {column: Uitleg}
                      - {column: Oefeningen}
                      - {column: Groepsproces}
                      - {column: Afstemming op ouders}

                  - id: opvoedstress
                    kind: outcome
                    files: "opvoedstress_*.csv"
                    delimiter: ";"
                    encoding: windows-1252
                    date_format: [dd-MM-yyyy, d-M-yyyy]
                    columns:
                      respondent_id: Respondent
                      traject_id: Trajectnummer
                      organisation: Organisatie
                      date: Datum
                      moment: Meting
                    values:
                      moment: {Voormeting: pre, Nameting: post}
                    scale: [1, 5]                      # higher = more parenting stress
                    items:
                      - {column: OS01}
                      - {column: OS02}
                      - {column: OS03, reverse: true}   # Ik voel me zeker als opvoeder
                      - {column: OS04}
                      - {column: OS05}
                      - {column: OS06, reverse: true}   # Ik weet wat ik kan doen als het thuis misloopt
                      - {column: OS07}
                      - {column: OS08}

                goals:
                  - id: G1
                    title: In het eerste halfjaar komen bij 80% van de trajecten de doelen aan bod in de intake of de eerste bijeenkomst
                    population: trajects
                    window: {from: implementation_start, months: 6}
                    criterion: {component_delivered: {component: doelen_stellen, within_sessions: 2}}
                    target: 0.80
                  - id: G2
                    title: 80% van de aanmeldingen start binnen 2 maanden
                    population: trajects
                    criterion: {started_within: {months: 2}}
                    target: 0.80
                  - id: G3
                    title: 65% van de trajecten die vanaf juli 2023 starten, rondt af binnen 5 maanden
                    population: trajects
                    window: {from: 2023-07-01, months: 12}
                    criterion: {completed_within: {months: 5}}
                    target: 0.65
                  - id: G4
                    title: De helft van de trajecten die in het eerste halfjaar van 2024 starten, krijgt een volledige dosis met alle onderdelen
                    population: trajects
                    window: {from: 2024-01-01, months: 6}
                    criterion:
                      - attended_at_least: {share: 0.75}
                      - components_delivered: {all: [positief_opvoeden, grenzen_stellen, emoties_reguleren, netwerk_versterken]}
                    target: 0.50
                  - id: G5
                    title: Bij 40% van de trajecten uit het eerste jaar geeft de ouder de training een 7 of hoger
                    population: trajects
                    window: {from: implementation_start, months: 12}
                    criterion: {response: {instrument: tevredenheid, score_at_least: 7}}
                    target: 0.40
                  - id: G6
                    title: 90% van de trainers behandelt grenzen stellen in de eerste vijf bijeenkomsten bij 80% van hun trajecten
                    population: professionals
                    min_share: 0.8
                    window: {from: implementation_start, months: 12}
                    criterion: {component_delivered: {component: grenzen_stellen, within_sessions: 5}}
                    target: 0.90
                  - id: G7
                    title: 75% van de trainers houdt de helft van hun ouders minstens zes bijeenkomsten vast
                    population: professionals
                    min_share: 0.5
                    criterion: {attended_at_least: {sessions: 6}}
                    target: 0.75
                  - id: G8
                    title: 80% van de organisaties start minstens 80% van hun trajecten binnen 3 maanden
                    population: organisations
                    min_share: 0.8
                    criterion: {started_within: {months: 3}}
                    target: 0.80
                  - id: G9
                    title: 70% van de organisaties rondt 60% van de trajecten uit de eerste anderhalf jaar af binnen 6 maanden
                    population: organisations
                    min_share: 0.6
                    window: {from: implementation_start, months: 18}
                    criterion: {completed_within: {months: 6}}
                    target: 0.70
                  - id: G10
                    title: 80% van de ouders geeft de training minstens een 7
                    population: respondents
                    instrument: tevredenheid
                    criterion: {score_at_least: 7}
                    target: 0.80
                  - id: G11
                    title: 75% van de observatoren geeft de uitvoering gemiddeld minstens een 3,5
                    population: respondents
                    instrument: observatie
                    criterion: {score_at_least: 3.5}
                    target: 0.75
                """);
        return y.toString();
    }

    /** A municipality name as a YAML key (quoted when it starts with a quote or holds YAML punctuation). */
    private static String yamlKey(String name) {
        if (name.startsWith("'") || name.contains(":") || name.contains("#") || name.contains("(")) {
            return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        return name;
    }
}
