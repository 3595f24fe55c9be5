package fr.ptce.workbench.persistence.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ptce.workbench.domain.grid.Block;
import fr.ptce.workbench.domain.grid.Criterion;
import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.domain.grid.Scale;
import fr.ptce.workbench.persistence.common.StoreException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stores a grid's definition as one JSON value (blocks, criteria, scale, thresholds; numbers as decimal strings so
 * that no value is rounded through a double).
 */
final class GridCodec {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DECODED_KEPT = 8;
    /** The last grids decoded, by their row (see decode). */
    private static final Map<Row, Grid> DECODED = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Row, Grid> eldest) {
            return size() > DECODED_KEPT;
        }
    };

    private GridCodec() {}

    static String encode(Grid grid) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode blocks = root.putArray("blocks");
        grid.blocks().forEach(b -> blocks.addObject().put("code", b.code()).put("label", b.label()));
        ArrayNode criteria = root.putArray("criteria");
        for (Criterion c : grid.criteria()) {
            criteria.addObject()
                    .put("code", c.code())
                    .put("label", c.label())
                    .put("help", c.help())
                    .put("block", c.blockCode())
                    .put("weight", text(c.weight()))
                    .put("threshold", text(c.threshold()));
        }
        ObjectNode scale = root.putObject("scale");
        scale.put("min", text(grid.scale().min()))
                .put("max", text(grid.scale().max()))
                .put("step", text(grid.scale().step()));
        ObjectNode meanings = scale.putObject("meanings");
        grid.scale().meanings().forEach((value, meaning) -> meanings.put(text(value), meaning));
        root.put("overallThreshold", text(grid.overallThreshold()));
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A grid always serialises", e);
        }
    }

    /**
     * The grid of a stored row, decoded once: every score change reads its grid, and a grid's row seldom changes
     * (decoding it was a sixth of a score change's allocations). A few rows are kept; a grid is immutable.
     */
    static Grid decode(String id, int version, String name, String definition) {
        Row row = new Row(id, version, name, definition);
        synchronized (DECODED) {
            Grid known = DECODED.get(row);
            if (known != null) {
                return known;
            }
        }
        Grid grid = parse(id, version, name, definition);
        synchronized (DECODED) {
            DECODED.put(row, grid);
        }
        return grid;
    }

    /** A stored grid row, the key of a decoded grid. */
    private record Row(String id, int version, String name, String definition) {}

    private static Grid parse(String id, int version, String name, String definition) {
        try {
            JsonNode root = JSON.readTree(definition);
            List<Block> blocks = new ArrayList<>();
            root.get("blocks")
                    .forEach(b -> blocks.add(
                            new Block(b.get("code").asText(), b.get("label").asText())));
            List<Criterion> criteria = new ArrayList<>();
            root.get("criteria")
                    .forEach(c -> criteria.add(new Criterion(
                            c.get("code").asText(),
                            c.get("label").asText(),
                            c.get("help").asText(),
                            c.get("block").asText(),
                            number(c.get("weight")),
                            number(c.get("threshold")))));
            JsonNode scale = root.get("scale");
            Map<BigDecimal, String> meanings = new LinkedHashMap<>();
            scale.get("meanings")
                    .fields()
                    .forEachRemaining(e -> meanings.put(
                            new BigDecimal(e.getKey()), e.getValue().asText()));
            return new Grid(
                    id,
                    version,
                    name,
                    blocks,
                    criteria,
                    new Scale(number(scale.get("min")), number(scale.get("max")), number(scale.get("step")), meanings),
                    number(root.get("overallThreshold")));
        } catch (JsonProcessingException | RuntimeException e) {
            throw new StoreException(
                    "Définition illisible de la grille «\u00a0" + id + "\u00a0» version " + version, e);
        }
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static BigDecimal number(JsonNode node) {
        return node == null || node.isNull() ? null : new BigDecimal(node.asText());
    }
}
