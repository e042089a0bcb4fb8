package nl.procesevaluatie.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.procesevaluatie.output.OutputFiles;

/**
 * Replaces a client number by HMAC-SHA256 under a key kept outside the repository and the store, so the
 * raw value is never stored while one client still counts once across files and nights.
 */
public final class Pseudonymiser {
    public static final String KEY_ENV = "PROCESEVALUATIE_PSEUDONYM_KEY";
    public static final String KEY_FILE_ENV = "PROCESEVALUATIE_PSEUDONYM_KEY_FILE";

    private final Mac mac;

    public Pseudonymiser(byte[] key) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public synchronized String pseudonym(String clientId) {
        return HexFormat.of().formatHex(mac.doFinal(clientId.getBytes(StandardCharsets.UTF_8)));
    }

    /** The key file in use: {@value #KEY_FILE_ENV}, else ~/.config/procesevaluatie/pseudonym.key. */
    public static Path defaultKeyFile() {
        String env = System.getenv(KEY_FILE_ENV);
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".config", "procesevaluatie", "pseudonym.key");
    }

    /** From {@value #KEY_ENV}, else from the key file, which is created (owner-only) on first use. */
    public static Pseudonymiser fromEnvironment() {
        String env = System.getenv(KEY_ENV);
        if (env != null && !env.isBlank()) {
            return new Pseudonymiser(env.strip().getBytes(StandardCharsets.UTF_8));
        }
        return fromKeyFile(defaultKeyFile());
    }

    public static Pseudonymiser fromKeyFile(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            String key = read(file);
            if (key.isEmpty()) {
                throw new IllegalStateException("pseudonymisation key file " + file + " is empty");
            }
            return new Pseudonymiser(key.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the pseudonymisation key " + file, e);
        }
    }

    /**
     * A new random key, owner-only from its creation (its folder too, when it is new). CREATE_NEW: a run
     * that loses the race to another creating it reads theirs, and a link planted at the name is refused.
     */
    private static void create(Path file) throws IOException {
        OutputFiles.createDirectories(file.toAbsolutePath().getParent(), OutputFiles.OWNER_FOLDER);
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        byte[] text = (HexFormat.of().formatHex(random) + "\n").getBytes(StandardCharsets.US_ASCII);
        try (FileChannel ch = (FileChannel) OutputFiles.createNew(file, OutputFiles.OWNER_FILE, StandardOpenOption.WRITE)) {
            ByteBuffer buf = ByteBuffer.wrap(text);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        } catch (FileAlreadyExistsException e) {
            // another run created it a moment ago
        }
    }

    /** The key's text; one just being created by another run is given a moment to be written. */
    private static String read(Path file) throws IOException {
        String key = Files.readString(file, StandardCharsets.US_ASCII).strip();
        for (int i = 0; i < 20 && key.isEmpty(); i++) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            key = Files.readString(file, StandardCharsets.US_ASCII).strip();
        }
        return key;
    }
}
