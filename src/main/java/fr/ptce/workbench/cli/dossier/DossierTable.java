package fr.ptce.workbench.cli.dossier;

import fr.ptce.workbench.application.listing.DossierView;
import fr.ptce.workbench.domain.dossier.Dossier;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The table and csv shapes of the dossier list on the command line. */
public final class DossierTable {

    private static final List<String> HEADERS =
            List.of("N°", "Projet", "Structure", "Région", "État", "Recevabilité", "Forme juridique");
    private static final int[] WIDTHS = {10, 40, 32, 26, 18, 12, 24};

    private DossierTable() {}

    static void table(List<DossierView> views, PrintWriter out) {
        out.println(line(HEADERS));
        for (DossierView view : views) {
            out.println(line(cells(view)));
        }
        out.println(views.size() + " dossier(s)");
    }

    static void csv(List<DossierView> views, PrintWriter out) {
        out.println(HEADERS.stream().map(DossierTable::quote).collect(Collectors.joining(",")));
        for (DossierView view : views) {
            out.println(cells(view).stream().map(DossierTable::quote).collect(Collectors.joining(",")));
        }
    }

    private static List<String> cells(DossierView view) {
        Dossier d = view.dossier();
        return Stream.of(
                        d.number(),
                        d.projectName(),
                        d.structure().name(),
                        d.region(),
                        d.tracking().state() == null ? "" : d.tracking().state().label(),
                        view.checks().admissibility().label(),
                        view.checks().legalForm().status().label())
                .map(s -> s == null ? "" : s)
                .toList();
    }

    private static String line(List<String> cells) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i).replaceAll("\\s+", " ");
            int width = WIDTHS[i];
            text.append(cell.length() > width ? cell.substring(0, width - 1) + "…" : pad(cell, width));
            text.append(i + 1 < cells.size() ? "  " : "");
        }
        return text.toString().stripTrailing();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }

    /**
     * One csv field: a text a spreadsheet would take for a formula (starting with =, +, -, @, tab or carriage
     * return) is prefixed with an apostrophe, the usual neutralisation (OWASP "CSV injection"); then quoted if needed.
     */
    public static String quote(String raw) {
        String value = !raw.isEmpty() && "=+-@\t\r".indexOf(raw.charAt(0)) >= 0 ? "'" + raw : raw;
        boolean needs = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return needs ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
