package fr.ptce.workbench.bench;

import fr.ptce.workbench.application.PostgresAddress;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.dossier.ColumnMapping;
import fr.ptce.workbench.persistence.EmbeddedPostgresServer;
import fr.ptce.workbench.spreadsheet.xlsx.BareXlsx;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The team store's rows of issue 20: the P1 import into a PostgreSQL database instead of an H2 folder, on the
 * embedded server the tests use (binaries from Maven Central, {@code fsync} off as on every test server: the
 * figures leave out the disk's sync, which H2's do as well, H2 syncing only at close).
 */
final class PostgresBench {

    /** The database of the first measured import, which T2 reuses. */
    static final String FIRST_DATABASE = "bench_import_1";

    private final int runs;

    PostgresBench(int runs) {
        this.runs = runs;
    }

    /** Imports the export into a fresh database of the server per run (created, migrated, filled). */
    Result importRow(int count, Path export) {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.shared();
        List<Double> bare = Stats.time(runs, () -> () -> BareXlsx.touchEveryCell(export));
        int[] next = {0};
        List<Double> imports = Stats.time(runs, () -> {
            String database = fresh(server, "bench_import_" + next[0]++);
            PostgresAddress address =
                    PostgresAddress.parse(server.address(database).shown());
            return () -> {
                try (Workspace workspace = Workspace.openShared(
                        address, server.superuser(), EmbeddedPostgresServer.SUPERUSER_PASSWORD.toCharArray())) {
                    workspace.importDossiers().fromFile(export, ColumnMapping.NONE, Progress.NONE);
                }
            };
        });
        return new Result(
                "T1",
                "import " + count + " dossiers (xlsx) into a fresh PostgreSQL database",
                Stats.median(imports),
                Stats.median(bare),
                3,
                "ms",
                "embedded PostgreSQL on 127.0.0.1, fsync off; budget as P1 in the JVM");
    }

    private static String fresh(EmbeddedPostgresServer server, String name) {
        try (Connection admin = server.connect("postgres");
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
            return name;
        } catch (SQLException e) {
            throw new IllegalStateException("Embedded PostgreSQL: " + e.getMessage(), e);
        }
    }
}
