package fr.ptce.workbench.application.listing;

import fr.ptce.workbench.application.common.Instruction;
import fr.ptce.workbench.domain.avis.Avis;
import fr.ptce.workbench.domain.check.DossierChecker;
import fr.ptce.workbench.domain.check.DossierChecks;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.review.Review;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.Targets;
import fr.ptce.workbench.persistence.Database;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Computes, for the list's filters, every dossier's facets: scored, avis, targets, sections over their limit. */
public final class ListFacets {

    private final Database database;
    private final DossierChecker checker;

    public ListFacets(Database database, DossierChecker checker) {
        this.database = database;
        this.checker = checker;
    }

    /** The facets of every dossier, by number. */
    public Map<String, DossierFacet> all() {
        return database.inTransaction(r -> {
            Optional<Reviewer> me = r.users().find();
            Map<String, List<Review>> reviews = new HashMap<>();
            r.reviews()
                    .all()
                    .forEach(v -> reviews.computeIfAbsent(v.dossierNumber(), k -> new ArrayList<>())
                            .add(v));
            Map<String, Avis> avis = new HashMap<>();
            r.regionAvis().all().forEach(a -> avis.put(a.dossierNumber(), a));
            java.util.Set<String> altered = r.dossiers().alteredNumbers();
            Map<String, DossierFacet> facets = new HashMap<>();
            for (Dossier dossier : r.dossiers().all()) {
                String number = dossier.number();
                List<Review> list = reviews.getOrDefault(number, List.of());
                Optional<Review> mine = list.stream()
                        .filter(v -> me.isPresent()
                                && v.reviewer().email().equals(me.get().email()))
                        .findFirst();
                boolean scored = mine.isPresent()
                        && Instruction.gridOf(r, mine.get())
                                .totals(mine.get().values())
                                .complete();
                Targets targets = mine.or(() -> list.stream().findFirst())
                        .map(Review::targets)
                        .orElse(Targets.NONE);
                Avis a = avis.get(number);
                DossierChecks checks = checker.check(dossier);
                facets.put(
                        number,
                        new DossierFacet(
                                scored,
                                a == null ? null : a.recommendation(),
                                targets,
                                checks.overLimit().size(),
                                checks.wave() == null ? null : checks.wave().name(),
                                checks.admissibilityDisagreement(),
                                altered.contains(number)));
            }
            return facets;
        });
    }
}
