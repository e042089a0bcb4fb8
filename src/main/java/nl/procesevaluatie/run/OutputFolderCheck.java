package nl.procesevaluatie.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Refuses an output folder inside the inbox: the next scan would read our own outputs as exports, and
 * an inbox is often a drop folder that more people can read than the outputs may be shown to.
 */
final class OutputFolderCheck {
    private OutputFolderCheck() {}

    /** Throws a one-line usage error (exit code 2) when {@code output} is, or lies under, {@code inbox}. */
    static void refuseInsideInbox(Path inbox, Path output) {
        Path in = physical(inbox);
        Path out = physical(output);
        if (out.startsWith(in)) {
            throw new RunOptions.UsageException("the output folder " + output.toAbsolutePath().normalize()
                    + " lies inside the inbox " + in + "; choose an output folder outside it (--out or output:)");
        }
    }

    /**
     * Where {@code p} really is: the real path of its longest existing part (symbolic links and .. resolved
     * by the file system, as a later write would), followed by the rest, normalised.
     */
    static Path physical(Path p) {
        Path abs = p.toAbsolutePath();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs.normalize();
        }
        try {
            Path real = existing.toRealPath();
            return real.resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            return abs.normalize();
        }
    }
}
