package fr.ptce.workbench.application.importing;

import fr.ptce.workbench.domain.dossier.Commune;
import fr.ptce.workbench.domain.dossier.DsAvis;
import fr.ptce.workbench.domain.dossier.InseeLegalCategory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The writes the linked sheets call for, by dossier number, sent in batches once every dossier is known. */
final class LinkedData {
    final Map<String, String> sirets = new LinkedHashMap<>();
    final Map<String, InseeLegalCategory> categories = new LinkedHashMap<>();
    final Map<String, List<Commune>> communes = new LinkedHashMap<>();
    final Map<String, List<DsAvis>> opinions = new LinkedHashMap<>();
}
