package nl.procesevaluatie.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pseudonymisation key is created for its owner only and never through a planted link. */
class PseudonymiserTests {
    @TempDir
    Path dir;

    @Test
    void theFirstRunCreatesTheKeyAndItsFolderOwnerOnly() throws Exception {
        Path key = dir.resolve("config/procesevaluatie/pseudonym.key");

        Pseudonymiser first = Pseudonymiser.fromKeyFile(key);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key.getParent()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("config")))).isEqualTo("rwx------");
        assertThat(Files.readString(key).strip()).matches("[0-9a-f]{64}");
        // and the next run reads the same key
        assertThat(Pseudonymiser.fromKeyFile(key).pseudonym("C1")).isEqualTo(first.pseudonym("C1"));
    }

    @Test
    void aLinkPlantedAtTheKeyNameIsNotFollowedToWriteTheKeyElsewhere() throws Exception {
        // given a dangling link where the key would be created, pointing into a folder others can read
        Path stolen = Files.createDirectories(dir.resolve("public")).resolve("stolen.key");
        Path key = Files.createDirectories(dir.resolve("config")).resolve("pseudonym.key");
        Files.createSymbolicLink(key, stolen);

        assertThatThrownBy(() -> Pseudonymiser.fromKeyFile(key)).hasMessageContaining("pseudonymisation key");

        assertThat(Files.exists(stolen, LinkOption.NOFOLLOW_LINKS)).isFalse();
    }
}
