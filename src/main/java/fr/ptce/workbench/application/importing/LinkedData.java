package fr.ptce.workbench.application.importing;

import fr.ptce.workbench.domain.dossier.Commune;
import fr.ptce.workbench.domain.dossier.DsAvis;
import fr.ptce.workbench.domain.dossier.InseeLegalCategory;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The writes the linked sheets call for, by dossier number, sent in batches once every dossier is known. */
final class LinkedData {
    final Map<String, String> sirets = new LinkedHashMap<>();
    final Map<String, InseeLegalCategory> categories = new LinkedHashMap<>();
    final Map<String, List<Commune>> communes = new LinkedHashMap<>();
    final Map<String, List<DsAvis>> opinions = new LinkedHashMap<>();

    /** The dossiers whose SIRET, legal category or communes these writes change. */
    Set<String> touched() {
        Set<String> touched = new HashSet<>(sirets.keySet());
        touched.addAll(categories.keySet());
        touched.addAll(communes.keySet());
        return touched;
    }
}
