package fr.ptce.workbench.persistence;

import static fr.ptce.workbench.persistence.generated.Tables.DOSSIER;

import fr.ptce.workbench.domain.dossier.Annotations;
import fr.ptce.workbench.domain.dossier.Attachments;
import fr.ptce.workbench.domain.dossier.CarrierStructure;
import fr.ptce.workbench.domain.dossier.Commune;
import fr.ptce.workbench.domain.dossier.Admissibility;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.DossierState;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.domain.dossier.DsTracking;
import fr.ptce.workbench.domain.dossier.Referent;
import fr.ptce.workbench.domain.dossier.Section;
import fr.ptce.workbench.domain.dossier.Sections;
import fr.ptce.workbench.domain.dossier.Territory;
import fr.ptce.workbench.persistence.generated.tables.records.DossierCommuneRecord;
import fr.ptce.workbench.persistence.generated.tables.records.DossierRecord;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.Record;
import org.jooq.TableField;

/**
 * Maps a {@link Dossier} to its rows (dossier with its raw row, dossier_commune) and back. Tracking, sections and
 * territory are required; a missing structure, referent, attachments or annotations record is stored as empty
 * columns and comes back as a record of nulls.
 */
final class DossierRowMapper {

    private static final Map<Section, TableField<DossierRecord, String>> SECTION_COLUMNS = sectionColumns();

    private DossierRowMapper() {
    }

    private static Map<Section, TableField<DossierRecord, String>> sectionColumns() {
        Map<Section, TableField<DossierRecord, String>> columns = new EnumMap<>(Section.class);
        columns.put(Section.S1, DOSSIER.S1);
        columns.put(Section.S2, DOSSIER.S2);
        columns.put(Section.S3, DOSSIER.S3);
        columns.put(Section.S4, DOSSIER.S4);
        columns.put(Section.S5, DOSSIER.S5);
        columns.put(Section.S6, DOSSIER.S6);
        columns.put(Section.S7, DOSSIER.S7);
        columns.put(Section.S8, DOSSIER.S8);
        columns.put(Section.S9, DOSSIER.S9);
        columns.put(Section.S10, DOSSIER.S10);
        return columns;
    }

    /** The dossier row with every column set, the absence flag cleared: a saved dossier is present. */
    static DossierRecord toRow(Dossier dossier) {
        DsTracking tracking = Objects.requireNonNull(dossier.tracking(), "tracking");
        Sections sections = Objects.requireNonNull(dossier.sections(), "sections");
        Territory territory = Objects.requireNonNull(dossier.territory(), "territory");
        CarrierStructure structure = Objects.requireNonNullElse(dossier.structure(),
                new CarrierStructure(null, null, null, null, null));
        Referent referent = Objects.requireNonNullElse(dossier.referent(), new Referent(null, null, null, null));
        Attachments attachments = Objects.requireNonNullElse(dossier.attachments(), new Attachments(null, null));
        Annotations annotations = Objects.requireNonNullElse(dossier.annotations(), new Annotations(null, null));

        DossierRecord row = new DossierRecord();
        row.setNumber(dossier.number());
        row.setState(tracking.state() == null ? null : tracking.state().name());
        row.setArchived(tracking.archived());
        row.setAccountEmail(tracking.accountEmail());
        row.setDepositedAt(tracking.depositedAt());
        row.setUpdatedAt(tracking.updatedAt());
        row.setChampsUpdatedAt(tracking.champsUpdatedAt());
        row.setInstructionAt(tracking.instructionAt());
        row.setProcessedAt(tracking.processedAt());
        row.setMotivation(tracking.motivation());
        row.setInstructors(tracking.instructors());
        row.setInstructorGroup(tracking.instructorGroup());
        row.setProjectName(dossier.projectName());
        row.setRegion(dossier.region());
        row.setStructureName(structure.name());
        row.setStructureAddress(structure.address());
        row.setLegalForm(structure.legalForm());
        row.setSiret(structure.siret());
        row.setRaisonSociale(structure.raisonSociale());
        row.setReferentName(referent.name());
        row.setReferentFunction(referent.function());
        row.setReferentEmail(referent.email());
        row.setReferentPhone(referent.phone());
        SECTION_COLUMNS.forEach((section, column) -> row.set(column, sections.text(section)));
        row.setDeclaredQpv(territory.declaredQpv());
        row.setDeclaredZrr(territory.declaredZrr());
        row.setCommunesKnown(territory.communesKnown());
        row.setStatutesFile(attachments.statutes());
        row.setBudgetFile(attachments.budget());
        row.setAttestation(dossier.attestation());
        row.setPessiiAdmissibility(annotations.pessiiAdmissibility());
        row.setPessiiComment(annotations.pessiiComment());
        row.setRawRow(RawRowCodec.encode(dossier.raw()));
        row.setAbsentSinceImport(null);
        // every column goes into the INSERT or UPDATE, nulls included
        row.changed(true);
        return row;
    }

    static Dossier toDossier(DossierRecord row, List<Commune> communes) {
        DsTracking tracking = new DsTracking(
                state(row.getState()),
                row.getArchived(),
                row.getAccountEmail(),
                ParisTime.of(row.getDepositedAt()),
                ParisTime.of(row.getUpdatedAt()),
                ParisTime.of(row.getChampsUpdatedAt()),
                ParisTime.of(row.getInstructionAt()),
                ParisTime.of(row.getProcessedAt()),
                row.getMotivation(),
                row.getInstructors(),
                row.getInstructorGroup());
        Map<Section, String> texts = new EnumMap<>(Section.class);
        SECTION_COLUMNS.forEach((section, column) -> texts.put(section, row.get(column)));
        return new Dossier(
                row.getNumber(),
                tracking,
                row.getProjectName(),
                row.getRegion(),
                new CarrierStructure(row.getStructureName(), row.getStructureAddress(), row.getLegalForm(),
                        row.getSiret(), row.getRaisonSociale()),
                new Referent(row.getReferentName(), row.getReferentFunction(), row.getReferentEmail(),
                        row.getReferentPhone()),
                new Sections(texts),
                new Territory(row.getDeclaredQpv(), row.getDeclaredZrr(), communes, row.getCommunesKnown()),
                new Attachments(row.getStatutesFile(), row.getBudgetFile()),
                row.getAttestation(),
                new Annotations(row.getPessiiAdmissibility(), row.getPessiiComment()),
                RawRowCodec.decode(row.getRawRow()));
    }

    /** The summary from a record holding the columns {@link DossierRepository#summaries()} selects. */
    static DossierSummary toSummary(Record row) {
        return new DossierSummary(
                row.get(DOSSIER.NUMBER),
                row.get(DOSSIER.PROJECT_NAME),
                row.get(DOSSIER.STRUCTURE_NAME),
                row.get(DOSSIER.REGION),
                state(row.get(DOSSIER.STATE)),
                row.get(DOSSIER.ABSENT_SINCE_IMPORT) != null,
                admissibility(row.get(DOSSIER.ADMISSIBILITY)));
    }

    private static Admissibility admissibility(String name) {
        return name == null ? null : Admissibility.valueOf(name);
    }

    static Commune toCommune(DossierCommuneRecord row) {
        return new Commune(row.getInsee(), row.getName(), row.getExportedValue());
    }


    private static DossierState state(String name) {
        return name == null ? null : DossierState.valueOf(name);
    }
}
