package fr.ptce.workbench.persistence.dossier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ptce.workbench.domain.dossier.RawCell;
import fr.ptce.workbench.persistence.common.StoreException;
import java.util.ArrayList;
import java.util.List;

/**
 * Stores a dossier's raw DS row as one JSON value, {@code [[header, value, known], …]}: read and written whole
 * with its dossier, it costs one column instead of sixty rows per dossier.
 */
final class RawRowCodec {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<List<Object>>> TRIPLES = new TypeReference<>() {
    };

    private RawRowCodec() {
    }

    static String encode(List<RawCell> cells) {
        List<List<Object>> triples = new ArrayList<>(cells.size());
        for (RawCell cell : cells) {
            triples.add(List.of(cell.header(), cell.value(), cell.known()));
        }
        try {
            return JSON.writeValueAsString(triples);
        } catch (JsonProcessingException e) {
            throw new StoreException("Raw row of a dossier cannot be encoded", e);
        }
    }

    static List<RawCell> decode(String json) {
        try {
            List<RawCell> cells = new ArrayList<>();
            for (List<Object> triple : JSON.readValue(json, TRIPLES)) {
                cells.add(new RawCell((String) triple.get(0), (String) triple.get(1), (Boolean) triple.get(2)));
            }
            return cells;
        } catch (JsonProcessingException e) {
            throw new StoreException("Raw row of a dossier is damaged in the workspace", e);
        }
    }
}
