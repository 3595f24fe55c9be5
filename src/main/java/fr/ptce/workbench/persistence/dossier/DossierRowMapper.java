package fr.ptce.workbench.persistence.dossier;

import static fr.ptce.workbench.persistence.generated.Tables.DOSSIER;
import static fr.ptce.workbench.persistence.generated.Tables.DOSSIER_TEXT;

import fr.ptce.workbench.domain.dossier.Admissibility;
import fr.ptce.workbench.domain.dossier.Annotations;
import fr.ptce.workbench.domain.dossier.Attachments;
import fr.ptce.workbench.domain.dossier.CarrierStructure;
import fr.ptce.workbench.domain.dossier.Commune;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.DossierFingerprint;
import fr.ptce.workbench.domain.dossier.DossierOutline;
import fr.ptce.workbench.domain.dossier.DossierState;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.domain.dossier.DsTracking;
import fr.ptce.workbench.domain.dossier.InseeLegalCategory;
import fr.ptce.workbench.domain.dossier.Referent;
import fr.ptce.workbench.domain.dossier.Section;
import fr.ptce.workbench.domain.dossier.Sections;
import fr.ptce.workbench.domain.dossier.Territory;
import fr.ptce.workbench.persistence.common.ParisTime;
import fr.ptce.workbench.persistence.generated.tables.records.DossierCommuneRecord;
import fr.ptce.workbench.persistence.generated.tables.records.DossierRecord;
import fr.ptce.workbench.persistence.generated.tables.records.DossierTextRecord;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.Record;
import org.jooq.TableField;

/**
 * Maps a {@link Dossier} to its rows (dossier, dossier_text with its texts and raw row, dossier_commune) and
 * back. Tracking, sections and territory are required; a missing structure, referent, attachments or
 * annotations record is stored as empty columns and comes back as a record of nulls.
 */
final class DossierRowMapper {

    private static final Map<Section, TableField<DossierTextRecord, String>> SECTION_COLUMNS = sectionColumns();

    private DossierRowMapper() {}

    private static Map<Section, TableField<DossierTextRecord, String>> sectionColumns() {
        Map<Section, TableField<DossierTextRecord, String>> columns = new EnumMap<>(Section.class);
        columns.put(Section.S1, DOSSIER_TEXT.S1);
        columns.put(Section.S2, DOSSIER_TEXT.S2);
        columns.put(Section.S3, DOSSIER_TEXT.S3);
        columns.put(Section.S4, DOSSIER_TEXT.S4);
        columns.put(Section.S5, DOSSIER_TEXT.S5);
        columns.put(Section.S6, DOSSIER_TEXT.S6);
        columns.put(Section.S7, DOSSIER_TEXT.S7);
        columns.put(Section.S8, DOSSIER_TEXT.S8);
        columns.put(Section.S9, DOSSIER_TEXT.S9);
        columns.put(Section.S10, DOSSIER_TEXT.S10);
        return columns;
    }

    /**
     * The dossier row with every column set, the fingerprint of its row content included, the absence flag
     * cleared: a saved dossier is present.
     */
    static DossierRecord toRow(Dossier dossier) {
        DsTracking tracking = Objects.requireNonNull(dossier.tracking(), "tracking");
        Objects.requireNonNull(dossier.sections(), "sections");
        Territory territory = Objects.requireNonNull(dossier.territory(), "territory");
        CarrierStructure structure =
                Objects.requireNonNullElse(dossier.structure(), new CarrierStructure(null, null, null, null, null));
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
        InseeLegalCategory category = structure.legalCategory();
        row.setLegalCategoryCode(category == null ? null : category.code());
        row.setLegalCategoryLabel(category == null ? null : category.label());
        row.setReferentName(referent.name());
        row.setReferentFunction(referent.function());
        row.setReferentEmail(referent.email());
        row.setReferentPhone(referent.phone());
        row.setDeclaredQpv(territory.declaredQpv());
        row.setDeclaredZrr(territory.declaredZrr());
        row.setCommunesKnown(territory.communesKnown());
        row.setStatutesFile(attachments.statutes());
        row.setBudgetFile(attachments.budget());
        row.setAttestation(dossier.attestation());
        row.setPessiiAdmissibility(annotations.pessiiAdmissibility());
        row.setPessiiComment(annotations.pessiiComment());
        row.setContentHash(DossierFingerprint.of(dossier));
        row.setAbsentSinceImport(null);
        // every column goes into the INSERT or UPDATE, nulls included
        row.changed(true);
        return row;
    }

    /** The dossier's texts and raw row, every column set. */
    static DossierTextRecord toTextRow(Dossier dossier) {
        Sections sections = Objects.requireNonNull(dossier.sections(), "sections");
        DossierTextRecord row = new DossierTextRecord();
        row.setDossierNumber(dossier.number());
        List<String> texts = new ArrayList<>(SECTION_COLUMNS.size());
        SECTION_COLUMNS.forEach((section, column) -> {
            row.set(column, sections.text(section));
            texts.add(sections.text(section));
        });
        row.setRawRow(RawRowCodec.encode(dossier.raw(), texts));
        row.changed(true);
        return row;
    }

    /** The ten section text columns of dossier_text, in section order. */
    static List<TableField<DossierTextRecord, String>> textColumns() {
        return List.copyOf(SECTION_COLUMNS.values());
    }

    /** Adds the ten section texts of a record holding the dossier_text columns, in section order. */
    static void sectionTexts(Record row, List<String> out) {
        SECTION_COLUMNS.values().forEach(column -> out.add(row.get(column)));
    }

    static Dossier toDossier(DossierRecord row, DossierTextRecord textRow, List<Commune> communes) {
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
        SECTION_COLUMNS.forEach((section, column) -> texts.put(section, textRow.get(column)));
        List<String> sectionTexts = new ArrayList<>(texts.values());
        return new Dossier(
                row.getNumber(),
                tracking,
                row.getProjectName(),
                row.getRegion(),
                new CarrierStructure(
                        row.getStructureName(),
                        row.getStructureAddress(),
                        row.getLegalForm(),
                        row.getSiret(),
                        row.getRaisonSociale(),
                        InseeLegalCategory.of(row.getLegalCategoryCode(), row.getLegalCategoryLabel())),
                new Referent(
                        row.getReferentName(),
                        row.getReferentFunction(),
                        row.getReferentEmail(),
                        row.getReferentPhone()),
                new Sections(texts),
                new Territory(row.getDeclaredQpv(), row.getDeclaredZrr(), communes, row.getCommunesKnown()),
                new Attachments(row.getStatutesFile(), row.getBudgetFile()),
                row.getAttestation(),
                new Annotations(row.getPessiiAdmissibility(), row.getPessiiComment()),
                RawRowCodec.decode(textRow.getRawRow(), sectionTexts));
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
                admissibility(row.get(DOSSIER.ADMISSIBILITY)),
                ParisTime.of(row.get(DOSSIER.DEPOSITED_AT)),
                null);
    }

    /** The outline from a record holding the columns {@link DossierRepository#outlines()} selects. */
    static DossierOutline toOutline(Record row, List<Commune> communes) {
        return new DossierOutline(
                row.get(DOSSIER.NUMBER),
                row.get(DOSSIER.PROJECT_NAME),
                row.get(DOSSIER.STRUCTURE_NAME),
                row.get(DOSSIER.LEGAL_FORM),
                InseeLegalCategory.of(row.get(DOSSIER.LEGAL_CATEGORY_CODE), row.get(DOSSIER.LEGAL_CATEGORY_LABEL)),
                row.get(DOSSIER.REGION),
                ParisTime.of(row.get(DOSSIER.DEPOSITED_AT)),
                new Territory(
                        row.get(DOSSIER.DECLARED_QPV),
                        row.get(DOSSIER.DECLARED_ZRR),
                        communes,
                        row.get(DOSSIER.COMMUNES_KNOWN)),
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
