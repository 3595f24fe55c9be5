package fr.ptce.workbench.application.common;

import fr.ptce.workbench.domain.campaign.Phase;
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
     * The phase of a dossier number: 1 for a dossier of the phase-1 DS export, 2 for a phase-2 dossier (the « dossier
     * additionnel », its own DS number); refused when the workspace holds neither.
     */
    public static Phase phaseOf(Repositories r, String number) {
        if (number != null && r.dossiers().outline(number).isPresent()) {
            return Phase.ONE;
        }
        if (number != null && r.phase2().find(number).isPresent()) {
            return Phase.TWO;
        }
        throw unknown(number);
    }

    /**
     * Refuses a dossier of another phase than the one asked ({@code --phase}); returns the dossier's phase.
     *
     * @param asked the phase asked, null when not asked (the number says it)
     */
    public static Phase phaseOf(Repositories r, String number, Phase asked) {
        Phase phase = phaseOf(r, number);
        if (asked != null && asked != phase) {
            throw new InvalidInputException("Le dossier n° " + number + " est un dossier de phase " + phase.number()
                    + ", pas de phase " + asked.number() + ".");
        }
        return phase;
    }

    /** The grid new phase-1 reviews use (see {@link #currentGrid(Repositories, Phase)}). */
    public static Grid currentGrid(Repositories r) {
        return currentGrid(r, Phase.ONE);
    }

    /**
     * The grid new reviews of a phase use: the phase's default grid's latest version, stored at first use. A
     * workspace that holds only an older version of it (scores given on version 1 stay on version 1) stores the
     * version of this build and scores new reviews on it: the versions differ only in their texts, never in codes,
     * blocks, weights or scale. A later version stored in the workspace (the grid edited before its first score) is
     * the one used.
     */
    public static Grid currentGrid(Repositories r, Phase phase) {
        Grid builtIn = Grids.builtIn(phase.number());
        Optional<Grid> stored = r.grids().latest(builtIn.id());
        if (stored.isPresent() && stored.get().version() >= builtIn.version()) {
            return stored.get();
        }
        r.grids().save(builtIn);
        return builtIn;
    }

    /** The phase-1 grid shown and exported when no review decides it (see {@link #latestGrid(Repositories, Phase)}). */
    public static Grid latestGrid(Repositories r) {
        return latestGrid(r, Phase.ONE);
    }

    /**
     * The grid of a phase shown and exported when no review decides it: its default grid's latest version, the
     * workspace's or this build's, whichever is newer; nothing is stored.
     */
    public static Grid latestGrid(Repositories r, Phase phase) {
        Grid builtIn = Grids.builtIn(phase.number());
        return r.grids()
                .latest(builtIn.id())
                .filter(g -> g.version() >= builtIn.version())
                .orElse(builtIn);
    }

    /** The phase whose grid this is: 2 for the phase-2 grid's id, else 1. */
    public static Phase phaseOfGrid(String gridId) {
        return Grids.AMI_PTCE_2021_PHASE2.equals(gridId) ? Phase.TWO : Phase.ONE;
    }

    /** The grid a review was scored on. */
    public static Grid gridOf(Repositories r, Review review) {
        return r.grids()
                .find(review.gridId(), review.gridVersion())
                .orElseThrow(() -> new IllegalStateException(
                        "Grid " + review.gridId() + " v" + review.gridVersion() + " is missing"));
    }

    /** The grid of a dossier's reviews (the first one's), else the current phase-1 grid. */
    public static Grid gridOf(Repositories r, List<Review> reviews) {
        return gridOf(r, reviews, Phase.ONE);
    }

    /** The grid of a dossier's reviews (the first one's), else the current grid of the dossier's phase. */
    public static Grid gridOf(Repositories r, List<Review> reviews, Phase phase) {
        return reviews.isEmpty() ? currentGrid(r, phase) : gridOf(r, reviews.get(0));
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
