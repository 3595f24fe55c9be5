package fr.ptce.workbench.domain.dossier;

import java.util.List;

/**
 * What the dossier says about its territory.
 *
 * @param declaredQpv the answer to the QPV question, null when not answered
 * @param declaredZrr the answer to the ZRR question, null when not answered
 * @param communes the communes of the perimeter, in source order
 * @param communesKnown false when the source cannot hold them (DS csv exports leave repetition blocks out)
 */
public record Territory(Boolean declaredQpv, Boolean declaredZrr, List<Commune> communes, boolean communesKnown) {

    public Territory {
        communes = List.copyOf(communes);
    }

    public Territory withCommunes(List<Commune> newCommunes) {
        return new Territory(declaredQpv, declaredZrr, newCommunes, true);
    }
}
