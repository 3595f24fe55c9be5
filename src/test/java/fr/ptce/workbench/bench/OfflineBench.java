package fr.ptce.workbench.bench;

import fr.ptce.workbench.application.OfflineLaptops;
import fr.ptce.workbench.application.PostgresAddress;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.domain.offline.CheckinChoices;
import fr.ptce.workbench.domain.offline.CheckinReport;
import fr.ptce.workbench.domain.offline.Keep;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.persistence.EmbeddedPostgresServer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * T3 of issue 20: a PESSII login checks T1's 5,000-dossier database out to an encrypted laptop workspace, scores
 * 300 dossiers there (300 offline changes), while 30 of the same dossiers are scored on the server meanwhile; the
 * check-in must find exactly those 30 conflicts (nothing sent), then, with {@code --keep local}, sends the 300 in
 * one transaction: its time is the measure.
 */
final class OfflineBench {

    static final int CHANGES = 300;
    static final int CONFLICTS = 30;
    private static final String PASSWORD = "banc-hors-ligne";
    private static final char[] LAPTOP = "portable-du-banc".toCharArray();

    Result checkin(String database, Path folder) {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.shared();
        PostgresAddress address = PostgresAddress.parse(server.address(database).shown());
        String login = "banc_hors_ligne_" + database;
        try (Workspace admin = Workspace.openShared(
                address, server.superuser(), EmbeddedPostgresServer.SUPERUSER_PASSWORD.toCharArray())) {
            admin.team().init();
            admin.team()
                    .addUser(
                            login,
                            "Banc Hors Ligne",
                            "hors-ligne@example.org",
                            ReviewerRole.PESSII,
                            null,
                            PASSWORD.toCharArray());
        }
        Path laptop = folder.resolve("portable-t3-" + System.nanoTime());
        List<String> numbers;
        long checkoutStart = System.nanoTime();
        int dossiers;
        try (Workspace shared = Workspace.openShared(address, login, PASSWORD.toCharArray())) {
            dossiers = OfflineLaptops.checkout(shared, laptop, LAPTOP.clone(), Progress.NONE)
                    .dossiers();
        }
        double checkout = (System.nanoTime() - checkoutStart) / 1e6;
        try (Workspace local = Workspace.open(laptop, LAPTOP.clone())) {
            numbers = local.listDossiers().all().stream()
                    .map(DossierSummary::number)
                    .sorted()
                    .limit(CHANGES)
                    .toList();
            for (String number : numbers) {
                local.scoreDossier().setScore(number, "V1", new BigDecimal("4"));
            }
        }
        try (Workspace shared = Workspace.openShared(address, login, PASSWORD.toCharArray())) {
            for (String number : numbers.subList(0, CONFLICTS)) {
                shared.scoreDossier().setScore(number, "V1", new BigDecimal("2"));
            }
        }
        try (Workspace local = Workspace.open(laptop, LAPTOP.clone());
                Workspace shared = Workspace.openShared(address, login, PASSWORD.toCharArray())) {
            long refusedStart = System.nanoTime();
            CheckinReport refused = OfflineLaptops.checkin(local, shared, CheckinChoices.NONE, () -> {});
            double refusedTime = (System.nanoTime() - refusedStart) / 1e6;
            long start = System.nanoTime();
            CheckinReport sent = OfflineLaptops.checkin(
                    local, shared, new CheckinChoices(Optional.of(Keep.LOCAL), Map.of()), () -> {});
            double time = (System.nanoTime() - start) / 1e6;
            int found = refused.conflicts().size();
            boolean right =
                    found == CONFLICTS && !refused.applied() && sent.sent().size() == CHANGES;
            return new Result(
                    "T3",
                    "check-in of " + CHANGES + " offline changes, " + CONFLICTS
                            + " made conflicting on the server, PostgreSQL, 5,000 dossiers",
                    time,
                    Double.NaN,
                    // conflicts found must be the conflicts made: otherwise the row fails whatever the time
                    right ? 10_000 : 0,
                    "ms",
                    String.format(
                            Locale.ROOT,
                            "conflicts found %d = made %d%s (first run, nothing sent: %.0f ms); %d units sent, %d audit"
                                    + " rows; checkout of %d dossiers %.0f ms",
                            found,
                            CONFLICTS,
                            right ? "" : " MISMATCH",
                            refusedTime,
                            sent.sent().size(),
                            sent.auditEntries(),
                            dossiers,
                            checkout));
        }
    }
}
