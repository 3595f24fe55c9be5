package fr.ptce.workbench.spreadsheet.ds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ptce.workbench.SampleFiles;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.check.LegalFormCheck;
import fr.ptce.workbench.domain.check.LegalFormVerdict;
import fr.ptce.workbench.domain.dossier.CarrierStructure;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.DossierMapper;
import fr.ptce.workbench.domain.dossier.Establishment;
import fr.ptce.workbench.domain.dossier.EstablishmentRows;
import fr.ptce.workbench.domain.dossier.HeaderMapping;
import fr.ptce.workbench.domain.dossier.SourceEncoding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every dossier of the four DS samples, read by the real reader (Dossiers rows, and the applicant's row of the
 * Etablissements sheet in xlsx), gets the legal-form verdict its answer key expects, on the INSEE category the key
 * names.
 */
class LegalFormSamplesTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(
            strings = {
                SampleFiles.OCTOBER_2021_XLSX,
                SampleFiles.OCTOBER_2021_CSV,
                SampleFiles.NOVEMBER_2021_XLSX,
                SampleFiles.SEPTEMBER_2025_XLSX
            })
    void everyDossierOfTheSampleKeysGetsTheKeysLegalFormEligibility(String sample) throws IOException {
        RecordingSink sink = new RecordingSink();
        new DsExportReader().read(SampleFiles.copy(sample, folder), sink, Progress.NONE);
        Map<String, CarrierStructure> structures = structures(sink);
        JsonNode key;
        try (InputStream in = SampleFiles.key(sample)) {
            key = new ObjectMapper().readTree(in);
        }

        List<String> mismatches = new ArrayList<>();
        for (JsonNode expected : key.get("dossiers")) {
            String number = expected.get("number").asText();
            CarrierStructure structure = structures.get(number);
            LegalFormVerdict verdict = LegalFormCheck.assess(structure);
            String what = number + " (" + structure.legalForm() + ", " + verdict.category() + ")";
            if (verdict.eligible() != expected.get("legal_form_eligible").asBoolean()) {
                mismatches.add(what + ": " + verdict.status() + " — " + verdict.explanation());
            }
            JsonNode insee = expected.get("insee_legal_form");
            if (!insee.get(1).asText().equals(verdict.category().code())
                    || !insee.get(0).asText().equals(verdict.category().label())) {
                mismatches.add(what + ": the key's INSEE category is " + insee);
            }
            if (verdict.disagrees()) {
                mismatches.add(what + ": no sample dossier's category contradicts its declaration, but "
                        + verdict.disagreement());
            }
        }
        assertEquals(List.of(), mismatches);
        assertEquals(key.get("dossiers").size(), structures.size());
    }

    /** Each dossier's carrier structure, completed with its applicant establishment's category in xlsx. */
    private static Map<String, CarrierStructure> structures(RecordingSink sink) {
        DsSheet sheet = sheet(sink, DsSheetKind.DOSSIERS);
        DossierMapper mapper = new DossierMapper(
                sheet.name(),
                HeaderMapping.of(sheet.headers()),
                new SourceEncoding(sheet.htmlEscapedTextareas(), sheet.htmlEscapedText(), !sheet.onlyTable()));
        Map<String, CarrierStructure> structures = new HashMap<>();
        for (RecordingSink.Row row : sink.rows(sheet.name())) {
            Dossier dossier = mapper.map(row.number(), row.values()).dossier().orElseThrow();
            structures.put(dossier.number(), dossier.structure());
        }
        DsSheet establishments = sheet(sink, DsSheetKind.ETABLISSEMENTS);
        if (establishments != null) {
            EstablishmentRows rows = new EstablishmentRows(establishments.headers());
            for (RecordingSink.Row row : sink.rows(establishments.name())) {
                rows.read(row.values())
                        .filter(Establishment::isApplicant)
                        .ifPresent(e -> structures.computeIfPresent(
                                e.dossierNumber(), (n, s) -> s.withLegalCategory(e.legalCategory())));
            }
        }
        return structures;
    }

    private static DsSheet sheet(RecordingSink sink, DsSheetKind kind) {
        return sink.sheets.values().stream()
                .filter(s -> s.kind() == kind)
                .findFirst()
                .orElse(null);
    }
}
