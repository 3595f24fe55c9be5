package fr.ptce.workbench.cli.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ptce.workbench.application.PostgresAddress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the command line finds a shared workspace's login and password: libpq's places, never the address. */
class ServerLoginsTest {

    @TempDir
    Path folder;

    @Test
    void thePasswordComesFromTheFileElsePgpasswordElsePgpassNeverFromTheAddress() throws IOException {
        PostgresAddress address = PostgresAddress.parse("postgresql://postgres@127.0.0.1:5432/ptce");
        Path home = Files.createDirectories(folder.resolve("home"));
        Path pgpass = Files.writeString(home.resolve(".pgpass"), "127.0.0.1:*:*:postgres:depuis-pgpass\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        assertEquals(
                "depuis-pgpass", new String(ServerLogins.password(null, address, "postgres", Map.of(), home, null)));
        assertEquals(
                "depuis-env",
                new String(ServerLogins.password(
                        null, address, "postgres", Map.of("PGPASSWORD", "depuis-env"), home, null)));
        Path file = Files.writeString(folder.resolve("mot-de-passe"), "depuis-le-fichier");
        assertEquals(
                "depuis-le-fichier",
                new String(ServerLogins.password(
                        file, address, "postgres", Map.of("PGPASSWORD", "depuis-env"), home, null)));
        assertEquals(null, ServerLogins.password(null, address, "autre", Map.of(), home, null));
        assertEquals("postgres", ServerLogins.login(address, Map.of("PGUSER", "ignoré")));
        assertEquals(
                "depuis-pguser",
                ServerLogins.login(PostgresAddress.parse("postgresql://h/db"), Map.of("PGUSER", "depuis-pguser")));
    }
}
