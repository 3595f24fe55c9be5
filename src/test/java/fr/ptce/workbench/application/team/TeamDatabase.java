package fr.ptce.workbench.application.team;

import fr.ptce.workbench.SampleFiles;
import fr.ptce.workbench.application.PostgresAddress;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.dossier.ColumnMapping;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.persistence.EmbeddedPostgresServer;
import fr.ptce.workbench.persistence.ServerDatabase;
import fr.ptce.workbench.persistence.TestStores;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * A team workspace for a test: a fresh database on the tests' embedded PostgreSQL server, the October 2021 sample
 * export imported, {@code team init} run, open as the server's superuser ({@link #admin}). Members get their own login,
 * named after the database so that tests sharing the server never meet.
 */
public final class TeamDatabase implements AutoCloseable {

    /** Every member's password. */
    public static final String PASSWORD = "mot-de-passe-equipe";

    private final ServerDatabase database;
    private final PostgresAddress address;
    private final Workspace admin;
    private final List<DossierSummary> dossiers;

    private TeamDatabase(ServerDatabase database, PostgresAddress address, Workspace admin) {
        this.database = database;
        this.address = address;
        this.admin = admin;
        this.dossiers = admin.listDossiers().all();
    }

    /** A fresh team database holding the sample's dossiers. */
    public static TeamDatabase withSample() throws Exception {
        ServerDatabase database = TestStores.freshDatabase();
        PostgresAddress address =
                PostgresAddress.parse("postgresql://127.0.0.1:" + database.port() + "/" + database.database());
        EmbeddedPostgresServer server = EmbeddedPostgresServer.shared();
        Workspace admin = Workspace.openShared(
                address, server.superuser(), EmbeddedPostgresServer.SUPERUSER_PASSWORD.toCharArray());
        Path sample = Path.of(TeamDatabase.class
                .getResource("/ds-samples/" + SampleFiles.OCTOBER_2021_XLSX)
                .toURI());
        admin.importDossiers().fromFile(sample, ColumnMapping.NONE, Progress.NONE);
        TeamDatabase team = new TeamDatabase(database, address, admin);
        admin.team().init();
        return team;
    }

    /** Adds a member; returns their login, {@code first} followed by the database's name. */
    public String addUser(String first, String name, String email, ReviewerRole role, String region) {
        String login = first + "_" + database.database();
        admin.team().addUser(login, name, email, role, region, PASSWORD.toCharArray());
        return login;
    }

    /** Maëlle Kerjean, correspondent of {@link #region()}; returns her login. */
    public String addCorrespondent() {
        return addCorrespondent("maelle", "Maëlle Kerjean");
    }

    /** A correspondent of {@link #region()}, e-mail {@code first@example.fr}; returns the login. */
    public String addCorrespondent(String first, String name) {
        return addUser(first, name, first + "@example.fr", ReviewerRole.CORRESPONDENT, region());
    }

    /** The team workspace as {@code login} opens it in a workbench. */
    public Workspace open(String login) {
        return Workspace.openShared(address, login, PASSWORD.toCharArray());
    }

    /** A plain JDBC connection as {@code login}, as {@code psql} would have. */
    public Connection connect(String login) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), login, PASSWORD);
    }

    /** The workspace open as the server's superuser, owner of the database. */
    public Workspace admin() {
        return admin;
    }

    /** The sample's dossiers, as listed after the import. */
    public List<DossierSummary> dossiers() {
        return dossiers;
    }

    /** The region of the first dossier listed, which holds several dossiers but not all. */
    public String region() {
        return dossiers.get(0).region();
    }

    /** The numbers of {@link #region()}'s dossiers, sorted. */
    public List<String> regionNumbers() {
        return dossiers.stream()
                .filter(d -> d.region().equals(region()))
                .map(DossierSummary::number)
                .sorted()
                .toList();
    }

    public ServerDatabase database() {
        return database;
    }

    public PostgresAddress address() {
        return address;
    }

    /** Closes the administrator's workspace. */
    @Override
    public void close() {
        admin.close();
    }
}
