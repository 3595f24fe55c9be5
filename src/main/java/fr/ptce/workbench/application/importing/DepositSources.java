package fr.ptce.workbench.application.importing;

import fr.ptce.workbench.persistence.Repositories;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each dossier's deposit date written by an import came from: an export made before 2021-12-06 gives the last
 * passage into construction, not the deposit, so the earliest date seen is kept and its source recorded.
 */
final class DepositSources {

    private final Map<String, Boolean> sources = new HashMap<>();

    /** Records that this dossier's deposit date was written from an export of this kind. */
    void written(String number, boolean lastConstruction) {
        sources.put(number, lastConstruction);
    }

    /** Whether the stored date is earlier than the incoming one, and must be kept. */
    static boolean keepsStored(OffsetDateTime stored, OffsetDateTime incoming) {
        return stored != null && incoming != null && stored.toInstant().isBefore(incoming.toInstant());
    }

    /** Writes the sources recorded, in one statement per kind. */
    void store(Repositories repositories) {
        Map<Boolean, List<String>> bySource = new HashMap<>();
        sources.forEach((number, old) ->
                bySource.computeIfAbsent(old, k -> new ArrayList<>()).add(number));
        bySource.forEach((old, numbers) -> repositories.dossiers().markDepositSource(numbers, old));
    }
}
