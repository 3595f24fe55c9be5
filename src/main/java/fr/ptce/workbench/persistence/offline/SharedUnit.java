package fr.ptce.workbench.persistence.offline;

import fr.ptce.workbench.domain.offline.OfflineUnitKind;
import java.util.Comparator;

/** One shared unit: a review (its dossier and reviewer's e-mail), or a dossier's avis, note or override. */
public record SharedUnit(OfflineUnitKind kind, String dossier, String key) implements Comparable<SharedUnit> {

    private static final Comparator<SharedUnit> ORDER = Comparator.comparing(SharedUnit::dossier)
            .thenComparing(SharedUnit::kind)
            .thenComparing(SharedUnit::key);

    @Override
    public int compareTo(SharedUnit other) {
        return ORDER.compare(this, other);
    }
}
