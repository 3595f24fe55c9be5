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

/**
 * {@code team checkout} and {@code team checkin} from the command line: an encrypted laptop workspace, an avis
 * written there and on the server, the conflict reported per dossier with both versions (exit 1, nothing sent),
 * resolved with {@code --keep DOSSIER=server}, and a second check-in refused.
 */
class TeamCheckinCommandTest {

    @TempDir
    Path folder;

    @Test
    void checkoutThenAConflictingCheckinResolvedByDossierThenRefusedTheSecondTime() throws Exception {
        ServerDatabase address = TestStores.freshDatabase();
        String admin = "postgresql://postgres@127.0.0.1:" + address.port() + "/" + address.database();
        String login = "maelle_" + address.database();
        String shared = "postgresql://" + login + "@127.0.0.1:" + address.port() + "/" + address.database();
        Path adminPassword =
                Files.writeString(folder.resolve("admin"), EmbeddedPostgresServer.SUPERUSER_PASSWORD + "\n");
        Path serverPassword = Files.writeString(folder.resolve("maelle"), "mot-de-passe-de-maelle\n");
        Path laptopPassword = Files.writeString(folder.resolve("portable"), "mot-de-passe-du-portable\n");
        Path laptop = folder.resolve("portable-maelle");
        Path xlsx = SampleFiles.copy(SampleFiles.OCTOBER_2021_XLSX, folder);
        run(0, "import", "--workspace", admin, xlsx.toString(), "--password-file", adminPassword.toString());
        run(0, "team", "init", "--workspace", admin, "--password-file", adminPassword.toString());
        run(
                0,
                "team",
                "user",
                "add",
                "--workspace",
                admin,
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
                serverPassword.toString());
        String dossier = firstOfBretagne(address);

        CommandLineRun checkout = run(
                0,
                "team",
                "checkout",
                "--workspace",
                shared,
                "--to",
                laptop.toString(),
                "--server-password-file",
                serverPassword.toString(),
                "--password-file",
                laptopPassword.toString());
        assertTrue(checkout.out().contains("(chiffré)"), checkout.out());
        assertTrue(fr.ptce.workbench.application.Workspace.isEncrypted(laptop));

        run(
                0,
                "avis",
                "--workspace",
                laptop.toString(),
                "--password-file",
                laptopPassword.toString(),
                "--dossier",
                dossier,
                "--recommendation",
                "favorable",
                "--motivation",
                "Écrit dans le train");
        run(
                0,
                "avis",
                "--workspace",
                shared,
                "--password-file",
                serverPassword.toString(),
                "--dossier",
                dossier,
                "--recommendation",
                "reserves",
                "--motivation",
                "Écrit au bureau");

        CommandLineRun conflict = run(
                1,
                "team",
                "checkin",
                laptop.toString(),
                "--password-file",
                laptopPassword.toString(),
                "--server-password-file",
                serverPassword.toString());
        assertTrue(conflict.out().contains("Rien n'est envoyé"), conflict.out());
        assertTrue(conflict.out().contains("Dossier " + dossier), conflict.out());
        assertTrue(conflict.out().contains("Écrit dans le train"), conflict.out());
        assertTrue(conflict.out().contains("Écrit au bureau"), conflict.out());
        assertTrue(conflict.out().contains("--keep " + dossier + "=local"), conflict.out());

        CommandLineRun resolved = run(
                0,
                "team",
                "checkin",
                laptop.toString(),
                "--password-file",
                laptopPassword.toString(),
                "--server-password-file",
                serverPassword.toString(),
                "--keep",
                dossier + "=server");
        assertTrue(resolved.out().contains("1 conflit(s) laissé(s) à la version du serveur"), resolved.out());
        assertEquals("Écrit au bureau", motivation(address, dossier));

        CommandLineRun twice = run(
                1,
                "team",
                "checkin",
                laptop.toString(),
                "--password-file",
                laptopPassword.toString(),
                "--server-password-file",
                serverPassword.toString());
        assertTrue(twice.err().contains("déjà été rapporté"), twice.err());
    }

    private static CommandLineRun run(int status, String... args) {
        CommandLineRun run = CommandLineRun.of(args);
        assertEquals(status, run.status(), String.join(" ", args) + "\n" + run.out() + run.err());
        return run;
    }

    private static String firstOfBretagne(ServerDatabase address) throws Exception {
        return value(address, "SELECT MIN(number) FROM dossier WHERE region = 'Bretagne'");
    }

    private static String motivation(ServerDatabase address, String dossier) throws Exception {
        return value(address, "SELECT motivation FROM region_avis WHERE dossier_number = '" + dossier + "'");
    }

    private static String value(ServerDatabase address, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(
                        address.jdbcUrl(),
                        EmbeddedPostgresServer.shared().superuser(),
                        EmbeddedPostgresServer.SUPERUSER_PASSWORD);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
