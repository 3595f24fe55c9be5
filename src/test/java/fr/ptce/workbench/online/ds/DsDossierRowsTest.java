package fr.ptce.workbench.online.ds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The dossiers of DS's API laid out as the xlsx export's sheets (formats.md, « DS online »). */
class DsDossierRowsTest {

    private static List<DsApiSheet> sheets(String... pages) throws Exception {
        DsDossierRows rows = new DsDossierRows();
        for (String page : pages) {
            JsonNode nodes = new ObjectMapper()
                    .readTree(RecordedDsServer.resource(page))
                    .path("data")
                    .path("demarche")
                    .path("dossiers")
                    .path("nodes");
            nodes.forEach(rows::add);
        }
        return rows.sheets();
    }

    private static Map<String, String> row(DsApiSheet sheet, int index) {
        List<String> values = sheet.rows().get(index);
        return IntStream.range(0, sheet.headers().size())
                .boxed()
                .collect(Collectors.toMap(sheet.headers()::get, values::get, (a, b) -> a + "|" + b));
    }

    @Test
    void theDossiersSheetHasTheExportsFixedColumnsThenTheChampsThenTheAnnotations() throws Exception {
        DsApiSheet dossiers =
                sheets("dossiers-page1.json", "dossiers-page2.json").get(0);

        assertThat(dossiers.kind()).isEqualTo(DsApiSheet.Kind.DOSSIERS);
        assertThat(dossiers.headers().subList(0, DsDossierRows.FIXED.size())).isEqualTo(DsDossierRows.FIXED);
        assertThat(dossiers.headers())
                .doesNotContain("Le projet", "Communes du périmètre")
                .endsWith("Recevabilité (PESSII)", "Commentaire PESSII", "Avis de l'instruction PTCE");
        assertThat(dossiers.rows()).hasSize(3);
        Map<String, String> first = row(dossiers, 0);
        assertThat(first)
                .containsEntry("ID", "9100001")
                .containsEntry("Email", "porteur.9100001@example.org")
                .containsEntry("Entreprise raison sociale", "COOPÉRATIVE LES COMMUNS")
                .containsEntry("Archivé", "false")
                .containsEntry("État du dossier", "En instruction")
                .containsEntry("Déposé le", "2021-06-16T07:41:56+02:00")
                .containsEntry("Traité le", "")
                .containsEntry("Instructeurs", "c.fournier@example.fr instruction.bretagne@example.fr")
                .containsEntry("Groupe instructeur", "Bretagne")
                .containsEntry("Statuts de la structure porteuse", "statuts-9100001.pdf")
                .containsEntry("Date de création de la structure porteuse", "2019-03-14")
                .containsEntry("J'atteste l'exactitude des informations fournies", "on")
                .containsEntry(
                        "Le périmètre comprend-il un ou plusieurs quartiers prioritaires de la politique de la ville"
                                + " (QPV) ?",
                        "Oui")
                .containsEntry(
                        "Description des objectifs et de la vision stratégique du (futur) PTCE",
                        "Faire coopérer les acteurs du réemploi & de l'insertion autour d'un lieu partagé.")
                .containsEntry("Recevabilité (PESSII)", "Recevable");
        assertThat(row(dossiers, 2))
                .containsEntry("État du dossier", "Accepté")
                .containsEntry("Traité le", "2021-08-21T08:30:28+02:00")
                .containsEntry("Motivation de la décision", "Projet conforme à l'esprit des PTCE.");
    }

    @Test
    void theApplicantTheAvisAndTheCommunesGetTheirOwnSheetsJoinedOnTheDossierNumber() throws Exception {
        List<DsApiSheet> sheets = sheets("dossiers-page1.json");

        assertThat(sheets)
                .extracting(DsApiSheet::name)
                .containsExactly("Dossiers", "Etablissements", "Avis", "(1) Communes du périmètre");
        assertThat(row(sheets.get(1), 0))
                .containsEntry("Dossier ID", "9100001")
                .containsEntry("Champ", "Dossier")
                .containsEntry("Établissement SIRET", "46250159400073")
                .containsEntry("Entreprise forme juridique code", "5560");
        assertThat(sheets.get(2).rows()).hasSize(1);
        assertThat(row(sheets.get(2), 0))
                .containsEntry("Dossier ID", "9100001")
                .containsEntry("Réponse oui/non", "true")
                .containsEntry("Répondu le", "2021-07-09T16:30:00+02:00")
                .containsEntry("Expert", "expert@example.org");
        DsApiSheet communes = sheets.get(3);
        assertThat(communes.headers()).containsExactly("Dossier ID", "Ligne", "Commune", "Commune (Code insee)");
        assertThat(communes.rows())
                .contains(
                        List.of("9100001", "1", "Rennes (35000)", "35238"),
                        List.of("9100002", "2", "Bruz (35170)", "35047"));
    }

    @Test
    void datesFromAnotherOffsetAreWrittenInParisTime() {
        assertThat(DsApiValues.dateTime(new ObjectMapper().getNodeFactory().textNode("2021-12-01T08:00:00.123Z")))
                .isEqualTo("2021-12-01T09:00:00+01:00");
    }
}
