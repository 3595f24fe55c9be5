package fr.ptce.workbench.application.review;

import fr.ptce.workbench.domain.avis.Avis;
import java.util.List;
import java.util.Optional;

/** A dossier's reviews with their totals and the region's avis, as exports and the command line show them. */
public record DossierReviews(String dossierNumber, List<ScoredReview> reviews, Optional<Avis> avis) {

    public DossierReviews {
        reviews = List.copyOf(reviews);
    }
}
