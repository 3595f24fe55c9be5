package fr.ptce.workbench.persistence.offline;

import fr.ptce.workbench.domain.offline.CheckinChoices;
import fr.ptce.workbench.domain.offline.CheckinConflict;
import fr.ptce.workbench.domain.offline.CheckinRefusedException;
import fr.ptce.workbench.domain.offline.CheckinReport;
import fr.ptce.workbench.domain.offline.CheckoutOrigin;
import fr.ptce.workbench.domain.offline.Keep;
import fr.ptce.workbench.domain.offline.OfflineChange;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DSLContext;

/**
 * One check-in, inside the server's transaction: the checkout locked and refused if already checked in; every
 * unit the laptop changed since its base compared with the server's; nothing written while a conflict has no
 * choice; else the changed units, then the audit rows, then the checkout marked checked in.
 */
public final class CheckinRun {

    private CheckinRun() {}

    /** A unit's three versions' digests and what to do with it. */
    private record Decision(SharedUnit unit, boolean overServerChange) {}

    public static CheckinReport run(
            DSLContext local,
            DSLContext server,
            CheckoutOrigin origin,
            CheckinChoices choices,
            OffsetDateTime at,
            Runnable beforeCommit) {
        CheckoutRecords.ServerCheckout checkout = CheckoutRecords.lockOnServer(server, origin.checkoutId())
                .orElseThrow(() -> new CheckinRefusedException("Le serveur ne connaît pas cet emport (identifiant "
                        + origin.checkoutId() + ")\u00a0: rien n'est envoyé."));
        if (checkout.checkedInAt().isPresent()) {
            throw new CheckinRefusedException("Cet emport a déjà été rapporté au serveur le "
                    + UnitLines.value(checkout.checkedInAt().get()).replace('T', ' ')
                    + "\u00a0: rien n'est envoyé une seconde fois.");
        }
        Map<SharedUnit, CheckoutRecords.Base> bases = CheckoutRecords.bases(local);
        Set<SharedUnit> units = new TreeSet<>(bases.keySet());
        units.addAll(SharedUnits.list(local));
        String absent = UnitLines.digest(List.of());
        List<Decision> decisions = new ArrayList<>();
        List<CheckinConflict> conflicts = new ArrayList<>();
        Set<String> leftToServer = new HashSet<>();
        int keptServer = 0;
        for (SharedUnit unit : units) {
            String base = Optional.ofNullable(bases.get(unit))
                    .map(CheckoutRecords.Base::digest)
                    .orElse(absent);
            List<String> mine = SharedUnits.content(local, unit);
            String mineDigest = UnitLines.digest(mine);
            if (mineDigest.equals(base)) {
                continue;
            }
            List<String> theirs = SharedUnits.content(server, unit);
            String theirsDigest = UnitLines.digest(theirs);
            if (theirsDigest.equals(mineDigest)) {
                continue;
            }
            if (theirsDigest.equals(base)) {
                decisions.add(new Decision(unit, false));
                continue;
            }
            Optional<Keep> choice = choices.forDossier(unit.dossier());
            if (choice.isEmpty()) {
                conflicts.add(new CheckinConflict(
                        unit.kind(),
                        unit.dossier(),
                        unit.key(),
                        String.join("\n", mine),
                        String.join("\n", theirs),
                        Optional.ofNullable(SharedUnits.version(server, unit)).orElse("")));
            } else if (choice.get() == Keep.LOCAL) {
                decisions.add(new Decision(unit, true));
            } else {
                keptServer++;
                leftToServer.add(unit.dossier());
            }
        }
        if (!conflicts.isEmpty()) {
            return new CheckinReport(List.of(), 0, keptServer, conflicts);
        }
        List<OfflineChange> sent = new ArrayList<>();
        for (Decision decision : decisions) {
            SharedUnits.apply(local, server, decision.unit());
            SharedUnit unit = decision.unit();
            sent.add(new OfflineChange(unit.kind(), unit.dossier(), unit.key(), decision.overServerChange()));
        }
        int audit = CheckoutRecords.appendAudit(server, CheckoutRecords.auditSince(local), leftToServer);
        CheckoutRecords.checkedInOnServer(server, origin.checkoutId(), at);
        beforeCommit.run();
        return new CheckinReport(sent, audit, keptServer, List.of());
    }
}
