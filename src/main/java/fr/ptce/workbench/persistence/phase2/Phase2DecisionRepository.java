package fr.ptce.workbench.persistence.phase2;

import static fr.ptce.workbench.persistence.generated.Tables.PHASE2_DECISION;

import fr.ptce.workbench.domain.national.CabinetDecision;
import fr.ptce.workbench.domain.phase2.Phase2Decision;
import fr.ptce.workbench.persistence.common.VersionedRow;
import fr.ptce.workbench.persistence.generated.tables.records.Phase2DecisionRecord;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * PESSII's phase-2 proposals per phase-2 dossier number, their motivation, the cabinet's decision and the third year.
 * Each save checks the version the row was read at (as the region's avis does): a save over a newer change is
 * refused, never lost.
 */
public final class Phase2DecisionRepository {

    private final DSLContext dsl;

    public Phase2DecisionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A decision with the version it was read at (0: not stored yet). */
    public record Stored(Phase2Decision decision, long version) {}

    /** Every stored decision, by phase-2 dossier number. */
    public Map<String, Phase2Decision> all() {
        Map<String, Phase2Decision> decisions = new LinkedHashMap<>();
        dsl.selectFrom(PHASE2_DECISION)
                .orderBy(PHASE2_DECISION.DOSSIER_NUMBER)
                .forEach(d -> decisions.put(d.getDossierNumber(), decision(d)));
        return decisions;
    }

    /** The decision on a phase-2 dossier and its version; none yet (not laureate, version 0) when not stored. */
    public Stored find(String number) {
        return Optional.ofNullable(dsl.selectFrom(PHASE2_DECISION)
                        .where(PHASE2_DECISION.DOSSIER_NUMBER.eq(number))
                        .fetchOne())
                .map(d -> new Stored(decision(d), d.getRowVersion()))
                .orElseGet(() -> new Stored(new Phase2Decision(number, false, null, null, null, null), 0));
    }

    /** Whether any phase-2 decision was made under this campaign version (which is then frozen). */
    public boolean usesCampaignVersion(int version) {
        return dsl.fetchExists(PHASE2_DECISION, PHASE2_DECISION.CAMPAIGN_VERSION.eq(version));
    }

    /**
     * Stores a decision over the version {@code expected} (0: none stored yet), incrementing it; returns the new
     * version, or {@link VersionedRow#STALE} with nothing written when the stored row is no longer at that version
     * (checked and written in one statement).
     */
    public long save(Phase2Decision decision, long expected, int campaignVersion, String who, OffsetDateTime at) {
        CabinetDecision decided = decision.decided();
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(PHASE2_DECISION.DOSSIER_NUMBER, decision.dossierNumber());
        values.put(PHASE2_DECISION.LAUREATE, decision.laureate());
        values.put(PHASE2_DECISION.MOTIVATION, decision.motivation());
        values.put(PHASE2_DECISION.THIRD_YEAR, decision.thirdYear());
        values.put(PHASE2_DECISION.THIRD_YEAR_AMOUNT, decision.thirdYearAmount());
        values.put(PHASE2_DECISION.CAMPAIGN_VERSION, campaignVersion);
        values.put(PHASE2_DECISION.DECIDED_LAUREATE, decided == null ? null : decided.laureate());
        values.put(PHASE2_DECISION.DECIDED_BY, decided == null ? null : decided.by());
        values.put(PHASE2_DECISION.DECIDED_ON, decided == null ? null : decided.on());
        values.put(PHASE2_DECISION.UPDATED_BY, who);
        values.put(PHASE2_DECISION.UPDATED_AT, at);
        return row(decision.dossierNumber()).write(expected, values);
    }

    /** Who saved the stored decision, when, and its version; empty when none is stored. */
    public Optional<VersionedRow.Stamp> stamp(String number) {
        return row(number).stamp(PHASE2_DECISION.UPDATED_BY, PHASE2_DECISION.UPDATED_AT);
    }

    private VersionedRow<Phase2DecisionRecord> row(String number) {
        return new VersionedRow<>(
                dsl, PHASE2_DECISION, PHASE2_DECISION.DOSSIER_NUMBER.eq(number), PHASE2_DECISION.ROW_VERSION);
    }

    private static Phase2Decision decision(Phase2DecisionRecord d) {
        CabinetDecision decided = d.getDecidedOn() == null
                ? null
                : new CabinetDecision(
                        Boolean.TRUE.equals(d.getDecidedLaureate()), false, d.getDecidedBy(), d.getDecidedOn());
        return new Phase2Decision(
                d.getDossierNumber(),
                d.getLaureate(),
                d.getMotivation(),
                d.getThirdYear(),
                d.getThirdYearAmount(),
                decided);
    }
}
