package fr.ptce.workbench.persistence.phase2;

import static fr.ptce.workbench.persistence.generated.Tables.DOSSIER;
import static fr.ptce.workbench.persistence.generated.Tables.NATIONAL_AVIS;
import static fr.ptce.workbench.persistence.generated.Tables.NATIONAL_DECISION;
import static fr.ptce.workbench.persistence.generated.Tables.PHASE2_BUDGET_LINE;
import static fr.ptce.workbench.persistence.generated.Tables.PHASE2_DOSSIER;

import fr.ptce.workbench.domain.dossier.DossierState;
import fr.ptce.workbench.domain.phase2.BudgetLine;
import fr.ptce.workbench.domain.phase2.BudgetPost;
import fr.ptce.workbench.domain.phase2.BudgetYear;
import fr.ptce.workbench.domain.phase2.Phase1Record;
import fr.ptce.workbench.domain.phase2.Phase2Champ;
import fr.ptce.workbench.domain.phase2.Phase2Dossier;
import fr.ptce.workbench.persistence.common.ParisTime;
import fr.ptce.workbench.persistence.generated.tables.records.Phase2BudgetLineRecord;
import fr.ptce.workbench.persistence.generated.tables.records.Phase2DossierRecord;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * The phase-2 dossiers (table {@code phase2_dossier}, keyed by their own DS number) with their budget lines, and
 * what the workspace holds of the phase-1 dossiers they name: the phase-1 DS export's dossiers (with their SIRET),
 * the regions' consolidated avis, the cabinet's invitations.
 */
public final class Phase2Repository {

    private final DSLContext dsl;

    public Phase2Repository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every phase-2 dossier, by number in number order, with its budget lines. */
    public Map<String, Phase2Dossier> all() {
        Map<String, List<BudgetLine>> lines = new LinkedHashMap<>();
        dsl.selectFrom(PHASE2_BUDGET_LINE)
                .orderBy(PHASE2_BUDGET_LINE.DOSSIER_NUMBER, PHASE2_BUDGET_LINE.LINE_ORDER)
                .forEach(r -> lines.computeIfAbsent(r.getDossierNumber(), n -> new ArrayList<>())
                        .add(line(r)));
        Map<String, Phase2Dossier> dossiers = new LinkedHashMap<>();
        dsl.selectFrom(PHASE2_DOSSIER)
                .orderBy(PHASE2_DOSSIER.NUMBER)
                .forEach(r -> dossiers.put(r.getNumber(), dossier(r, lines.getOrDefault(r.getNumber(), List.of()))));
        return dossiers;
    }

    public Optional<Phase2Dossier> find(String number) {
        return Optional.ofNullable(dsl.selectFrom(PHASE2_DOSSIER)
                        .where(PHASE2_DOSSIER.NUMBER.eq(number))
                        .fetchOne())
                .map(r -> dossier(
                        r,
                        dsl.selectFrom(PHASE2_BUDGET_LINE)
                                .where(PHASE2_BUDGET_LINE.DOSSIER_NUMBER.eq(number))
                                .orderBy(PHASE2_BUDGET_LINE.LINE_ORDER)
                                .fetch(Phase2Repository::line)));
    }

    /** The numbers of the dossiers an import left out, with the import since which they are absent. */
    public Map<String, Long> absent() {
        Map<String, Long> absent = new LinkedHashMap<>();
        dsl.select(PHASE2_DOSSIER.NUMBER, PHASE2_DOSSIER.ABSENT_SINCE_IMPORT)
                .from(PHASE2_DOSSIER)
                .where(PHASE2_DOSSIER.ABSENT_SINCE_IMPORT.isNotNull())
                .forEach(r -> absent.put(r.value1(), r.value2()));
        return absent;
    }

    /** Stores a dossier (new or replacing the stored one), present in the last import. */
    public void save(Phase2Dossier dossier) {
        dsl.deleteFrom(PHASE2_BUDGET_LINE)
                .where(PHASE2_BUDGET_LINE.DOSSIER_NUMBER.eq(dossier.number()))
                .execute();
        Phase2DossierRecord record = dsl.newRecord(PHASE2_DOSSIER);
        record.setNumber(dossier.number());
        record.setPhase1Number(dossier.phase1Number());
        record.setProjectName(dossier.projectName());
        record.setSiret(dossier.siret());
        record.setAnimation(dossier.text(Phase2Champ.ANIMATION));
        record.setActionProgramme(dossier.text(Phase2Champ.ACTION_PROGRAMME));
        record.setEconomicModel(dossier.text(Phase2Champ.ECONOMIC_MODEL));
        record.setIndicators(dossier.text(Phase2Champ.INDICATORS));
        record.setThirdYearJustification(dossier.text(Phase2Champ.THIRD_YEAR_JUSTIFICATION));
        record.setThirdYearRequested(dossier.thirdYearRequested());
        record.setPartnerLetters(dossier.partnerLetters());
        record.setAttestation(dossier.attestation());
        record.setState(dossier.state() == null ? null : dossier.state().name());
        record.setEmail(dossier.email());
        record.setDepositedAt(dossier.depositedAt());
        record.setBudgetKnown(dossier.budgetKnown());
        record.setAbsentSinceImport(null);
        boolean exists = dsl.fetchExists(PHASE2_DOSSIER, PHASE2_DOSSIER.NUMBER.eq(dossier.number()));
        if (exists) {
            record.changed(PHASE2_DOSSIER.NUMBER, false);
            dsl.executeUpdate(record, PHASE2_DOSSIER.NUMBER.eq(dossier.number()));
        } else {
            record.insert();
        }
        int order = 0;
        for (BudgetLine line : dossier.budget()) {
            dsl.insertInto(PHASE2_BUDGET_LINE)
                    .set(PHASE2_BUDGET_LINE.DOSSIER_NUMBER, dossier.number())
                    .set(PHASE2_BUDGET_LINE.LINE_ORDER, ++order)
                    .set(PHASE2_BUDGET_LINE.LINE_NUMBER, line.line())
                    .set(PHASE2_BUDGET_LINE.POST, line.postText())
                    .set(PHASE2_BUDGET_LINE.BUDGET_YEAR, line.yearText())
                    .set(PHASE2_BUDGET_LINE.STATE_AMOUNT, line.stateAmount())
                    .set(PHASE2_BUDGET_LINE.OTHER_AMOUNT, line.otherAmount())
                    .set(PHASE2_BUDGET_LINE.DESCRIPTION, line.description())
                    .execute();
        }
    }

    /** Marks present dossiers (clears their absence) after an import that listed them. */
    public void markPresent(Set<String> numbers) {
        if (!numbers.isEmpty()) {
            dsl.update(PHASE2_DOSSIER)
                    .setNull(PHASE2_DOSSIER.ABSENT_SINCE_IMPORT)
                    .where(PHASE2_DOSSIER.NUMBER.in(numbers))
                    .execute();
        }
    }

    /** Marks a dossier absent from an import, unless it already was; its data is kept. */
    public void markAbsent(String number, long importId) {
        dsl.update(PHASE2_DOSSIER)
                .set(PHASE2_DOSSIER.ABSENT_SINCE_IMPORT, importId)
                .where(PHASE2_DOSSIER.NUMBER.eq(number).and(PHASE2_DOSSIER.ABSENT_SINCE_IMPORT.isNull()))
                .execute();
    }

    public List<String> numbers() {
        return dsl.select(PHASE2_DOSSIER.NUMBER)
                .from(PHASE2_DOSSIER)
                .orderBy(PHASE2_DOSSIER.NUMBER)
                .fetch(r -> r.value1());
    }

    /**
     * What the workspace holds of each phase-1 dossier, by number: the phase-1 DS export's dossiers first (they
     * carry the SIRET), then the dossiers known only by a region's consolidated avis; invited when the cabinet's
     * recorded decision invites it.
     */
    public Map<String, Phase1Record> phase1Records() {
        Set<String> invited = new HashSet<>(dsl.select(NATIONAL_DECISION.DOSSIER_NUMBER)
                .from(NATIONAL_DECISION)
                .where(NATIONAL_DECISION.DECIDED_ON.isNotNull().and(NATIONAL_DECISION.DECIDED_INVITED.isTrue()))
                .fetch(r -> r.value1()));
        Map<String, Phase1Record> records = new LinkedHashMap<>();
        dsl.select(DOSSIER.NUMBER, DOSSIER.SIRET)
                .from(DOSSIER)
                .forEach(r -> records.put(
                        r.value1(),
                        new Phase1Record(
                                r.value1(), Phase1Record.Source.DS_EXPORT, r.value2(), invited.contains(r.value1()))));
        dsl.selectDistinct(NATIONAL_AVIS.DOSSIER_NUMBER)
                .from(NATIONAL_AVIS)
                // a region's phase-2 avis (phase 2) names phase-2 dossiers, never a phase-1 one
                .where(NATIONAL_AVIS.PHASE.eq(1))
                .forEach(r -> records.putIfAbsent(
                        r.value1(),
                        new Phase1Record(
                                r.value1(),
                                Phase1Record.Source.CONSOLIDATED_AVIS,
                                null,
                                invited.contains(r.value1()))));
        return records;
    }

    /** Whether the workspace records any cabinet decision (else no invitation can be checked). */
    public boolean decisionsRecorded() {
        return dsl.fetchExists(NATIONAL_DECISION, NATIONAL_DECISION.DECIDED_ON.isNotNull());
    }

    private static Phase2Dossier dossier(Phase2DossierRecord r, List<BudgetLine> lines) {
        Map<Phase2Champ, String> texts = new EnumMap<>(Phase2Champ.class);
        texts.put(Phase2Champ.ANIMATION, r.getAnimation());
        texts.put(Phase2Champ.ACTION_PROGRAMME, r.getActionProgramme());
        texts.put(Phase2Champ.ECONOMIC_MODEL, r.getEconomicModel());
        texts.put(Phase2Champ.INDICATORS, r.getIndicators());
        texts.put(Phase2Champ.THIRD_YEAR_JUSTIFICATION, r.getThirdYearJustification());
        return new Phase2Dossier(
                r.getNumber(),
                r.getPhase1Number(),
                r.getProjectName(),
                r.getSiret(),
                texts,
                r.getThirdYearRequested(),
                r.getPartnerLetters(),
                r.getAttestation(),
                r.getState() == null ? null : DossierState.valueOf(r.getState()),
                r.getEmail(),
                ParisTime.of(r.getDepositedAt()),
                lines,
                Boolean.TRUE.equals(r.getBudgetKnown()));
    }

    private static BudgetLine line(Phase2BudgetLineRecord r) {
        return new BudgetLine(
                r.getLineNumber(),
                BudgetPost.fromLabel(r.getPost()).orElse(null),
                r.getPost(),
                BudgetYear.fromLabel(r.getBudgetYear()).orElse(null),
                r.getBudgetYear(),
                r.getStateAmount(),
                r.getOtherAmount(),
                r.getDescription());
    }
}
