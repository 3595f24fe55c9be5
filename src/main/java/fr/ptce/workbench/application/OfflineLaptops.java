package fr.ptce.workbench.application;

import fr.ptce.workbench.domain.CallTime;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.offline.CheckinChoices;
import fr.ptce.workbench.domain.offline.CheckinRefusedException;
import fr.ptce.workbench.domain.offline.CheckinReport;
import fr.ptce.workbench.domain.offline.CheckoutOrigin;
import fr.ptce.workbench.domain.offline.CheckoutReport;
import fr.ptce.workbench.persistence.OfflineStores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Offline laptops of a team workspace: {@code team checkout} copies what the login may see into a new encrypted
 * workspace of this computer, {@code team checkin} sends back what was done there, once, in the server's one
 * transaction (the database decides what the login sees; {@link OfflineStores} does the work).
 */
public final class OfflineLaptops {

    private OfflineLaptops() {}

    /**
     * Checks out the shared workspace into {@code folder}, a new workspace encrypted with {@code password}; a
     * failed checkout leaves no workspace there.
     *
     * @throws CheckinRefusedException when the workspace is not shared, or the folder is not empty
     */
    public static CheckoutReport checkout(Workspace shared, Path folder, char[] password, Progress progress) {
        PostgresAddress address = shared.address()
                .filter(a -> shared.isShared())
                .orElseThrow(() -> new CheckinRefusedException(
                        "«\u00a0Emporter hors ligne\u00a0» part d'un espace partagé (postgresql://…)."));
        if (password == null || password.length == 0) {
            throw new CheckinRefusedException("Un emport est toujours chiffré\u00a0: donnez un mot de passe.");
        }
        requireEmpty(folder);
        boolean created = !Files.exists(folder);
        boolean done = false;
        try (Workspace local = Workspace.open(folder, password)) {
            CheckoutReport report = OfflineStores.checkout(
                    shared.database(),
                    local.database(),
                    address.url(),
                    address.login().orElseThrow(),
                    OffsetDateTime.now(CallTime.PARIS),
                    progress);
            done = true;
            return report;
        } finally {
            if (!done) {
                empty(folder, created);
            }
        }
    }

    /** Where this workspace was checked out from; empty for a workspace that was not. */
    public static Optional<CheckoutOrigin> origin(Workspace local) {
        return OfflineStores.origin(local.database());
    }

    /**
     * Checks the laptop's workspace in to the server it came from, with the login's password; see {@link
     * #checkin(Workspace, Workspace, CheckinChoices, Runnable)}.
     */
    public static CheckinReport checkin(Workspace local, char[] serverPassword, CheckinChoices choices) {
        CheckoutOrigin origin = origin(local)
                .orElseThrow(() -> new CheckinRefusedException(
                        "Cet espace n'a pas été emporté d'un espace partagé («\u00a0team checkout\u00a0»)."));
        PostgresAddress address = PostgresAddress.parse(origin.address());
        try (Workspace server = Workspace.openShared(address, origin.login(), serverPassword)) {
            return checkin(local, server, choices, () -> {});
        }
    }

    /**
     * Sends the laptop's reviews, avis, notes, overrides and audit rows to the server in one transaction, or
     * nothing while a conflict has no choice.
     *
     * @param beforeCommit run in the server's transaction after every write, before its commit (tests' faults)
     */
    public static CheckinReport checkin(
            Workspace local, Workspace server, CheckinChoices choices, Runnable beforeCommit) {
        return OfflineStores.checkin(
                local.database(), server.database(), choices, OffsetDateTime.now(CallTime.PARIS), beforeCommit);
    }

    private static void requireEmpty(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        if (Files.isRegularFile(folder.resolve("workspace.mv.db"))) {
            throw new CheckinRefusedException("«\u00a0" + folder
                    + "\u00a0» contient déjà un espace de travail\u00a0: choisissez un dossier" + " vide ou nouveau.");
        }
        try (Stream<Path> entries = Files.list(folder)) {
            if (entries.findAny().isPresent()) {
                throw new CheckinRefusedException(
                        "«\u00a0" + folder + "\u00a0» n'est pas vide\u00a0: choisissez un dossier vide ou nouveau.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes what a failed checkout wrote: the folder's content, and the folder if the checkout made it. */
    private static void empty(Path folder, boolean created) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                if (created || !path.equals(folder)) {
                    Files.deleteIfExists(path);
                }
            }
        } catch (IOException e) {
            // best effort: the message of the failure itself matters more
        }
    }
}
