package fr.ptce.workbench.bench;

import fr.ptce.workbench.spreadsheet.xlsx.BareXlsx;
import java.nio.file.Path;

/** The whole-process baseline of P1/P2: a JVM that only runs the bare SAX pass over the export, then exits. */
public final class BareSax {

    private BareSax() {}

    public static void main(String[] args) {
        System.out.println(BareXlsx.touchEveryCell(Path.of(args[0])));
    }
}
