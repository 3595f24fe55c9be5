package fr.ptce.workbench.ui.common;

/**
 * What the window shows of a workspace, remembered for its next opening: the selected dossier, the tab beside the
 * reader on the scoring screen, the list's combinable filters ({@link
 * fr.ptce.workbench.application.listing.ListFilter}'s
 * text form), the search box's text and the list's sort (column ids with {@code :A} or {@code :D}, comma-separated).
 * Empty strings when nothing is remembered.
 */
public record ListSession(String dossier, String tab, String filter, String search, String sort) {

    public static final ListSession EMPTY = new ListSession("", "", "", "", "");

    public ListSession {
        dossier = dossier == null ? "" : dossier;
        tab = tab == null ? "" : tab;
        filter = filter == null ? "" : filter;
        search = search == null ? "" : search;
        sort = sort == null ? "" : sort;
    }
}
