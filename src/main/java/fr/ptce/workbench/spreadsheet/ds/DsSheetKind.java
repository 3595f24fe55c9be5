package fr.ptce.workbench.spreadsheet.ds;

/** The kinds of sheet a DS export holds (formats.md §1.2). */
public enum DsSheetKind {
    /** {@code Dossiers}: one row per dossier (the whole csv export). */
    DOSSIERS,
    /** {@code Etablissements}: one row per SIRET establishment, joined on {@code Dossier ID}. */
    ETABLISSEMENTS,
    /** {@code Avis}: one row per DS expert opinion, joined on {@code Dossier ID}. */
    AVIS,
    /** A repetition block such as {@code (1187463) Communes du perimetr}: {@code Dossier ID, Ligne, …}. */
    REPETITION
}
