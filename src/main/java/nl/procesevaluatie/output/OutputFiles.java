package nl.procesevaluatie.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes an output to a temporary name beside it and renames it into place, so a reader never sees half
 * a file; outputs are readable by owner and group only (they describe clients). Files and folders get
 * those permissions when they are created, never a moment later, and a symbolic link planted at the
 * temporary name is removed rather than written through.
 */
public final class OutputFiles {
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r-----");
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwxr-x---");
    public static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    public static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");

    private OutputFiles() {}

    public static void write(Path target, String content) {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path target, byte[] content) {
        write(target, out -> out.write(content));
    }

    /** Writes what {@code content} puts into the stream (for outputs too large to hold in memory). */
    public interface Content {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    public static void write(Path target, Content content) {
        try {
            Path dir = target.toAbsolutePath().getParent();
            createDirectories(dir, FOLDER);
            Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
            // a stale temporary file from a crash, or a link someone planted: deleteIfExists removes the
            // link itself, and CREATE_NEW fails instead of following whatever appears in between
            Files.deleteIfExists(tmp);
            try (SeekableByteChannel ch = createNew(tmp, FILE, StandardOpenOption.WRITE);
                    java.io.OutputStream out = new java.io.BufferedOutputStream(java.nio.channels.Channels.newOutputStream(ch), 1 << 16)) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /**
     * Opens a new file (CREATE_NEW, not following links) with {@code permissions} from its creation; the
     * umask may only narrow them, so they are set exactly afterwards, again without following links.
     */
    public static SeekableByteChannel createNew(Path file, Set<PosixFilePermission> permissions, OpenOption... more)
            throws IOException {
        Set<OpenOption> options = new java.util.HashSet<>(Set.of(more));
        options.add(StandardOpenOption.CREATE_NEW);
        options.add(LinkOption.NOFOLLOW_LINKS);
        if (!posix(file)) {
            return Files.newByteChannel(file, options); // Windows: the folder's ACL applies
        }
        SeekableByteChannel ch = Files.newByteChannel(file, options, PosixFilePermissions.asFileAttribute(permissions));
        try {
            setExactly(file, permissions);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
        return ch;
    }

    /** Creates the missing folders of {@code dir} with {@code permissions} from the start. */
    public static Path createDirectories(Path dir, Set<PosixFilePermission> permissions) throws IOException {
        Path abs = dir.toAbsolutePath();
        if (Files.isDirectory(abs)) {
            return dir;
        }
        if (!posix(abs)) {
            return Files.createDirectories(abs);
        }
        FileAttribute<Set<PosixFilePermission>> attr = PosixFilePermissions.asFileAttribute(permissions);
        Files.createDirectories(abs, attr);
        setExactly(abs, permissions); // the umask may have taken the group's bits
        return dir;
    }

    /** Folders created under the output folder: owner all, group read and list, others nothing. */
    public static Path createDirectories(Path dir) {
        try {
            return createDirectories(dir, FOLDER);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    /** Narrows an existing output folder (one the user named, so a link to it is followed). */
    public static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, Files.isDirectory(file) ? FOLDER : FILE);
        } catch (UnsupportedOperationException | IOException ignored) {
            // not a POSIX file system: the folder's permissions apply
        }
    }

    private static void setExactly(Path file, Set<PosixFilePermission> permissions) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view != null) {
            view.setPermissions(permissions);
        }
    }

    private static boolean posix(Path p) {
        return p.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
