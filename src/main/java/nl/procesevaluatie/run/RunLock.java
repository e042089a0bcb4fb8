package nl.procesevaluatie.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import nl.procesevaluatie.output.OutputFiles;

/**
 * One run per evaluation store at a time. The operating system's file lock is released when its process
 * dies, also by SIGKILL, so a stale lock after a crash is simply free again; the file's text names the
 * holder for the message a second run prints.
 */
final class RunLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static final class HeldException extends RuntimeException {
        HeldException(String message) {
            super(message);
        }
    }

    static RunLock acquire(Path file, Duration wait) {
        try {
            OutputFiles.createDirectories(file.toAbsolutePath().getParent(), OutputFiles.FOLDER);
            FileChannel ch = open(file);
            Instant deadline = Instant.now().plus(wait);
            boolean told = false;
            while (true) {
                FileLock l = ch.tryLock();
                if (l != null) {
                    String holder = ProcessHandle.current().pid() + " since " + Instant.now() + "\n";
                    ch.truncate(0);
                    ch.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
                    ch.force(true);
                    return new RunLock(ch, l);
                }
                if (!Instant.now().isBefore(deadline)) {
                    ch.close();
                    throw new HeldException("another run of this evaluation holds " + file + " (process " + holder(file)
                            + "); gave up after " + wait.toSeconds() + " s");
                }
                if (!told) {
                    System.err.println("waiting for another run of this evaluation (process " + holder(file) + ")");
                    told = true;
                }
                Thread.sleep(500);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot take the lock " + file, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HeldException("interrupted while waiting for the lock " + file);
        }
    }

    /** The lock file, created owner-and-group-only; a link planted at its name is refused, not followed. */
    private static FileChannel open(Path file) throws IOException {
        try {
            return (FileChannel) OutputFiles.createNew(file, OutputFiles.FILE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            return FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        }
    }

    private static String holder(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the process is ending; the OS releases the lock anyway
        }
    }
}
