package fr.ptce.workbench.domain.national;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The decision recorded for a dossier: « Sélection des dossiers lauréats par le cabinet du ministre en charge de
 * l'ESS avec le soutien du PESSII ». Who decided and on which day; letters and public lists use it only.
 */
public record CabinetDecision(boolean laureate, boolean invited, String by, LocalDate on) {

    public CabinetDecision {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(on, "on");
    }
}
