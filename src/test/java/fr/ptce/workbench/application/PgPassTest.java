package fr.ptce.workbench.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PgPassTest {

    private static final PostgresAddress ADDRESS = PostgresAddress.parse("postgresql://pg.region.fr:5433/ptce");

    @TempDir
    Path home;

    private static Optional<String> find(List<String> lines, PostgresAddress address, String login) {
        return PgPass.find(lines, address, login).map(String::new);
    }

    @Test
    void theFirstMatchingLineWinsWithWildcardsInTheFirstFourFields() {
        List<String> lines = List.of(
                "# commentaire",
                "autre.fr:5433:ptce:moi:faux",
                "pg.region.fr:5432:ptce:moi:mauvais-port",
                "pg.region.fr:5433:ptce:moi:le-bon",
                "*:*:*:moi:trop-tard");
        assertEquals(Optional.of("le-bon"), find(lines, ADDRESS, "moi"));
        assertEquals(Optional.of("joker"), find(List.of("*:*:*:*:joker"), ADDRESS, "toi"));
        assertEquals(Optional.empty(), find(lines, ADDRESS, "toi"));
    }

    @Test
    void escapedColonsAndBackslashesAreReadAsLibpqReadsThem() {
        List<String> lines = List.of("pg.region.fr:5433:ptce:d\\:upont:mot\\:de\\\\passe:avec:deux-points");
        assertEquals(Optional.of("mot:de\\passe:avec:deux-points"), find(lines, ADDRESS, "d:upont"));
    }

    @Test
    void aFileOthersCanReadIsIgnoredAsLibpqIgnoresIt() throws IOException {
        Path file = home.resolve(".pgpass");
        Files.writeString(file, "*:*:*:moi:secret\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertTrue(PgPass.find(file, ADDRESS, "moi").isEmpty());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertEquals("secret", new String(PgPass.find(file, ADDRESS, "moi").orElseThrow()));
    }

    @Test
    void pgpassfileNamesAnotherFileOtherwiseItIsInTheHome() {
        assertEquals(home.resolve(".pgpass"), PgPass.location(Map.of(), home));
        assertEquals(Path.of("/srv/pgpass"), PgPass.location(Map.of("PGPASSFILE", "/srv/pgpass"), home));
    }
}
