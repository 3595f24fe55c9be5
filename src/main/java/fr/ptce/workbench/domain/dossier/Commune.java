package fr.ptce.workbench.domain.dossier;

/**
 * A commune of the project's perimeter (repetition block "Communes du périmètre").
 *
 * @param insee the INSEE code, null when the export has only the name (before August 2021)
 * @param name the commune name without the postal code
 * @param exportedValue the value as exported, e.g. {@code Ambérieu-en-Bugey (01500)}
 */
public record Commune(String insee, String name, String exportedValue) {}
