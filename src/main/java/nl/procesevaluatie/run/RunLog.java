package nl.procesevaluatie.run;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import nl.procesevaluatie.output.OutputFiles;

/**
 * The run's messages: every line goes to a log file in the output folder; on a terminal also to stderr,
 * with progress. Off a terminal (cron) stderr gets warnings and the one summary line only.
 */
final class RunLog implements AutoCloseable {
    private final PrintWriter file;
    private final boolean terminal;
    private final PrintStream err;
    private long lastProgress;

    RunLog(Path logFile, boolean terminal, PrintStream err) {
        this.terminal = terminal;
        this.err = err;
        PrintWriter w = null;
        try {
            OutputFiles.createDirectories(logFile.getParent(), OutputFiles.FOLDER);
            w = new PrintWriter(new OutputStreamWriter(open(logFile), StandardCharsets.UTF_8), true);
        } catch (IOException e) {
            err.println("warning: cannot write the log file " + logFile + ": " + e.getMessage());
        }
        this.file = w;
    }

    /**
     * Appends to a log of the same second (a restart) or creates it owner-and-group-only from the start;
     * a link planted at its name is not followed.
     */
    private static OutputStream open(Path logFile) throws IOException {
        try {
            return Channels.newOutputStream(OutputFiles.createNew(logFile, OutputFiles.FILE, StandardOpenOption.APPEND));
        } catch (FileAlreadyExistsException e) {
            return Files.newOutputStream(logFile, StandardOpenOption.APPEND, LinkOption.NOFOLLOW_LINKS);
        }
    }

    static Path logFileFor(Path outDir, Instant started) {
        String stamp = LocalDateTime.ofInstant(started, ZoneId.systemDefault()).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        return outDir.resolve("logs").resolve("run-" + stamp + ".log");
    }

    void info(String message) {
        toFile(message);
        if (terminal) {
            clearProgress();
            err.println(message);
        }
    }

    void warn(String message) {
        toFile("warning: " + message);
        clearProgress();
        err.println("warning: " + message);
    }

    /** The one line a cron mail shows. */
    void summary(String message) {
        toFile(message);
        clearProgress();
        err.println(message);
    }

    /** A progress line, at most a few times a second, on a terminal only. */
    void progress(String message) {
        if (!terminal) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastProgress > 200_000_000L) {
            lastProgress = now;
            err.print("\r" + message + "\u001B[K");
            err.flush();
        }
    }

    private void clearProgress() {
        if (terminal && lastProgress != 0) {
            err.print("\r\u001B[K");
            lastProgress = 0;
        }
    }

    private void toFile(String message) {
        if (file != null) {
            file.println(Instant.now() + " " + message);
        }
    }

    @Override
    public void close() {
        if (file != null) {
            file.close();
        }
    }
}
