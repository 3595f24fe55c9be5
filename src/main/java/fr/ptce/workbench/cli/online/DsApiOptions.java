package fr.ptce.workbench.cli.online;

import fr.ptce.workbench.application.common.DsApiAccess;
import fr.ptce.workbench.application.common.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options of {@code ds sync} and {@code ds push}: the procedure, the token ({@code --token-file} or
 * {@value #ENVIRONMENT}, never an argument value, never stored, never printed) and the API's address.
 */
public final class DsApiOptions {

    /** The environment variable holding the token for scripts. */
    public static final String ENVIRONMENT = "DS_API_TOKEN";

    static final String HOW_TO_GET_ONE = "créez-en un dans démarches-simplifiées, «\u00a0Mon profil › Jetons"
            + " d'API\u00a0» (compte administrateur de la démarche), puis passez-le par --token-file FICHIER ou la"
            + " variable d'environnement " + ENVIRONMENT;

    @Option(
            names = "--procedure",
            required = true,
            paramLabel = "NUMÉRO",
            description = "Numéro de la démarche sur démarches-simplifiées.")
    int procedure;

    @Option(
            names = "--token-file",
            paramLabel = "FICHIER",
            description = "Fichier dont la première ligne est le jeton d'API (sinon la variable d'environnement "
                    + ENVIRONMENT + "). Le jeton n'est ni enregistré ni affiché.")
    Path tokenFile;

    @Option(
            names = "--api-url",
            paramLabel = "URL",
            defaultValue = "https://www.demarches-simplifiees.fr/api/v2/graphql",
            description = "Adresse de l'API GraphQL (par défaut\u00a0: ${DEFAULT-VALUE}).")
    String apiUrl;

    /** The endpoint and the token, from the file, else the environment. */
    DsApiAccess access(Map<String, String> environment) {
        URI endpoint;
        try {
            endpoint = new URI(apiUrl);
        } catch (URISyntaxException e) {
            throw new InvalidInputException("Adresse de l'API invalide («\u00a0" + apiUrl + "\u00a0»).");
        }
        return new DsApiAccess(endpoint, token(tokenFile, environment));
    }

    static String token(Path file, Map<String, String> environment) {
        if (file != null) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line = reader.readLine();
                if (line == null || line.isBlank()) {
                    throw new InvalidInputException("Le fichier du jeton d'API «\u00a0" + file
                            + "\u00a0» est vide\u00a0: " + HOW_TO_GET_ONE + ".");
                }
                return line.strip();
            } catch (IOException e) {
                throw new InvalidInputException("Fichier du jeton d'API «\u00a0" + file
                        + "\u00a0» introuvable ou illisible\u00a0; pour obtenir un jeton, " + HOW_TO_GET_ONE + ".");
            }
        }
        String fromEnvironment = environment.get(ENVIRONMENT);
        if (fromEnvironment == null || fromEnvironment.isBlank()) {
            throw new InvalidInputException(
                    "Aucun jeton d'API de démarches-simplifiées\u00a0: " + HOW_TO_GET_ONE + ".");
        }
        return fromEnvironment.strip();
    }
}
