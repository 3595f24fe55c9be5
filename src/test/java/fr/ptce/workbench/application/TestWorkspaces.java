package fr.ptce.workbench.application;

import fr.ptce.workbench.persistence.Database;
import fr.ptce.workbench.persistence.StoreEngine;
import fr.ptce.workbench.persistence.TestStores;
import java.time.Clock;

/** A fresh workspace on either engine, for the use-case tests parameterised over {@link TestStores.Engines}. */
public final class TestWorkspaces {

    private TestWorkspaces() {}

    /** A fresh, empty workspace on this engine (H2 in memory, or a new PostgreSQL database). */
    public static Workspace open(StoreEngine engine, Clock clock) {
        return Workspace.over(TestStores.open(engine), clock);
    }

    /** Records the demo cabinet's invitations to phase 2 (the phase-1 dossiers a generated phase-2 export holds). */
    public static void inviteToPhase2(Workspace workspace) {
        DemoInvitations.record(
                workspace,
                GenerateSamples.invitedPhase1(workspace),
                "Cabinet du ministre",
                java.time.LocalDate.of(2021, 7, 20));
    }

    /** A workspace over a store the test keeps a hand on (to read or alter it directly). */
    public static Workspace over(Database database, Clock clock) {
        return Workspace.over(database, clock);
    }
}
