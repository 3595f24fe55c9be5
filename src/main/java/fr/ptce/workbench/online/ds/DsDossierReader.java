package fr.ptce.workbench.online.ds;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ptce.workbench.domain.Progress;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads every dossier of a procedure from DS's API, page after page ({@code first}, {@code after} the last page's
 * cursor), only those updated since a time when one is given, and lays them out as export sheets. Everything is read
 * before anything is returned: a failure on any page throws, and the caller imports nothing.
 */
public final class DsDossierReader {

    /** Dossiers asked per page; DS allows up to 100. */
    public static final int PAGE_SIZE = 100;

    /** What was read: the sheets, and the dossier numbers in the order DS gave them. */
    public record Read(List<DsApiSheet> sheets, List<String> numbers, int pages) {

        public Read {
            sheets = List.copyOf(sheets);
            numbers = List.copyOf(numbers);
        }
    }

    private final DsApiClient client;
    private final int pageSize;

    public DsDossierReader(DsApiClient client, int pageSize) {
        this.client = Objects.requireNonNull(client, "client");
        this.pageSize = pageSize;
    }

    /**
     * Reads the procedure's dossiers.
     *
     * @param updatedSince only the dossiers updated since then; null for all
     * @throws DsApiException when a page fails
     */
    public Read read(int procedure, OffsetDateTime updatedSince, Progress progress) {
        DsDossierRows rows = new DsDossierRows();
        Set<String> numbers = new java.util.LinkedHashSet<>();
        Set<String> cursors = new HashSet<>();
        String after = null;
        int pages = 0;
        while (true) {
            progress.checkCancelled();
            Map<String, Object> variables = new HashMap<>();
            variables.put("demarcheNumber", procedure);
            variables.put("first", pageSize);
            variables.put("after", after);
            variables.put("updatedSince", updatedSince == null ? null : updatedSince.toString());
            JsonNode connection =
                    client.execute(DsQuery.DOSSIERS, variables).path("demarche").path("dossiers");
            pages++;
            JsonNode nodes = connection.path("nodes");
            if (connection.isMissingNode() || !nodes.isArray()) {
                throw new DsApiException(
                        DsApiException.Reason.INVALID_RESPONSE,
                        "réponse de démarches-simplifiées sans liste de dossiers (page " + pages + ").");
            }
            for (JsonNode dossier : nodes) {
                if (dossier != null && !dossier.isNull() && numbers.add(DsApiValues.text(dossier.get("number")))) {
                    rows.add(dossier);
                }
            }
            progress.update(pages, pages + 1, "démarches-simplifiées\u00a0: " + numbers.size() + " dossiers lus");
            JsonNode pageInfo = connection.path("pageInfo");
            if (!pageInfo.path("hasNextPage").asBoolean(false)) {
                return new Read(rows.sheets(), List.copyOf(numbers), pages);
            }
            after = DsApiValues.text(pageInfo.get("endCursor"));
            if (after.isEmpty() || !cursors.add(after)) {
                throw new DsApiException(
                        DsApiException.Reason.INVALID_RESPONSE,
                        "pagination incohérente de démarches-simplifiées (curseur absent ou répété, page " + pages
                                + ")\u00a0: rien n'a été importé, réessayez.");
            }
        }
    }
}
