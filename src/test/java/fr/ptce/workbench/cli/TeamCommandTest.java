package fr.ptce.workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.SampleFiles;
import fr.ptce.workbench.persistence.EmbeddedPostgresServer;
import fr.ptce.workbench.persistence.ServerDatabase;
import fr.ptce.workbench.persistence.TestStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code team init} and {@code team user add} on the tests' PostgreSQL server; refused on a folder. */
class TeamCommandTest {

    @TempDir
    Path folder;

    @Test
    void initThenUserAddMakesALoginThatSeesOnlyItsRegionsDossiers() throws Exception {
        ServerDatabase address = TestStores.freshDatabase();
        String workspace = "postgresql://postgres@127.0.0.1:" + address.port() + "/" + address.database();
        Path adminPassword =
                Files.writeString(folder.resolve("admin"), EmbeddedPostgresServer.SUPERUSER_PASSWORD + "\n");
        Path userPassword = Files.writeString(folder.resolve("maelle"), "mot-de-passe-de-maelle\n");
        Path xlsx = SampleFiles.copy(SampleFiles.OCTOBER_2021_XLSX, folder);
        String login = "maelle_" + address.database();

        assertEquals(
                0,
                CommandLineRun.of(
                                "import",
                                "--workspace",
                                workspace,
                                xlsx.toString(),
                                "--password-file",
                                adminPassword.toString())
                        .status());
        CommandLineRun init = CommandLineRun.of(
                "team", "init", "--workspace", workspace, "--password-file", adminPassword.toString());
        assertEquals(0, init.status(), init.err());
        assertTrue(init.out().contains("ptce_correspondant"), init.out());
        CommandLineRun add = CommandLineRun.of(
                "team",
                "user",
                "add",
                "--workspace",
                workspace,
                "--password-file",
                adminPassword.toString(),
                "--login",
                login,
                "--name",
                "Maëlle Kerjean",
                "--email",
                "maelle@example.fr",
                "--role",
                "correspondant",
                "--region",
                "Bretagne",
                "--new-password-file",
                userPassword.toString());
        assertEquals(0, add.status(), add.err());
        assertTrue(add.out().contains("correspondant régional (Bretagne)"), add.out());

        try (Connection connection = DriverManager.getConnection(address.jdbcUrl(), login, "mot-de-passe-de-maelle");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT COUNT(*), COUNT(*) FILTER (WHERE region = 'Bretagne')" + " FROM dossier")) {
            rows.next();
            assertTrue(rows.getInt(1) > 0, "Bretagne's dossiers");
            assertEquals(rows.getInt(1), rows.getInt(2), "and no other region's");
        }
        CommandLineRun noRegion = CommandLineRun.of(
                "team",
                "user",
                "add",
                "--workspace",
                workspace,
                "--password-file",
                adminPassword.toString(),
                "--login",
                "sans_region",
                "--name",
                "Sans Région",
                "--email",
                "s@example.fr",
                "--role",
                "correspondant");
        assertEquals(1, noRegion.status(), noRegion.err());
        assertTrue(noRegion.err().contains("--region"), noRegion.err());
    }

    @Test
    void aFolderWorkspaceHasNoTeam() {
        CommandLineRun refused = CommandLineRun.of("team", "init", "--workspace", folder.toString());
        assertEquals(2, refused.status());
        assertTrue(refused.err().contains("espace partagé (--workspace postgresql://…)"), refused.err());
    }
}
