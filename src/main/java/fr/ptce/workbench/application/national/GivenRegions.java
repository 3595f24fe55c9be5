package fr.ptce.workbench.application.national;

import fr.ptce.workbench.persistence.national.NationalAvisRepository;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which regions gave each dossier, for one consolidation of several files: read from the store for the first file
 * stored, then kept as each file adds its rows, instead of reading the whole of {@code national_avis} again for each
 * file (performance.md, P5 fourth pass). A dossier that two regions or more gave is read again from the store before
 * the next file, so that its regions come in the store's order, as they did when every file read them all.
 */
final class GivenRegions {

    private Map<String, List<String>> regions;
    private final Set<String> reread = new HashSet<>();

    /**
     * The regions of each dossier as the store holds them, inside the transaction of the file about to be stored;
     * the caller adds the file's own rows through {@link #add}.
     */
    Map<String, List<String>> forFile(NationalAvisRepository national) {
        if (regions == null) {
            regions = national.regionsByDossier();
        } else {
            for (String number : reread) {
                regions.put(number, new ArrayList<>(national.regionsOf(number)));
            }
        }
        reread.clear();
        return regions;
    }

    /** Records that the file being stored gives the dossier's row for the region. */
    void add(String dossierNumber, String region) {
        List<String> given = regions.computeIfAbsent(dossierNumber, k -> new ArrayList<>());
        given.add(region);
        if (given.size() > 1) {
            reread.add(dossierNumber);
        }
    }

    /** Forgets everything: a file's store failed, so what was added may not be in the store. */
    void forget() {
        regions = null;
        reread.clear();
    }
}
