package fr.ptce.workbench.application.common;

import fr.ptce.workbench.domain.check.DossierChecks;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.domain.grid.Grids;
import fr.ptce.workbench.domain.review.Review;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.Targets;
import fr.ptce.workbench.persistence.Repositories;
import java.util.List;
import java.util.Optional;

/** What the instruction use cases share inside their transaction: the user, the dossier, the grid. */
public final class Instruction {

    private Instruction() {}

    public static Reviewer user(Repositories r) {
        return r.users().find().orElseThrow(IdentityRequiredException::new);
    }

    public static Dossier dossier(Repositories r, String number) {
        return r.dossiers().find(number).orElseThrow(() -> unknown(number));
    }

    /** The refusal of a dossier number the workspace does not hold. */
    public static InvalidInputException unknown(String number) {
        return new InvalidInputException("Le dossier n° " + number + " n'existe pas dans l'espace de travail.");
    }

    /**
     * The grid new reviews use: the default grid's latest version, stored at first use. A workspace that holds only
     * an older version of it (scores given on version 1 stay on version 1) stores the version of this build and
     * scores new reviews on it: the versions differ only in their texts, never in codes, blocks, weights or scale.
     */
    public static Grid currentGrid(Repositories r) {
        Optional<Grid> stored = r.grids().latest(Grids.AMI_PTCE_2021);
        if (stored.isPresent() && stored.get().version() >= Grids.AMI_PTCE_2021_VERSION) {
            return stored.get();
        }
        Grid grid = Grids.amiPtce2021();
        r.grids().save(grid);
        return grid;
    }

    /**
     * The grid shown and exported when no review decides it: the default grid's latest version, the workspace's or
     * this build's, whichever is newer; nothing is stored.
     */
    public static Grid latestGrid(Repositories r) {
        return r.grids()
                .latest(Grids.AMI_PTCE_2021)
                .filter(g -> g.version() >= Grids.AMI_PTCE_2021_VERSION)
                .orElseGet(Grids::amiPtce2021);
    }

    /** The grid a review was scored on. */
    public static Grid gridOf(Repositories r, Review review) {
        return r.grids()
                .find(review.gridId(), review.gridVersion())
                .orElseThrow(() -> new IllegalStateException(
                        "Grid " + review.gridId() + " v" + review.gridVersion() + " is missing"));
    }

    /** The grid of a dossier's reviews (the first one's), else the current grid. */
    public static Grid gridOf(Repositories r, List<Review> reviews) {
        return reviews.isEmpty() ? currentGrid(r) : gridOf(r, reviews.get(0));
    }

    /** Targets before any judgement: (c) from the fragile-territory checks (ZRR or QPV detected). */
    public static Targets prefilled(DossierChecks checks) {
        return prefilled(checks.zrrDetected(), checks.qpvDetected());
    }

    /** Targets before any judgement, from the ZRR and QPV detections (null: unknown). */
    public static Targets prefilled(Boolean zrr, Boolean qpv) {
        Boolean fragile = Boolean.TRUE.equals(zrr) || Boolean.TRUE.equals(qpv)
                ? Boolean.TRUE
                : Boolean.FALSE.equals(zrr) && Boolean.FALSE.equals(qpv) ? Boolean.FALSE : null;
        return new Targets(false, false, fragile);
    }
}
