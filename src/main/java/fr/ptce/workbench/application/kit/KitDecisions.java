package fr.ptce.workbench.application.kit;

/**
 * What the user decided about a returned kit that needs it: save the valid rows of a kit with invalid cells, import
 * scores for dossiers changed since the export, replace the scores of an earlier return of the same kit.
 */
public record KitDecisions(boolean acceptValidRows, boolean acceptChangedDossiers, boolean replaceEarlierReturn) {

    /** No decision yet: a kit that needs one is refused. */
    public static final KitDecisions NONE = new KitDecisions(false, false, false);
}
