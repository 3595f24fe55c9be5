package fr.ptce.workbench.spreadsheet.kit;

/**
 * The names of an expert kit's sheets, metadata keys and fixed headers (formats.md, « Out and back: expert kit »).
 */
public final class KitFormat {

    public static final String NAME = "ptce-grille-expert";
    public static final String VERSION = "2";
    /** The first version, without the governance column: such kits sent before still come back. */
    public static final String VERSION_WITHOUT_GOVERNANCE = "1";

    public static final String INSTRUCTIONS_SHEET = "Consignes";
    public static final String SCORING_SHEET = "Notation";
    public static final String DOSSIERS_SHEET = "Dossiers";
    public static final String METADATA_SHEET = "Métadonnées";

    public static final String NUMBER_HEADER = "N° dossier";
    public static final String PROJECT_HEADER = "Projet";
    public static final String BLOCK_COMMENT_HEADER = "Commentaire ";
    public static final String GENERAL_COMMENT_HEADER = "Commentaire général";
    public static final String GOVERNANCE_HEADER = "Gouvernance démocratique";
    public static final String CONFLICT_HEADER = "Conflit d'intérêts";
    public static final String YES = "Oui";
    public static final String NO = "Non";

    public static final String KEY_FORMAT = "format";
    public static final String KEY_FORMAT_VERSION = "version-format";
    public static final String KEY_KIT_ID = "kit";
    public static final String KEY_EXPERT_NAME = "expert-nom";
    public static final String KEY_EXPERT_EMAIL = "expert-email";
    public static final String KEY_EXPERT_ORGANISATION = "expert-organisation";
    public static final String KEY_DOSSIERS = "dossiers";
    public static final String KEY_GRID_ID = "grille";
    public static final String KEY_GRID_VERSION = "version-grille";
    public static final String KEY_EXPORTED_AT = "exporte-le";
    public static final String KEY_DEADLINE = "date-limite";
    public static final String KEY_PSEUDONYMISED = "pseudonymise";
    /**
     * The phase of the kit's dossiers: {@code 2} in a phase-2 kit (the « dossiers additionnels » on the phase-2
     * grid), absent in a phase-1 kit; among the locked parts, like the avis workbook's {@code phase}.
     */
    public static final String KEY_PHASE = "phase";
    /** Followed by the dossier number: the dossier's content version at export. */
    public static final String KEY_CONTENT_PREFIX = "version-dossier-";

    public static final String KEY_SHA256 = "sha256-parties-verrouillees";

    private KitFormat() {}
}
