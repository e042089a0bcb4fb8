package nl.procesevaluatie.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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
                Files.createDirectories(file.toAbsolutePath().getParent());
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                Files.writeString(file, HexFormat.of().formatHex(random) + "\n", StandardCharsets.US_ASCII);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system (Windows): the folder's ACL applies
                }
            }
            String key = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (key.isEmpty()) {
                throw new IllegalStateException("pseudonymisation key file " + file + " is empty");
            }
            return new Pseudonymiser(key.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the pseudonymisation key " + file, e);
        }
    }
}
