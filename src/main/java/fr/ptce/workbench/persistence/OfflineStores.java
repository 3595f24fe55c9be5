package fr.ptce.workbench.persistence;

import static fr.ptce.workbench.persistence.generated.Tables.DOSSIER;
import static fr.ptce.workbench.persistence.generated.Tables.DOSSIER_ATTACHMENT;

import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.offline.CheckinChoices;
import fr.ptce.workbench.domain.offline.CheckinRefusedException;
import fr.ptce.workbench.domain.offline.CheckinReport;
import fr.ptce.workbench.domain.offline.CheckoutOrigin;
import fr.ptce.workbench.domain.offline.CheckoutReport;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.persistence.offline.CheckinRun;
import fr.ptce.workbench.persistence.offline.CheckoutRecords;
import fr.ptce.workbench.persistence.offline.SharedUnit;
import fr.ptce.workbench.persistence.offline.SharedUnits;
import fr.ptce.workbench.persistence.offline.TableCopy;
import fr.ptce.workbench.persistence.workspace.UserRepository;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Offline laptops between a team workspace's server and a local store: the checkout (what the login may see,
 * copied with the base of each shared unit, recorded on the server) and the check-in (the laptop's changes sent
 * in the server's one transaction, conflicts first).
 */
public final class OfflineStores {

    private OfflineStores() {}

    /**
     * Copies what the login may see on the server into a new, empty local store; the server's transaction (which
     * records the checkout) commits before the local one, so a failed copy leaves at most an unused record.
     *
     * @param address the server's address with the login, as the laptop will reconnect
     */
    public static CheckoutReport checkout(
            Database server, Database local, String address, String login, OffsetDateTime at, Progress progress) {
        if (server.engine() != StoreEngine.POSTGRESQL || local.engine() != StoreEngine.H2) {
            throw new CheckinRefusedException("Un emport copie un espace partagé vers un espace de cet ordinateur.");
        }
        return local.withDsl(l -> server.withDsl(s -> {
            if (CheckoutRecords.origin(l).isPresent()) {
                throw new CheckinRefusedException("Cet espace est déjà un emport.");
            }
            TableCopy.copy(s, l, progress);
            Set<SharedUnit> units = SharedUnits.list(s);
            for (SharedUnit unit : units) {
                progress.checkCancelled();
                CheckoutRecords.writeBase(
                        l, unit, new CheckoutRecords.Base(SharedUnits.version(s, unit), SharedUnits.digest(s, unit)));
            }
            Optional<Reviewer> me = new UserRepository(s).find();
            me.ifPresent(user -> new UserRepository(l).save(user, at));
            int dossiers = l.fetchCount(DOSSIER);
            CheckoutOrigin origin =
                    new CheckoutOrigin(UUID.randomUUID().toString(), address, login, at, Optional.empty());
            CheckoutRecords.writeOrigin(l, origin);
            CheckoutRecords.recordOnServer(s, origin.checkoutId(), login, at, dossiers);
            return new CheckoutReport(origin, dossiers, units.size(), l.fetchCount(DOSSIER_ATTACHMENT));
        }));
    }

    /** Where a laptop's store was checked out from; empty for a store that was not checked out. */
    public static Optional<CheckoutOrigin> origin(Database local) {
        return local.withDsl(CheckoutRecords::origin);
    }

    /**
     * Sends the laptop's changes to the server in one transaction, or nothing when a conflict has no choice (the
     * report lists them); the laptop's store is marked checked in once the server has committed.
     *
     * @param beforeCommit run inside the server's transaction after every write (a test's injected fault)
     * @throws CheckinRefusedException when the store was not checked out or the checkout was already checked in
     */
    public static CheckinReport checkin(
            Database local, Database server, CheckinChoices choices, OffsetDateTime at, Runnable beforeCommit) {
        CheckoutOrigin origin = origin(local)
                .orElseThrow(() -> new CheckinRefusedException(
                        "Cet espace n'a pas été emporté d'un espace partagé («\u00a0team checkout\u00a0»)."));
        if (origin.checkedInAt().isPresent()) {
            throw new CheckinRefusedException(
                    "Cet emport a déjà été rapporté au serveur\u00a0: rien n'est envoyé une" + " seconde fois.");
        }
        CheckinReport report =
                server.withDsl(s -> local.withDsl(l -> CheckinRun.run(l, s, origin, choices, at, beforeCommit)));
        if (report.applied()) {
            local.withDsl(l -> {
                CheckoutRecords.checkedInOnLaptop(l, at);
                return null;
            });
        }
        return report;
    }
}
