package fr.ptce.workbench.spreadsheet.ds.synthetic;

import fr.ptce.workbench.domain.dossier.Dossier;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a synthetic DS zip export, as DS lays it out without export template: {@code export/} holding the xlsx
 * export and one folder {@code dossier-<numéro>} per dossier, with the dossier's PDF and its files under
 * {@code pieces_justificatives/}, named as DS names them (« -JJ-MM-AAAA-HH-MM-id » before the extension). Every file
 * is a small PDF of invented text ({@link SyntheticPdf}), never a real document.
 */
final class ZipExport {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd-MM-yyyy-HH-mm");

    private ZipExport() {}

    static void write(Iterable<Dossier> dossiers, Path xlsx, OffsetDateTime exportedAt, Path target)
            throws IOException {
        try (OutputStream file = Files.newOutputStream(target);
                ZipOutputStream zip = new ZipOutputStream(file)) {
            long time = exportedAt.toInstant().toEpochMilli();
            ZipEntry table = new ZipEntry("export/" + xlsx.getFileName());
            table.setTime(time);
            zip.putNextEntry(table);
            Files.copy(xlsx, zip);
            zip.closeEntry();
            int id = 1;
            for (Dossier dossier : dossiers) {
                String folder = "export/dossier-" + dossier.number() + "/";
                put(zip, time, folder + "export-" + dossier.number() + ".pdf", summary(dossier));
                String stamp = exportedAt.format(STAMP);
                if (dossier.attachments().statutes() != null) {
                    put(
                            zip,
                            time,
                            folder + "pieces_justificatives/"
                                    + dsName(dossier.attachments().statutes(), stamp, id++),
                            SyntheticPdf.of(List.of(
                                    "Statuts (document synthétique, inventé pour les essais)",
                                    "Structure\u00a0: " + dossier.structure().name(),
                                    "Article 1 - Objet\u00a0: animer la coopération économique du territoire.",
                                    "Article 2 - Gouvernance\u00a0: une personne, une voix.")));
                }
                if (dossier.attachments().budget() != null) {
                    put(
                            zip,
                            time,
                            folder + "pieces_justificatives/"
                                    + dsName(dossier.attachments().budget(), stamp, id++),
                            SyntheticPdf.of(List.of(
                                    "Budget prévisionnel (document synthétique)",
                                    "Projet\u00a0: " + dossier.projectName())));
                }
            }
        }
    }

    /** The dossier's PDF, as DS puts one in each dossier's folder. */
    private static byte[] summary(Dossier dossier) {
        List<String> lines = new ArrayList<>();
        lines.add("Dossier n° " + dossier.number() + " (synthétique)");
        lines.add("Projet\u00a0: " + dossier.projectName());
        lines.add("Structure\u00a0: " + dossier.structure().name());
        lines.add("Région\u00a0: " + dossier.region());
        return SyntheticPdf.of(lines);
    }

    /** « Statuts AG 2020.pdf » → « Statuts AG 2020-15-10-2021-09-12-3.pdf »; every file is a PDF. */
    private static String dsName(String declared, String stamp, int id) {
        String name = declared.replace('/', '_').replace('\\', '_');
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return base + "-" + stamp + "-" + id + ".pdf";
    }

    private static void put(ZipOutputStream zip, long time, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(time); // the same dossiers give the same bytes
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}
