package fr.ptce.workbench.cli.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ptce.workbench.application.common.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the token comes from: the file's first line, else DS_API_TOKEN; never kept in a message. */
class DsApiOptionsTest {

    @TempDir
    Path folder;

    @Test
    void theFileWinsOverTheEnvironmentAndOnlyItsFirstLineCounts() throws Exception {
        Path file = Files.writeString(folder.resolve("jeton"), "  du-fichier \nligne suivante\n");

        assertThat(DsApiOptions.token(file, Map.of(DsApiOptions.ENVIRONMENT, "de-l-environnement")))
                .isEqualTo("du-fichier");
    }

    @Test
    void withoutAFileTheEnvironmentGivesTheToken() {
        assertThat(DsApiOptions.token(null, Map.of(DsApiOptions.ENVIRONMENT, "de-l-environnement")))
                .isEqualTo("de-l-environnement");
    }

    @Test
    void neitherFileNorEnvironmentIsRefusedSayingHowToGetAToken() throws Exception {
        assertThatThrownBy(() -> DsApiOptions.token(null, Map.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Mon profil › Jetons d'API")
                .hasMessageContaining(DsApiOptions.ENVIRONMENT);
        Path empty = Files.writeString(folder.resolve("vide"), "\n");
        assertThatThrownBy(() -> DsApiOptions.token(empty, Map.of(DsApiOptions.ENVIRONMENT, "x")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("est vide");
    }

    @Test
    void theTokenNeverTravelsInClearExceptToThisComputer() {
        DsApiOptions options = new DsApiOptions();
        Map<String, String> environment = Map.of(DsApiOptions.ENVIRONMENT, "jeton");
        options.apiUrl = "http://www.demarches-simplifiees.fr/api/v2/graphql";
        assertThatThrownBy(() -> options.access(environment))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("https://")
                .hasMessageNotContaining("jeton\u00a0»");
        options.apiUrl = "http://127.0.0.1:8080/api/v2/graphql";
        assertThat(options.access(environment).endpoint().getPort()).isEqualTo(8080);
        options.apiUrl = "https://www.demarches-simplifiees.fr/api/v2/graphql";
        assertThat(options.access(environment).toString())
                .doesNotContain("jeton\"")
                .contains("jeton masqué");
    }
}
