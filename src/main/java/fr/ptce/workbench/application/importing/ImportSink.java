package fr.ptce.workbench.application.importing;

import fr.ptce.workbench.domain.RowProblem;
import fr.ptce.workbench.domain.campaign.Campaign;
import fr.ptce.workbench.domain.check.AdmissibilityCheck;
import fr.ptce.workbench.domain.dossier.AvisRows;
import fr.ptce.workbench.domain.dossier.Champ;
import fr.ptce.workbench.domain.dossier.ColumnMapping;
import fr.ptce.workbench.domain.dossier.Commune;
import fr.ptce.workbench.domain.dossier.CommuneRows;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.DossierChange;
import fr.ptce.workbench.domain.dossier.DossierDiff;
import fr.ptce.workbench.domain.dossier.DossierMapper;
import fr.ptce.workbench.domain.dossier.DsAvis;
import fr.ptce.workbench.domain.dossier.Establishment;
import fr.ptce.workbench.domain.dossier.EstablishmentRows;
import fr.ptce.workbench.domain.dossier.FixedColumn;
import fr.ptce.workbench.domain.dossier.HeaderMapping;
import fr.ptce.workbench.domain.dossier.InseeLegalCategory;
import fr.ptce.workbench.domain.dossier.SourceEncoding;
import fr.ptce.workbench.persistence.Repositories;
import fr.ptce.workbench.persistence.dossier.DossierBatch;
import fr.ptce.workbench.persistence.dossier.ImportRepository;
import fr.ptce.workbench.persistence.dossier.StoredDossier;
import fr.ptce.workbench.spreadsheet.ds.DsSheet;
import fr.ptce.workbench.spreadsheet.ds.DsSheetKind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Receives a streamed DS export inside the import's transaction: compares each dossier row with the stored
 * fingerprints (read in one query), writes new dossiers in batches and changed ones as their row arrives, and
 * collects the small linked data (communes, establishments, opinions) that later sheets bring, applied in batches
 * at the end.
 */
final class ImportSink implements PhaseSink {

    /** The changed-field label when a dossier's DS expert opinions changed. */
    static final String EXPERT_OPINIONS = "Avis d'experts (démarches-simplifiées)";

    private final Repositories repositories;
    private final String fileName;
    private final ColumnMapping mapping;
    /** Whether the dossiers not received are absent from DS (a whole export) or merely unchanged (a later sync). */
    private boolean wholeProcedure = true;

    private boolean holdsLinkedSheets;
    private final List<RowProblem> problems = new ArrayList<>();
    private final Map<String, ImportBefore> seen = new LinkedHashMap<>();
    private final Map<String, List<Commune>> communes = new HashMap<>();
    private final Map<String, Establishment> establishments = new HashMap<>();
    private final Map<String, List<DsAvis>> opinions = new HashMap<>();
    /** Where each dossier's deposit date written by this import came from: an export made before 2021-12-06. */
    private final DepositSources depositSources = new DepositSources();

    private boolean depositIsLastConstruction;
    private final Campaign campaign;
    private final DossierBatch batch;
    private Map<String, StoredDossier> stored = Map.of();
    private Map<String, List<DsAvis>> storedOpinions;
    private MappingNeeded mappingNeeded;
    private DossierMapper mapper;
    private CommuneRows communeRows;
    private EstablishmentRows establishmentRows;
    private boolean communeSheetSeen;
    private boolean establishmentSheetSeen;
    private boolean avisSheetSeen;
    private AvisRows avisRows;
    private int avisCount;
    private final AlteredCells altered = new AlteredCells();
    private final RowDigests digests = new RowDigests();
    private LinkedDataRule rule;

    /** Required champs left unmatched: the first rows are kept for the mapping dialog's preview. */
    private record MappingNeeded(List<String> headers, List<Champ> unmatched, List<List<String>> preview) {}

    private static final int PREVIEW_ROWS = 3;

    /** The user's own mapping for this import, remembered for the procedure when the import succeeds. */
    private final ColumnMapping given;

    /**
     * @param mapping the mapping in force: the user's, completed by the one remembered for the procedure
     * @param given the user's own mapping for this import ({@link ColumnMapping#NONE} when none)
     */
    ImportSink(
            Repositories repositories, String fileName, ColumnMapping mapping, ColumnMapping given, Campaign campaign) {
        this.repositories = repositories;
        this.fileName = fileName;
        this.mapping = mapping;
        this.given = given;
        this.campaign = campaign;
        this.batch = repositories.dossiers().batch();
    }

    /** A later DS sync brings only the dossiers updated since: the others are kept as they are, not marked absent. */
    ImportSink onlyUpdatedDossiers() {
        wholeProcedure = false;
        return this;
    }

    @Override
    public void sheet(DsSheet sheet) {
        throwIfMappingNeeded();
        switch (sheet.kind()) {
            case DOSSIERS -> startDossiers(sheet);
            case ETABLISSEMENTS -> {
                establishmentRows = new EstablishmentRows(sheet.headers());
                establishmentSheetSeen |= establishmentRows.usable();
            }
            case REPETITION -> {
                communeRows = new CommuneRows(sheet.headers());
                communeSheetSeen |= communeRows.isCommuneBlock();
            }
            case AVIS -> {
                avisRows = new AvisRows(sheet.headers());
                avisSheetSeen = true;
            }
        }
    }

    private void startDossiers(DsSheet sheet) {
        HeaderMapping headers = HeaderMapping.of(sheet.headers(), mapping);
        if (!headers.unmatchedRequiredChamps().isEmpty()) {
            // refused, but only after a few rows so that the user sees what each column holds
            mappingNeeded = new MappingNeeded(sheet.headers(), headers.unmatchedRequiredChamps(), new ArrayList<>());
            return;
        }
        holdsLinkedSheets = !sheet.onlyTable();
        rule = new LinkedDataRule(holdsLinkedSheets);
        depositIsLastConstruction = sheet.depositIsLastConstruction();
        // one query instead of one per row: what the import compares each incoming dossier with
        stored = repositories.dossiers().storedAll();
        SourceEncoding encoding =
                new SourceEncoding(sheet.htmlEscapedTextareas(), sheet.htmlEscapedText(), holdsLinkedSheets);
        mapper = new DossierMapper(sheet.name(), headers, encoding);
        digests.start(
                List.of(
                        sheet.name(),
                        sheet.headers(),
                        new java.util.TreeMap<>(mapping.entries()),
                        encoding,
                        depositIsLastConstruction),
                stored);
    }

    @Override
    public void row(DsSheet sheet, long rowNumber, List<String> values) {
        row(sheet, rowNumber, values, new BitSet());
    }

    @Override
    public void row(DsSheet sheet, long rowNumber, List<String> values, BitSet computed) {
        if (mappingNeeded != null) {
            mappingNeeded.preview().add(values);
            if (mappingNeeded.preview().size() >= PREVIEW_ROWS) {
                throwIfMappingNeeded();
            }
            return;
        }
        if (sheet.kind() == DsSheetKind.DOSSIERS) {
            dossierRow(sheet, rowNumber, values, computed);
        } else if (sheet.kind() == DsSheetKind.ETABLISSEMENTS && establishmentRows.usable()) {
            establishmentRows
                    .read(values)
                    .filter(Establishment::isApplicant)
                    .ifPresent(e -> establishments.putIfAbsent(e.dossierNumber(), e));
        } else if (sheet.kind() == DsSheetKind.REPETITION && communeRows.isCommuneBlock()) {
            communeRows
                    .read(values)
                    .ifPresent(c -> communes.computeIfAbsent(c.dossierNumber(), n -> new ArrayList<>())
                            .add(c.commune()));
        } else if (sheet.kind() == DsSheetKind.AVIS && avisRows.usable()) {
            avisRows.read(values).ifPresent(a -> {
                opinions.computeIfAbsent(a.dossierNumber(), n -> new ArrayList<>())
                        .add(a);
                avisCount++;
            });
        }
    }

    private void dossierRow(DsSheet sheet, long rowNumber, List<String> values, BitSet computed) {
        String digest = digests.of(values, computed);
        String same = digests.unchangedDossier(digest);
        if (same != null && !seen.containsKey(same)) {
            // this very row was found unchanged before and the dossier has not been written since: nothing to map
            seen.put(same, ImportBefore.unchanged(stored.get(same)));
            return;
        }
        DossierMapper.Mapped mapped = mapper.map(rowNumber, values);
        problems.addAll(mapped.problems());
        if (mapped.dossier().isEmpty()) {
            return;
        }
        Dossier incoming = mapped.dossier().get();
        if (seen.containsKey(incoming.number())) {
            problems.add(new RowProblem(
                    sheet.name(),
                    rowNumber,
                    "ID",
                    "le dossier " + incoming.number() + " figure deux fois\u00a0; seule sa première ligne est"
                            + " importée"));
            return;
        }
        List<RowProblem> cells =
                altered.check(sheet.name(), rowNumber, incoming.number(), sheet.headers(), values, computed);
        problems.addAll(cells);
        // a row with a problem is always read in full, so that every import reports it
        String kept = mapped.problems().isEmpty() && cells.isEmpty() ? digest : null;
        StoredDossier known = stored.get(incoming.number());
        if (known == null) {
            // a new dossier: written in batches, completed by the later sheets in finish()
            batch.insert(incoming, AdmissibilityCheck.effective(incoming, campaign), kept);
            seen.put(incoming.number(), ImportBefore.NEW);
            digests.compared(incoming.number(), kept, RowFacts.written(incoming));
            depositSources.written(incoming.number(), depositIsLastConstruction);
            return;
        }
        RowFacts facts = RowFacts.of(incoming);
        digests.compared(incoming.number(), kept, facts);
        if (facts.sameAs(known, rule)) {
            // the fingerprints say the row brings what is stored: no text is loaded, nothing is written
            seen.put(incoming.number(), ImportBefore.unchanged(known));
            return;
        }
        // a known dossier whose row changed; later sheets complete the SIRET and the communes: keep the stored ones
        Dossier old = repositories.dossiers().find(incoming.number()).orElseThrow();
        Dossier provisional = rule.keep(
                incoming,
                old.structure().siret(),
                old.structure().legalCategory(),
                old.territory().communes(),
                old.territory().communesKnown());
        if (DepositSources.keepsStored(
                old.tracking().depositedAt(), incoming.tracking().depositedAt())) {
            // an export made before 2021-12-06 gives the last passage into construction: the earliest date is kept
            provisional = provisional.withDepositedAt(old.tracking().depositedAt());
        } else if (!Objects.equals(
                old.tracking().depositedAt(), incoming.tracking().depositedAt())) {
            depositSources.written(incoming.number(), depositIsLastConstruction);
        }
        if (!old.equals(provisional)) {
            repositories.dossiers().save(provisional);
            repositories
                    .dossiers()
                    .recordAdmissibility(incoming.number(), AdmissibilityCheck.effective(provisional, campaign));
        }
        seen.put(incoming.number(), ImportBefore.of(old, DossierDiff.changedFields(old, provisional)));
    }

    /** Applies the linked sheets and records each dossier's change, in batches; returns the report's lists. */
    @Override
    public ImportOutcome finish(long importId) {
        batch.flush();
        depositSources.store(repositories);
        ImportOutcome outcome = new ImportOutcome();
        LinkedData linked = new LinkedData();
        List<ImportRepository.Change> changes = new ArrayList<>();
        seen.forEach((number, before) -> {
            List<String> changed = new ArrayList<>(before.changedFields());
            applyLinkedData(number, before, changed, linked);
            DossierChange.Kind kind = !before.existed()
                    ? DossierChange.Kind.NEW
                    : changed.isEmpty() ? DossierChange.Kind.UNCHANGED : DossierChange.Kind.CHANGED;
            changes.add(new ImportRepository.Change(number, kind, changed));
            outcome.add(number, kind, changed);
        });
        batch.updateSirets(linked.sirets);
        batch.updateLegalCategories(linked.categories);
        batch.replaceCommunes(linked.communes);
        linked.opinions.forEach(repositories.avis()::replace);
        batch.markPresent(seen.keySet());
        altered.record(repositories.dossiers(), seen.keySet());
        if (mapper != null) {
            digests.settle(repositories.dossiers(), batch, rule, linked.touched());
        }
        for (String number : wholeProcedure ? repositories.dossiers().numbers() : List.<String>of()) {
            if (!seen.containsKey(number)) {
                repositories.dossiers().markAbsent(number, importId);
                changes.add(new ImportRepository.Change(number, DossierChange.Kind.ABSENT, List.of()));
                outcome.add(number, DossierChange.Kind.ABSENT, List.of());
            }
        }
        repositories.imports().recordChanges(importId, changes);
        return outcome;
    }

    private void applyLinkedData(String number, ImportBefore before, List<String> changed, LinkedData linked) {
        if (establishmentSheetSeen) {
            Optional<Establishment> applicant = Optional.ofNullable(establishments.get(number));
            String siret = applicant.map(Establishment::siret).orElse(null);
            if (!Objects.equals(siret, before.siret())) {
                if (before.existed()) {
                    changed.add("SIRET");
                }
                linked.sirets.put(number, siret);
            }
            InseeLegalCategory category =
                    applicant.map(Establishment::legalCategory).orElse(null);
            if (!Objects.equals(category, before.legalCategory())) {
                if (before.existed()) {
                    changed.add(FixedColumn.ENTERPRISE_LEGAL_FORM.header());
                }
                linked.categories.put(number, category);
            }
        }
        if (holdsLinkedSheets) {
            List<Commune> now = communeSheetSeen ? communes.getOrDefault(number, List.of()) : List.of();
            boolean same = before.communesKnown() && before.communes().equals(now);
            if (before.communesKnown() && !same) {
                changed.add(DossierDiff.COMMUNES);
            }
            if (!same) {
                linked.communes.put(number, now);
            }
        }
        if (avisSheetSeen) {
            List<DsAvis> now = opinions.getOrDefault(number, List.of());
            List<DsAvis> old = before.existed() ? storedOpinions().getOrDefault(number, List.of()) : List.of();
            if (!old.equals(now)) {
                if (before.existed()) {
                    changed.add(EXPERT_OPINIONS);
                }
                linked.opinions.put(number, now);
            }
        }
    }

    /** Every stored dossier's DS expert opinions, read once. */
    private Map<String, List<DsAvis>> storedOpinions() {
        if (storedOpinions == null) {
            storedOpinions = repositories.avis().all();
        }
        return storedOpinions;
    }

    @Override
    public List<RowProblem> problems() {
        return problems;
    }

    @Override
    public int avisRows() {
        return avisCount;
    }

    /** Whether at least one of the file's dossiers was already in the workspace. */
    @Override
    public boolean sharesAKnownDossier() {
        return seen.values().stream().anyMatch(ImportBefore::existed);
    }

    /** Whether the export had a Dossiers sheet at all; throws first if a column mapping is still needed. */
    @Override
    public boolean sawDossierSheet() {
        throwIfMappingNeeded();
        return mapper != null;
    }

    @Override
    public void rememberMapping(String procedure) {
        if (!given.isEmpty()) {
            repositories.mappings().remember(procedure, given);
        }
    }

    private void throwIfMappingNeeded() {
        if (mappingNeeded != null) {
            throw new ColumnMappingRequiredException(
                    fileName, mappingNeeded.headers(), mappingNeeded.unmatched(), mappingNeeded.preview());
        }
    }
}
