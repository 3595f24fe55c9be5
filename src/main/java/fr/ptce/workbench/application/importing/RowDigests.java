package fr.ptce.workbench.application.importing;

import fr.ptce.workbench.domain.dossier.RowDigest;
import fr.ptce.workbench.persistence.dossier.DossierBatch;
import fr.ptce.workbench.persistence.dossier.DossierRepository;
import fr.ptce.workbench.persistence.dossier.StoredDossier;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The re-import's fast path: each stored dossier keeps the digest of the Dossiers-sheet row it was last found equal
 * to, and a row read again with the same digest is known unchanged without being mapped or fingerprinted. A digest is
 * recorded at the end of an import, once the linked sheets are applied, only for a row that mapped without any
 * problem and that the full comparison would find unchanged against what is then stored; any other write of the
 * dossier clears it.
 */
final class RowDigests {

    /** Bumped whenever the mapping of a row changes in a way the application's version would not say. */
    private static final int GENERATION = 1;

    private final Map<String, String> storedByDigest = new HashMap<>();
    private final Map<String, Candidate> candidates = new LinkedHashMap<>();
    private RowDigest digest;

    /** A row that went through the full comparison: its digest (null if it had a problem) and its facts. */
    private record Candidate(String digest, RowFacts facts) {}

    /** Starts a Dossiers sheet: {@code context} is everything the mapping of its rows depends on. */
    void start(List<?> context, Map<String, StoredDossier> stored) {
        List<Object> parts = new java.util.ArrayList<>(context);
        parts.add(GENERATION);
        parts.add(Objects.requireNonNullElse(RowDigests.class.getPackage().getImplementationVersion(), "dev"));
        digest = RowDigest.under(parts);
        stored.forEach((number, dossier) -> {
            if (dossier.rowDigest() != null) {
                storedByDigest.put(dossier.rowDigest(), number);
            }
        });
    }

    /** The row's digest. */
    String of(List<String> values, BitSet computed) {
        return digest.of(values, computed);
    }

    /** The number of the stored dossier this very row was last found equal to, or null. */
    String unchangedDossier(String rowDigest) {
        return storedByDigest.get(rowDigest);
    }

    /** A row compared in full: {@code rowDigest} null when the row had a problem (it is then never skipped). */
    void compared(String number, String rowDigest, RowFacts facts) {
        candidates.put(number, new Candidate(rowDigest, facts));
    }

    /**
     * Records the digests once everything the import writes is written: those of the rows compared in full that
     * would be found unchanged against the store as it now is, and none for the dossiers whose linked data this import
     * changed.
     *
     * @param linkedChanged the dossiers whose SIRET, legal category or communes the linked sheets changed
     */
    void settle(DossierRepository dossiers, DossierBatch batch, LinkedDataRule rule, Set<String> linkedChanged) {
        Map<String, String> writes = new HashMap<>();
        if (!candidates.isEmpty() || !linkedChanged.isEmpty()) {
            Map<String, StoredDossier> now = dossiers.storedAll();
            candidates.forEach((number, candidate) -> {
                StoredDossier stored = now.get(number);
                String wanted = candidate.digest() != null && candidate.facts().sameAs(stored, rule)
                        ? candidate.digest()
                        : null;
                if (!Objects.equals(wanted, stored.rowDigest())) {
                    writes.put(number, wanted);
                }
            });
            for (String number : linkedChanged) {
                if (!candidates.containsKey(number) && now.get(number).rowDigest() != null) {
                    writes.put(number, null);
                }
            }
        }
        batch.setRowDigests(writes);
    }
}
