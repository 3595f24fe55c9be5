package fr.ptce.workbench.reliability;

import static fr.ptce.workbench.reliability.HostileCase.Entry.IMPORT;
import static fr.ptce.workbench.reliability.HostileCase.refused;

import fr.ptce.workbench.TestZips;
import fr.ptce.workbench.TestZips.Entry;
import fr.ptce.workbench.spreadsheet.ds.synthetic.SyntheticPdf;
import java.util.ArrayList;
import java.util.List;

/** The hostile DS zip exports of the corpus (issue 19, item 2): each refused, the store unchanged. */
final class HostileZips {

    private static final String DOSSIER = "export/dossier-4847721/";

    private HostileZips() {}

    private static Entry pdf(String name) {
        return Entry.of(DOSSIER + name, SyntheticPdf.of(List.of("Statuts")));
    }

    static List<HostileCase> cases() {
        List<HostileCase> c = new ArrayList<>();
        c.add(refused(
                "zip-traversee.zip",
                IMPORT,
                "export zip dont une pièce s'appelle dossier-…/../../../evil.sh",
                d -> TestZips.write(
                        d.resolve("zip-traversee.zip"),
                        pdf("statuts.pdf"),
                        Entry.text(DOSSIER + "../../../evil.sh", "rm -rf ~")),
                "sortirait du dossier d'extraction"));
        c.add(refused(
                "zip-absolu.zip",
                IMPORT,
                "export zip dont une entrée a un chemin absolu (/etc/…)",
                d -> TestZips.write(
                        d.resolve("zip-absolu.zip"), pdf("statuts.pdf"), Entry.text("/etc/cron.d/evil", "x")),
                "chemin absolu"));
        c.add(refused(
                "zip-lecteur.zip",
                IMPORT,
                "export zip dont une entrée commence par une lettre de lecteur (C:)",
                d -> TestZips.write(
                        d.resolve("zip-lecteur.zip"),
                        pdf("statuts.pdf"),
                        Entry.text("C:/Windows/System32/evil.dll", "x")),
                "lettre de lecteur"));
        c.add(refused(
                "zip-lien.zip",
                IMPORT,
                "export zip dont une pièce est un lien symbolique vers ~/.ssh",
                d -> TestZips.write(
                        d.resolve("zip-lien.zip"), Entry.symlink(DOSSIER + "statuts.pdf", "/root/.ssh/id_rsa")),
                "lien symbolique"));
        c.add(refused(
                "zip-bombe.zip",
                IMPORT,
                "bombe zip : une pièce de 50 Mo de zéros compressée en 50 Ko",
                d -> TestZips.write(
                        d.resolve("zip-bombe.zip"), Entry.of(DOSSIER + "statuts.pdf", new byte[50_000_000])),
                "bombe zip"));
        c.add(refused(
                "zip-gros.zip",
                IMPORT,
                "une pièce de 51 Mo (au-delà des 50 Mo par fichier)",
                d -> TestZips.write(
                        d.resolve("zip-gros.zip"),
                        Entry.stored(DOSSIER + "scan.pdf", TestZips.noise(51 * 1024 * 1024 + 1, 5))),
                "plus de 50 Mo"));
        c.add(refused(
                "zip-entrees.zip",
                IMPORT,
                "export zip de 20 001 entrées",
                d -> {
                    Entry[] entries = new Entry[20_001];
                    for (int i = 0; i < entries.length; i++) {
                        entries[i] = Entry.text(DOSSIER + "f" + i + ".txt", "");
                    }
                    return TestZips.write(d.resolve("zip-entrees.zip"), entries);
                },
                "20001 entrées"));
        c.add(refused(
                "zip-tronque.zip",
                IMPORT,
                "export zip tronqué à 70 %",
                d -> TestZips.truncated(
                        TestZips.write(
                                d.resolve("zip-entier.zip"),
                                pdf("statuts.pdf"),
                                Entry.of(DOSSIER + "bruit.bin", TestZips.noise(200_000, 6))),
                        d.resolve("zip-tronque.zip"),
                        0.7),
                "tronquée"));
        c.add(refused(
                "zip-inconnu.zip",
                IMPORT,
                "export zip sans tableau dont aucun dossier n'est dans l'espace",
                d -> TestZips.write(
                        d.resolve("zip-inconnu.zip"),
                        Entry.of("export/dossier-1/statuts.pdf", SyntheticPdf.of(List.of("x")))),
                "importez d'abord"));
        return c;
    }
}
