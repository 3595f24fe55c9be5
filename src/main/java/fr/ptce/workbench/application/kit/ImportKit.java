package fr.ptce.workbench.application.kit;

import fr.ptce.workbench.application.common.Instruction;
import fr.ptce.workbench.application.common.ReviewChanges;
import fr.ptce.workbench.application.common.ReviewChanges.FieldChange;
import fr.ptce.workbench.domain.InputRefusedException;
import fr.ptce.workbench.domain.InputRefusedException.Location;
import fr.ptce.workbench.domain.campaign.Phase;
import fr.ptce.workbench.domain.check.DossierChecker;
import fr.ptce.workbench.domain.grid.Criterion;
import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.domain.kit.Assignment;
import fr.ptce.workbench.domain.kit.Expert;
import fr.ptce.workbench.domain.kit.Kit;
import fr.ptce.workbench.domain.review.Governance;
import fr.ptce.workbench.domain.review.Review;
import fr.ptce.workbench.domain.review.Targets;
import fr.ptce.workbench.persistence.Database;
import fr.ptce.workbench.persistence.Repositories;
import fr.ptce.workbench.spreadsheet.kit.KitEntries;
import fr.ptce.workbench.spreadsheet.kit.KitFormat;
import fr.ptce.workbench.spreadsheet.kit.KitReturn;
import fr.ptce.workbench.spreadsheet.kit.KitWorkbookReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Imports a returned expert kit in one transaction: the locked parts must match their checksum and the kit must
 * have been sent from this workspace (else refused); invalid cells, dossiers changed since the export and a second
 * return of the same kit need the user's decision ({@link KitDecisionRequiredException}, nothing saved). The
 * scores and the governance judgement land as the expert's reviews, with one audit row per changed field.
 */
public final class ImportKit {

    private final Database database;
    private final DossierChecker checker;
    private final Clock clock;

    public ImportKit(Database database, DossierChecker checker, Clock clock) {
        this.database = database;
        this.checker = checker;
        this.clock = clock;
    }

    /** Imports the kit, of the phase it says, with these decisions. */
    public KitImportReport importKit(Path file, KitDecisions decisions) {
        return importKit(file, decisions, null);
    }

    /**
     * Imports the kit with these decisions; a kit of another phase than the one asked is refused, nothing saved.
     *
     * @param asked the phase asked ({@code kit import --phase}, the window's list), null to take the kit's own
     */
    public KitImportReport importKit(Path file, KitDecisions decisions, Phase asked) {
        Objects.requireNonNull(decisions, "decisions");
        return database.inTransaction(r -> {
            KitReturn kit = KitWorkbookReader.read(file, meta -> grid(r, file, meta));
            Phase phase = phase(kit, asked);
            if (!kit.alteredSheets().isEmpty()) {
                throw new InputRefusedException(
                        Location.sheet(kit.fileName(), kit.alteredSheets().get(0)),
                        "des cellules verrouillées ont été modifiées depuis l'export (feuilles\u00a0: "
                                + String.join(", ", kit.alteredSheets()) + "\u00a0; somme de contrôle"
                                + " différente)\u00a0; rien n'a été enregistré. Seules les cellules jaunes de la"
                                + " feuille «\u00a0Notation\u00a0» se remplissent\u00a0: renvoyez à l'expert un"
                                + " nouveau kit expert.");
            }
            Kit sent = r.experts()
                    .kit(kit.meta(KitFormat.KEY_KIT_ID))
                    .orElseThrow(() -> new InputRefusedException(
                            Location.file(kit.fileName()),
                            "ce kit expert (" + kit.meta(KitFormat.KEY_KIT_ID)
                                    + ") n'a pas été exporté de cet espace de travail\u00a0; rien n'a"
                                    + " été enregistré."));
            Expert expert = AssignExperts.expert(r, sent.expertEmail());
            Grid grid = grid(r, file, kit.metadata());
            KitImportCheck check = check(r, file, kit, sent, expert, grid);
            if (check.refusedWith(decisions)) {
                throw new KitDecisionRequiredException(check);
            }
            return save(r, kit, sent, expert, grid, check, phase);
        });
    }

    /** The kit's phase, from its metadata (among its locked parts), refused when not the one asked. */
    private static Phase phase(KitReturn kit, Phase asked) {
        Location metadata = Location.sheet(kit.fileName(), KitFormat.METADATA_SHEET);
        if (kit.phase() == null) {
            throw new InputRefusedException(
                    metadata,
                    "la phase «\u00a0" + kit.meta(KitFormat.KEY_PHASE) + "\u00a0» n'existe pas (1 ou 2)\u00a0;"
                            + " rien n'a été enregistré.");
        }
        Phase phase = Phase.of(kit.phase());
        if (asked != null && asked != phase) {
            throw new InputRefusedException(
                    metadata,
                    "c'est un kit expert de phase\u00a0" + phase.number() + ", pas de phase\u00a0" + asked.number()
                            + "\u00a0; rien n'a été enregistré. Importez-le avec la liste en phase\u00a0"
                            + phase.number() + " (ou --phase " + phase.number() + ").");
        }
        return phase;
    }

    private KitImportCheck check(Repositories r, Path file, KitReturn kit, Kit sent, Expert expert, Grid grid) {
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> changed = new LinkedHashMap<>();
        List<String> differences = new ArrayList<>();
        for (KitReturn.Row row : kit.rows()) {
            problems.addAll(row.problems());
            if (!sent.dossiers().contains(row.dossierNumber())) {
                problems.add("Feuille «\u00a0Notation\u00a0», ligne " + row.sheetRow() + "\u00a0: le dossier n° "
                        + row.dossierNumber() + " n'était pas dans ce kit expert.");
                continue;
            }
            KitTexts.KitDossier d = KitTexts.dossier(r, row.dossierNumber(), sent.pseudonymised());
            if (!d.version().equals(kit.meta(KitFormat.KEY_CONTENT_PREFIX + d.number()))) {
                changed.put(d.number(), changedHeadings(kit.texts().getOrDefault(d.number(), List.of()), d.texts()));
            }
            if (sent.returns() > 0) {
                differences.addAll(differences(r, row, expert, grid, kit.asksGovernance()));
            }
        }
        return new KitImportCheck(file, expert.signature(), problems, changed, sent.returns() > 0, differences);
    }

    private static List<String> changedHeadings(
            List<Map.Entry<String, String>> before, List<Map.Entry<String, String>> now) {
        Map<String, String> old = new LinkedHashMap<>();
        before.forEach(e -> old.put(e.getKey(), e.getValue()));
        List<String> headings = new ArrayList<>();
        now.forEach(e -> {
            if (!Objects.equals(old.remove(e.getKey()), e.getValue())) {
                headings.add(e.getKey());
            }
        });
        headings.addAll(old.keySet());
        return headings.isEmpty() ? List.of("contenu") : headings;
    }

    private static List<String> differences(
            Repositories r, KitReturn.Row row, Expert expert, Grid grid, boolean governanceAsked) {
        Optional<Review> current = r.reviews().find(row.dossierNumber(), expert.email());
        List<String> out = new ArrayList<>();
        for (Criterion c : grid.criteria()) {
            BigDecimal before = current.map(v -> v.score(c.code()).value()).orElse(null);
            BigDecimal after = row.entries().scores().get(c.code());
            if (before == null ? after != null : after == null || before.compareTo(after) != 0) {
                out.add("dossier n° " + row.dossierNumber() + ", " + c.code() + "\u00a0: "
                        + ReviewChanges.number(before) + " → " + ReviewChanges.number(after));
            }
        }
        Governance governanceBefore = current.map(Review::governance).orElse(null);
        Governance governanceAfter = row.entries().governance();
        if (governanceAsked && governanceBefore != governanceAfter) {
            out.add("dossier n° " + row.dossierNumber() + ", " + ReviewChanges.GOVERNANCE + "\u00a0: "
                    + Objects.requireNonNullElse(label(governanceBefore), "—") + " → "
                    + Objects.requireNonNullElse(label(governanceAfter), "—"));
        }
        Map<String, String> comments = r.experts().comments(row.dossierNumber(), expert.email());
        if (!comments.equals(comments(row.entries()))) {
            out.add("dossier n° " + row.dossierNumber() + "\u00a0: commentaires modifiés");
        }
        return out;
    }

    private KitImportReport save(
            Repositories r, KitReturn kit, Kit sent, Expert expert, Grid grid, KitImportCheck check, Phase phase) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String who = expert.signature() + " — kit expert «\u00a0" + kit.fileName() + "\u00a0» importé par "
                + AssignExperts.who(r);
        List<String> saved = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        for (KitReturn.Row row : kit.rows()) {
            String number = row.dossierNumber();
            if (!row.problems().isEmpty() || !sent.dossiers().contains(number)) {
                skipped.add("dossier n° " + number + " (ligne " + row.sheetRow() + ")\u00a0: cellules invalides");
                continue;
            }
            if (row.entries().conflict()) {
                r.experts().assign(new Assignment(number, expert.email(), true, "déclaré dans le kit expert", now));
                r.audit().append(now, who, number, "Conflit d'intérêts déclaré", null, expert.signature());
                conflicts.add(number);
                continue;
            }
            saveReview(r, number, row.entries(), kit.asksGovernance(), expert, grid, now, who, phase);
            saved.add(number);
        }
        r.experts()
                .saveKit(new Kit(
                        sent.kitId(),
                        sent.expertEmail(),
                        sent.dossiers(),
                        sent.gridId(),
                        sent.gridVersion(),
                        sent.pseudonymised(),
                        sent.exportedAt(),
                        sent.deadline(),
                        Optional.of(now),
                        sent.returns() + 1));
        return new KitImportReport(expert.signature(), saved, skipped, conflicts, check);
    }

    private void saveReview(
            Repositories r,
            String number,
            KitEntries entries,
            boolean governanceAsked,
            Expert expert,
            Grid grid,
            OffsetDateTime now,
            String who,
            Phase phase) {
        Optional<Review> existing = r.reviews().find(number, expert.email());
        // the targets are phase 1's judgement: a phase-2 review starts without any (as ScoreDossier)
        Review before = existing.orElseGet(() -> Review.start(
                number,
                expert.asReviewer(),
                grid.id(),
                grid.version(),
                phase == Phase.ONE
                        ? Instruction.prefilled(checker.check(Instruction.dossier(r, number)))
                        : Targets.NONE,
                now));
        Review after = before;
        for (Criterion c : grid.criteria()) {
            after = after.withScore(
                    c.code(), after.score(c.code()).withValue(entries.scores().get(c.code())), now);
        }
        if (governanceAsked) {
            // like a score, the kit's cell decides: an empty one clears the judgement
            after = after.withGovernance(entries.governance(), now);
        }
        after = after.withReviewer(expert.asReviewer());
        List<FieldChange> changes = ReviewChanges.between(grid, before, after);
        if (!changes.isEmpty() || existing.isEmpty()) {
            r.reviews().save(after);
            if (after.hasScores()) {
                r.grids().freeze(grid.id(), grid.version());
            }
        }
        changes.forEach(c -> r.audit().append(now, who, number, c.field(), c.oldValue(), c.newValue()));
        Map<String, String> old = r.experts().comments(number, expert.email());
        Map<String, String> comments = comments(entries);
        if (!old.equals(comments)) {
            r.experts().saveComments(number, expert.email(), comments);
            comments.forEach((code, text) -> {
                if (!text.equals(old.get(code))) {
                    r.audit().append(now, who, number, label(code), old.get(code), text);
                }
            });
            old.keySet().stream()
                    .filter(code -> !comments.containsKey(code))
                    .forEach(code -> r.audit().append(now, who, number, label(code), old.get(code), null));
        }
    }

    private static Map<String, String> comments(KitEntries entries) {
        Map<String, String> comments = new LinkedHashMap<>(entries.blockComments());
        if (entries.generalComment() != null) {
            comments.put(KitComments.GENERAL, entries.generalComment());
        }
        return comments;
    }

    private static String label(Governance governance) {
        return governance == null ? null : governance.label();
    }

    private static String label(String code) {
        return KitComments.GENERAL.equals(code) ? "Commentaire général de l'expert" : "Commentaire du bloc " + code;
    }

    private static Grid grid(Repositories r, Path file, Map<String, String> meta) {
        String id = meta.getOrDefault(KitFormat.KEY_GRID_ID, "");
        try {
            int version = Integer.parseInt(meta.getOrDefault(KitFormat.KEY_GRID_VERSION, ""));
            Optional<Grid> grid = r.grids().find(id, version);
            if (grid.isPresent()) {
                return grid.get();
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputRefusedException(
                Location.sheet(String.valueOf(file.getFileName()), KitFormat.METADATA_SHEET),
                "la grille «\u00a0" + id + "\u00a0» version «\u00a0" + meta.get(KitFormat.KEY_GRID_VERSION)
                        + "\u00a0» n'existe pas dans cet espace de travail.");
    }
}
