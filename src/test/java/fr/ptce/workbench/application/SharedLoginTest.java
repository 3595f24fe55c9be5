package fr.ptce.workbench.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the window finds a shared workspace's login and password when none is typed: where libpq looks. */
class SharedLoginTest {

    @TempDir
    Path home;

    private final PostgresAddress address =
            PostgresAddress.parse("postgresql://pg.example.fr/ptce?sslmode=verify-full");

    @Test
    void theLoginIsTheAddresssElsePguserElseTheSystemUser() {
        assertEquals("maelle", SharedLogin.login(address.withLogin("maelle"), Map.of("PGUSER", "odile")));
        assertEquals("odile", SharedLogin.login(address, Map.of("PGUSER", "odile")));
        assertEquals(System.getProperty("user.name"), SharedLogin.login(address, Map.of()));
    }

    @Test
    void thePasswordIsPgpasswordElseThePgpassLineOfTheAddress() throws Exception {
        Path pgpass = Files.writeString(home.resolve(".pgpass"), "pg.example.fr:5432:ptce:maelle:du-fichier\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));

        assertEquals(
                "de-l-environnement",
                new String(
                        SharedLogin.storedPassword(address, "maelle", Map.of("PGPASSWORD", "de-l-environnement"), home)
                                .orElseThrow()));
        assertEquals(
                "du-fichier",
                new String(SharedLogin.storedPassword(address, "maelle", Map.of(), home)
                        .orElseThrow()));
        assertTrue(SharedLogin.storedPassword(address, "odile", Map.of(), home).isEmpty(), "another login");
    }
}
