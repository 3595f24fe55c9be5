package fr.ptce.workbench.application;

import fr.ptce.workbench.domain.CallTime;
import fr.ptce.workbench.domain.national.CabinetDecision;
import fr.ptce.workbench.domain.national.NationalDecision;
import fr.ptce.workbench.persistence.Database;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * For the demo workspace only: the cabinet's decision inviting phase-1 dossiers to phase 2 (as laureates), recorded
 * without the national consolidation a real decision goes through, so that the demo opens with both phases.
 */
final class DemoInvitations {

    private DemoInvitations() {}

    /** Records the cabinet's invitation of these phase-1 dossiers under the workspace's current campaign version. */
    static int record(Workspace workspace, List<String> numbers, String by, LocalDate on) {
        return record(workspace.database(), workspace.campaign().current().version(), numbers, by, on);
    }

    static int record(Database database, int campaignVersion, List<String> numbers, String by, LocalDate on) {
        return database.inTransaction(r -> {
            OffsetDateTime at = on.atStartOfDay(CallTime.PARIS).toOffsetDateTime();
            for (String number : numbers) {
                r.decisions()
                        .save(
                                new NationalDecision(
                                        number, true, true, null, null, new CabinetDecision(true, true, by, on)),
                                campaignVersion,
                                by,
                                at);
            }
            return numbers.size();
        });
    }
}
