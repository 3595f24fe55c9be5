package fr.ptce.workbench.spreadsheet.avis;

import java.util.List;

/** The names the avis workbook format fixes: format id and version, sheet names and metadata keys. */
public final class AvisFormat {

    /** The value of the {@code format} metadata key. */
    public static final String NAME = "ptce-avis";
    /** The version this workbench writes and reads; see formats.md for when it changes. */
    public static final String VERSION = "3";

    public static final String AVIS_SHEET = "Avis";
    public static final String REVIEWS_SHEET = "Évaluations";
    public static final String GRID_SHEET = "Grille";
    public static final String METADATA_SHEET = "Métadonnées";

    /** The data sheets, in the order the checksum reads them. */
    public static final List<String> DATA_SHEETS = List.of(AVIS_SHEET, REVIEWS_SHEET, GRID_SHEET);
    /** Every sheet of the format: the data sheets and the metadata. */
    public static final List<String> SHEETS = List.of(AVIS_SHEET, REVIEWS_SHEET, GRID_SHEET, METADATA_SHEET);

    public static final String KEY_FORMAT = "format";
    public static final String KEY_FORMAT_VERSION = "format_version";
    public static final String KEY_REGION = "region";
    public static final String KEY_AUTHOR = "author";
    public static final String KEY_WORKSPACE_ID = "workspace_id";
    public static final String KEY_APPLICATION_VERSION = "application_version";
    public static final String KEY_EXPORTED_AT = "exported_at";
    public static final String KEY_GRID_ID = "grid_id";
    public static final String KEY_GRID_VERSION = "grid_version";
    public static final String KEY_ROWS = "rows";
    /**
     * The phase of the avis: {@code 2} in a phase-2 workbook (the « dossier additionnel »'s avis, keyed by the
     * phase-2 dossiers' numbers, on the phase-2 grid); absent in a phase-1 workbook.
     */
    public static final String KEY_PHASE = "phase";

    public static final String KEY_SHA256 = "sha256";

    private AvisFormat() {}
}
