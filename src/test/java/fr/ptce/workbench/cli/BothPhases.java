package fr.ptce.workbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ptce.workbench.application.GenerateSamples;
import fr.ptce.workbench.domain.dossier.DsEra;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A workspace holding a generated phase-1 export of 24 dossiers and its phase-2 export, both imported through the
 * command line, with {@link CommandLineRun#CORRESPONDENT} of Bretagne as its user; {@code phase2} is the first
 * phase-2 dossier and {@code phase1} the dossier it continues.
 */
record BothPhases(String workspace, String phase2, String phase1) {

    static BothPhases importedUnder(Path folder) throws IOException {
        String workspace = folder.resolve("w").toString();
        Path phase1File = GenerateSamples.write(folder, 2021, 24, DsEra.Y2021, GenerateSamples.Format.XLSX);
        CommandLineRun.of("import", "--workspace", workspace, phase1File.toString())
                .ok();
        Path phase2File = GenerateSamples.writePhase2(folder, phase1File, GenerateSamples.Format.XLSX);
        CommandLineRun.of("phase2", "import", "--workspace", workspace, phase2File.toString())
                .ok();
        JsonNode dossiers = new ObjectMapper()
                .readTree(CommandLineRun.of("dossiers", "--workspace", workspace, "--phase", "2", "--format", "json")
                        .ok()
                        .out());
        CommandLineRun.correspondent(workspace, "Bretagne");
        return new BothPhases(
                workspace,
                dossiers.get(0).get("number").asText(),
                dossiers.get(0).get("phase1Number").asText());
    }
}
