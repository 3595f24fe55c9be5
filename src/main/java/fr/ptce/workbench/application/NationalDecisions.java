package fr.ptce.workbench.application;

import fr.ptce.workbench.domain.audit.AuditEntry;
import fr.ptce.workbench.domain.national.AvisConflict;
import fr.ptce.workbench.domain.national.NationalDecision;
import fr.ptce.workbench.domain.national.NationalDossier;
import fr.ptce.workbench.domain.national.NationalRanking;
import fr.ptce.workbench.domain.national.RankingOrder;
import fr.ptce.workbench.domain.national.Shortlist;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.persistence.Database;
import fr.ptce.workbench.persistence.Repositories;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * PESSII's decisions on the consolidated dossiers: the national ranking and its tie-break order, phase-1 laureates,
 * the phase-2 invitations (only for a dossier meeting target (b) or (c)) and the conflicts' resolution. Each change
 * is committed at once and written to the audit trail.
 */
public final class NationalDecisions {

    /** The setting holding the ranking's tie-break order, as written by {@link RankingOrder#toString()}. */
    static final String ORDER_SETTING = "ranking_order";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Database database;
    private final Clock clock;

    public NationalDecisions(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The national view as stored now. */
    public NationalView view() {
        return database.inTransaction(NationalDecisions::view);
    }

    static NationalView view(Repositories r) {
        RankingOrder order = order(r);
        Map<String, NationalDecision> decisions = r.decisions().all();
        List<NationalDossier> dossiers = r.national().dossiers();
        return new NationalView(NationalRanking.rank(dossiers, order, decisions), order,
                Shortlist.counters(decisions.values()), r.national().openConflicts());
    }

    private static RankingOrder order(Repositories r) {
        return r.decisions().setting(ORDER_SETTING).map(RankingOrder::parse).orElse(RankingOrder.DEFAULT);
    }

    /**
     * Changes the tie-break order, written as keys separated by commas ({@code V, O, E, dépôt}).
     *
     * @throws InvalidInputException with a French message when a key is unknown or repeated
     */
    public NationalView setOrder(String text) {
        RankingOrder order;
        try {
            order = RankingOrder.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Ordre de départage refusé : " + e.getMessage() + ".");
        }
        return database.inTransaction(r -> {
            Reviewer me = Instruction.user(r);
            String old = order(r).toString();
            r.decisions().setSetting(ORDER_SETTING, order.toString());
            r.audit().append(now(), me.signature(), "national", "ordre de départage", old, order.toString());
            return view(r);
        });
    }

    /** Makes a dossier a phase-1 laureate or not. */
    public NationalView setLaureate(String number, boolean laureate) {
        return database.inTransaction(r -> {
            NationalDecision old = decision(r, number);
            save(r, old, old.withLaureate(laureate), "lauréat phase 1", old.laureate(), laureate);
            return view(r);
        });
    }

    /**
     * Invites a dossier to phase 2 or withdraws the invitation.
     *
     * @throws InvalidInputException when inviting a dossier that meets neither target (b) nor (c)
     */
    public NationalView setInvited(String number, boolean invited) {
        return database.inTransaction(r -> {
            NationalDecision old = decision(r, number);
            if (invited) {
                List<NationalDossier> rows = rows(r, number);
                if (rows.stream().noneMatch(d -> d.row().meetsPhase2Target())) {
                    throw new InvalidInputException(Shortlist.refusalToInvite(rows.get(0).row()).orElseThrow());
                }
            }
            save(r, old, old.withInvited(invited), "invité phase 2", old.invited(), invited);
            return view(r);
        });
    }

    /**
     * Resolves the open conflicts about a dossier: the row of {@code keptRegion} counts, the others are set aside.
     *
     * @throws InvalidInputException when no region of that name gave the dossier, or no conflict is open on it
     */
    public NationalView resolveConflict(String number, String keptRegion) {
        return database.inTransaction(r -> {
            Reviewer me = Instruction.user(r);
            if (r.national().openConflicts().stream().map(AvisConflict::dossierNumber).noneMatch(number::equals)) {
                throw new InvalidInputException("Aucun conflit à résoudre sur le dossier n° " + number + ".");
            }
            List<String> regions = r.national().regionsOf(number);
            if (!regions.contains(keptRegion)) {
                throw new InvalidInputException("Le dossier n° " + number + " n'a pas été transmis par la région « "
                        + keptRegion + " » (régions : " + String.join(", ", regions) + ").");
            }
            r.national().resolve(number, keptRegion, me.signature(), now());
            r.audit().append(now(), me.signature(), number, "conflit national", null, "région retenue : "
                    + keptRegion);
            return view(r);
        });
    }

    /** The audit trail of a dossier's national decisions and conflict resolution, oldest first. */
    public List<AuditEntry> history(String number) {
        return database.inTransaction(r -> r.audit().forDossier(number));
    }

    private static List<NationalDossier> rows(Repositories r, String number) {
        List<NationalDossier> rows = r.national().dossiers().stream().filter(d -> d.number().equals(number))
                .toList();
        if (rows.isEmpty()) {
            throw new InvalidInputException("Le dossier n° " + number + " n'est dans aucun classeur d'avis importé.");
        }
        return rows;
    }

    private static NationalDecision decision(Repositories r, String number) {
        rows(r, number);
        return r.decisions().find(number);
    }

    private void save(Repositories r, NationalDecision old, NationalDecision decision, String field,
            boolean oldValue, boolean newValue) {
        if (oldValue == newValue) {
            return;
        }
        Reviewer me = Instruction.user(r);
        OffsetDateTime now = now();
        r.decisions().save(decision, me.signature(), now);
        r.audit().append(now, me.signature(), old.dossierNumber(), field, oldValue ? "oui" : "non",
                newValue ? "oui" : "non");
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).atZoneSameInstant(PARIS).toOffsetDateTime();
    }
}
