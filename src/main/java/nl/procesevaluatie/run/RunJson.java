package nl.procesevaluatie.run;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.procesevaluatie.inbox.InboxFile;
import nl.procesevaluatie.ingest.InboxState;
import nl.procesevaluatie.output.OutputFiles;
import nl.procesevaluatie.store.FileRecord;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** run.json: what this run did with each inbox file, the row counts per dataset, and the software version. */
final class RunJson {
    private RunJson() {}

    /** @param recomputed false when nothing was new and the last run's figures and reports stand */
    static void write(RunContext run, InboxState inbox, List<nl.procesevaluatie.report.Notice> notices, boolean recomputed) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("evaluation", run.job.evaluation());
        json.put("as_of", run.asOf().toString());
        json.put("started", run.started.toString());
        json.put("finished", Instant.now().toString());
        json.put("software_version", run.version);
        json.put("recomputed", recomputed);
        List<Map<String, Object>> files = new ArrayList<>();
        for (InboxFile f : run.scan().files()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("file", f.name());
            entry.put("dataset", f.dataset());
            entry.put("sha256", f.sha256());
            Optional<FileRecord> now = run.processedThisRun.stream()
                    .filter(r -> r.dataset().equals(f.dataset()) && r.hash().equals(f.sha256()) && r.name().equals(f.name()))
                    .findFirst();
            Optional<FileRecord> known = run.store.file(f.dataset(), f.sha256());
            String status;
            if (known.isPresent() && known.get().refused()) {
                status = "refused";
                entry.put("reason", known.get().reason());
            } else if (now.isPresent()) {
                status = "loaded";
            } else {
                status = f.duplicate() ? "not_loaded_copy" : "not_loaded_seen_before";
            }
            entry.put("status", status);
            if (status.equals("loaded")) {
                FileRecord r = now.get();
                entry.put("rows", Map.of("read", r.read(), "accepted", r.accepted(), "rejected", r.rejected(), "skipped", r.skipped()));
            }
            files.add(entry);
        }
        json.put("files", files);
        // partial data says so (the same notices as the report's banner and the terminal)
        json.put("complete", notices.isEmpty());
        json.put("notices", notices.stream().map(n -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", n.kind().name().toLowerCase(java.util.Locale.ROOT));
            if (!n.file().isEmpty()) {
                m.put("file", n.file());
            }
            if (n.line() > 0) {
                m.put("line", n.line());
            }
            m.put("message", n.english());
            return m;
        }).toList());
        Map<String, Map<String, Long>> perDataset = new LinkedHashMap<>();
        for (FileRecord r : inbox.records()) {
            Map<String, Long> c = perDataset.computeIfAbsent(r.dataset(), k -> new LinkedHashMap<>(Map.of()));
            c.merge("read", r.read(), Long::sum);
            c.merge("accepted", r.accepted(), Long::sum);
            c.merge("rejected", r.rejected(), Long::sum);
            c.merge("skipped", r.skipped(), Long::sum);
            c.merge("files_refused", r.refused() ? 1L : 0L, Long::sum);
        }
        json.put("rows_per_dataset", perDataset);
        String text = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(json);
        OutputFiles.write(run.job.output().resolve("run.json"), text + "\n");
    }
}
