package fr.ptce.workbench.application.importing;

import fr.ptce.workbench.domain.InputRefusedException;
import fr.ptce.workbench.domain.RowProblem;
import fr.ptce.workbench.domain.dossier.DossierChange;
import fr.ptce.workbench.domain.phase2.BudgetLine;
import fr.ptce.workbench.domain.phase2.BudgetRows;
import fr.ptce.workbench.domain.phase2.Phase2Champ;
import fr.ptce.workbench.domain.phase2.Phase2Dossier;
import fr.ptce.workbench.domain.phase2.Phase2Mapper;
import fr.ptce.workbench.persistence.Repositories;
import fr.ptce.workbench.persistence.dossier.ImportRepository;
import fr.ptce.workbench.spreadsheet.ds.DsSheet;
import fr.ptce.workbench.spreadsheet.ds.DsSheetKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Receives a phase-2 DS export inside the import's transaction: the Dossiers sheet's rows (champs by header name),
 * then the « Dépenses prévisionnelles » repetition sheet's lines, joined on {@code Dossier ID}. A phase-2 export
 * holds a few dozen dossiers: they are kept until {@link #finish}, which compares each with the stored one and
 * writes what changed. The Etablissements and Avis sheets are not read in phase 2.
 */
final class Phase2ImportSink implements PhaseSink {

    private final Repositories repositories;
    private final String fileName;
    private final Map<String, Phase2Champ> mapping;
    private final Map<String, Phase2Champ> given;
    private final List<RowProblem> problems = new ArrayList<>();
    private final Map<String, Phase2Dossier> seen = new LinkedHashMap<>();
    private final Map<String, List<BudgetLine>> budgets = new HashMap<>();
    private Map<String, Phase2Dossier> stored = Map.of();
    private Phase2Mapper mapper;
    private BudgetRows budgetRows;
    private boolean holdsRepetitions;

    /**
     * @param given the user's mapping for this import; completed by the one remembered for the procedure
     */
    Phase2ImportSink(Repositories repositories, String fileName, Map<String, Phase2Champ> given, String procedure) {
        this.repositories = repositories;
        this.fileName = fileName;
        this.given = Map.copyOf(given);
        this.mapping = new LinkedHashMap<>(repositories.mappings().findPhase2(procedure));
        this.mapping.putAll(given);
    }

    @Override
    public void sheet(DsSheet sheet) {
        if (sheet.kind() == DsSheetKind.DOSSIERS) {
            startDossiers(sheet);
        } else if (sheet.kind() == DsSheetKind.REPETITION) {
            BudgetRows rows = new BudgetRows(sheet.name(), sheet.headers());
            budgetRows = rows.isBudgetBlock() ? rows : null;
        } else {
            budgetRows = null;
        }
    }

    private void startDossiers(DsSheet sheet) {
        mapper = new Phase2Mapper(
                sheet.name(), sheet.headers(), mapping, sheet.htmlEscapedTextareas(), sheet.htmlEscapedText());
        List<Phase2Champ> missing =
                mapper.unmatchedChamps().stream().filter(Phase2Champ::required).toList();
        if (!missing.isEmpty()) {
            throw new InputRefusedException(
                    InputRefusedException.Location.sheet(fileName, sheet.name()),
                    "colonnes du dossier de phase 2 introuvables\u00a0: "
                            + missing.stream()
                                    .map(c -> "«\u00a0" + c.label() + "\u00a0»")
                                    .collect(Collectors.joining(", "))
                            + "\u00a0; ce n'est pas un export de la démarche de phase 2, ou ses colonnes ont été"
                            + " renommées (indiquez la correspondance avec --mapping).");
        }
        holdsRepetitions = !sheet.onlyTable();
        stored = repositories.phase2().all();
    }

    @Override
    public void row(DsSheet sheet, long rowNumber, List<String> values) {
        if (sheet.kind() == DsSheetKind.DOSSIERS && mapper != null) {
            dossierRow(sheet, rowNumber, values);
        } else if (sheet.kind() == DsSheetKind.REPETITION && budgetRows != null) {
            budgetRows.read(rowNumber, values).ifPresent(read -> {
                problems.addAll(read.problems());
                budgets.computeIfAbsent(read.dossierNumber(), n -> new ArrayList<>())
                        .add(read.line());
            });
        }
    }

    private void dossierRow(DsSheet sheet, long rowNumber, List<String> values) {
        Phase2Mapper.Mapped mapped = mapper.map(rowNumber, values);
        problems.addAll(mapped.problems());
        mapped.dossier().ifPresent(dossier -> {
            if (seen.containsKey(dossier.number())) {
                problems.add(new RowProblem(
                        sheet.name(),
                        rowNumber,
                        "ID",
                        "le dossier " + dossier.number() + " figure deux fois\u00a0; seule sa première ligne est"
                                + " importée"));
            } else {
                seen.put(dossier.number(), dossier);
            }
        });
    }

    @Override
    public ImportOutcome finish(long importId) {
        ImportOutcome outcome = new ImportOutcome();
        List<ImportRepository.Change> changes = new ArrayList<>();
        budgets.keySet().stream()
                .filter(number -> !seen.containsKey(number))
                .sorted()
                .forEach(number -> problems.add(new RowProblem(
                        Phase2Champ.BUDGET.label(),
                        0,
                        "Dossier ID",
                        "lignes de budget du dossier " + number + ", absent de la feuille Dossiers, ignorées")));
        seen.forEach((number, read) -> {
            Phase2Dossier old = stored.get(number);
            Phase2Dossier incoming = withBudget(read, old);
            DossierChange.Kind kind;
            List<String> fields = List.of();
            if (old == null) {
                kind = DossierChange.Kind.NEW;
                repositories.phase2().save(incoming);
            } else {
                fields = incoming.changedFields(old);
                kind = fields.isEmpty() ? DossierChange.Kind.UNCHANGED : DossierChange.Kind.CHANGED;
                if (!incoming.equals(old)) {
                    repositories.phase2().save(incoming);
                }
            }
            changes.add(new ImportRepository.Change(number, kind, fields));
            outcome.add(number, kind, fields);
        });
        repositories.phase2().markPresent(seen.keySet());
        for (String number : stored.keySet()) {
            if (!seen.containsKey(number)) {
                repositories.phase2().markAbsent(number, importId);
                changes.add(new ImportRepository.Change(number, DossierChange.Kind.ABSENT, List.of()));
                outcome.add(number, DossierChange.Kind.ABSENT, List.of());
            }
        }
        repositories.imports().recordChanges(importId, changes);
        return outcome;
    }

    /** The budget from the repetition sheet; a csv cannot hold it and never erases one an xlsx brought. */
    private Phase2Dossier withBudget(Phase2Dossier read, Phase2Dossier old) {
        if (holdsRepetitions) {
            // since 2022 DS writes no sheet for a repetition without rows: an xlsx without it means no line
            return read.withBudget(budgets.getOrDefault(read.number(), List.of()), true);
        }
        if (old != null && old.budgetKnown()) {
            return read.withBudget(old.budget(), true);
        }
        return read.withBudget(List.of(), false);
    }

    @Override
    public boolean sawDossierSheet() {
        return mapper != null;
    }

    @Override
    public boolean sharesAKnownDossier() {
        return seen.keySet().stream().anyMatch(stored::containsKey);
    }

    @Override
    public List<RowProblem> problems() {
        return problems;
    }

    @Override
    public int avisRows() {
        return 0;
    }

    @Override
    public void rememberMapping(String procedure) {
        if (!given.isEmpty()) {
            repositories.mappings().rememberPhase2(procedure, given);
        }
    }
}
