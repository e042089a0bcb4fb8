package nl.procesevaluatie.analysis;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import nl.procesevaluatie.indicators.AnalysisTables;
import nl.procesevaluatie.indicators.EvaluationData;
import nl.procesevaluatie.job.JobFile;
import nl.procesevaluatie.output.OutputFiles;
import tech.tablesaw.api.Table;

/**
 * The researcher's analysis dataset (issue 16), written on every run beside indicators.csv: trajects.csv,
 * responses.csv and codebook.csv in {@code <out>/analysis/} (owner and group only, like indicators.csv),
 * and the same three tables in the evaluation's database.
 */
public final class AnalysisDataset {
    public static final String FOLDER = "analysis";

    private final Table trajects;
    private final Table responses;
    private final List<Variable> codebook;

    private AnalysisDataset(Table trajects, Table responses, List<Variable> codebook) {
        this.trajects = trajects;
        this.responses = responses;
        this.codebook = codebook;
    }

    /** From the data the indicators were computed from; {@code pseudonym} is the run's keyed hash. */
    public static AnalysisDataset of(EvaluationData data, UnaryOperator<String> pseudonym) {
        JobFile job = AnalysisTables.job(data);
        java.util.concurrent.CompletableFuture<Table> responsesBuilt = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> AnalysisTables.responses(data));
        Table trajects = AnalysisTables.trajects(data, pseudonym);
        Table responses = responsesBuilt.join();
        return new AnalysisDataset(trajects, responses, Codebook.of(job, trajects, responses));
    }

    public void writeFiles(Path output) {
        Path dir = output.resolve(FOLDER);
        // the two large files on both cores
        java.util.concurrent.CompletableFuture<Void> responsesWritten = java.util.concurrent.CompletableFuture.runAsync(
                () -> OutputFiles.write(dir.resolve("responses.csv"), out -> TableCsv.write(responses, out)));
        OutputFiles.write(dir.resolve("trajects.csv"), out -> TableCsv.write(trajects, out));
        responsesWritten.join();
        OutputFiles.write(dir.resolve("codebook.csv"), out -> TableCsv.write(Codebook.HEADER, codebookRows(), out));
    }

    /** The three files as SQL tables (see {@link SqlTables}); after {@link #writeFiles}. */
    public void writeTables(DataSource ds, Path output) {
        try {
            SqlTables.replace(ds, output.resolve(FOLDER), List.of(
                    SqlTables.linked("analysis_trajects", "trajects.csv", trajects.columnNames(), variablesOf("trajects.csv")),
                    SqlTables.linked("analysis_responses", "responses.csv", responses.columnNames(), variablesOf("responses.csv")),
                    SqlTables.linked("analysis_codebook", "codebook.csv", Codebook.HEADER, List.of())));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the analysis tables: " + e.getMessage(), e);
        }
    }

    private List<Variable> variablesOf(String file) {
        return codebook.stream().filter(v -> v.file().equals(file)).toList();
    }

    public int trajectRows() {
        return trajects.rowCount();
    }

    public int responseRows() {
        return responses.rowCount();
    }

    private List<List<String>> codebookRows() {
        return codebook.stream().map(v -> List.of(v.file(), v.name(), v.sqlName(), v.label(), v.type(), v.unit(), v.values(),
                v.definition(), v.indicator())).toList();
    }

}
