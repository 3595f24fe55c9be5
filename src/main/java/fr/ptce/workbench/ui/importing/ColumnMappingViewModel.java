package fr.ptce.workbench.ui.importing;

import fr.ptce.workbench.domain.dossier.Champ;
import fr.ptce.workbench.domain.dossier.ColumnMapping;
import fr.ptce.workbench.ui.fx.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The column-mapping dialog's state: for each required champ the export did not match, the column the user
 * chooses, a preview of its first values, and whether the choices make a mapping to import with.
 */
public final class ColumnMappingViewModel {

    private static final int PREVIEW_LENGTH = 40;

    private final Path file;
    private final List<String> headers;
    private final List<List<String>> previewRows;
    private final Messages messages;
    private final List<Row> rows = new ArrayList<>();
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    /**
     * @param file the export to import once the mapping is made
     * @param headers the file's header row
     * @param previewRows the file's first data rows, values aligned with the headers
     * @param unmatched the required champs no header matched
     */
    public ColumnMappingViewModel(
            Path file, List<String> headers, List<List<String>> previewRows, List<Champ> unmatched, Messages messages) {
        this.file = file;
        this.headers = List.copyOf(headers);
        // a blank cell may come as null: copies that keep nulls
        this.previewRows = previewRows.stream()
                .map(r -> Collections.unmodifiableList(new ArrayList<>(r)))
                .toList();
        this.messages = messages;
        for (Champ champ : unmatched) {
            Row row = new Row(champ);
            row.choice.addListener((o, old, now) -> update());
            rows.add(row);
        }
        update();
    }

    public Path file() {
        return file;
    }

    public String fileName() {
        return file.getFileName().toString();
    }

    /** The headers to choose from, each once, in file order. */
    public List<String> choices() {
        return headers.stream()
                .filter(h -> h != null && !h.isBlank())
                .distinct()
                .toList();
    }

    /** One row per unmatched champ, in form order. */
    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** The row of this champ. */
    public Row row(Champ champ) {
        return rows.stream()
                .filter(r -> r.champ == champ)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(champ.name()));
    }

    /** Whether every champ has a column of its own, so that the import can run. */
    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }

    /** Why the choices cannot be used yet (a column chosen twice), or an empty text. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The mapping the user made: chosen header → champ. */
    public ColumnMapping mapping() {
        if (!complete.get()) {
            throw new IllegalStateException("the mapping is not complete");
        }
        Map<String, Champ> byHeader = new LinkedHashMap<>();
        rows.forEach(row -> byHeader.put(row.choice.get(), row.champ));
        return ColumnMapping.of(byHeader);
    }

    private void update() {
        Map<String, Long> uses = rows.stream()
                .map(r -> r.choice.get())
                .filter(Objects::nonNull)
                .collect(Collectors.groupingBy(h -> h, Collectors.counting()));
        String duplicate = null;
        for (Row row : rows) {
            String chosen = row.choice.get();
            boolean twice = chosen != null && uses.get(chosen) > 1;
            row.duplicate.set(twice);
            row.preview.set(preview(chosen));
            if (twice && duplicate == null) {
                duplicate = chosen;
            }
        }
        problem.set(duplicate == null ? "" : messages.format("mapping.duplicate", duplicate));
        complete.set(duplicate == null && rows.stream().allMatch(r -> r.choice.get() != null));
    }

    private String preview(String header) {
        int column = header == null ? -1 : headers.indexOf(header);
        if (column < 0) {
            return "";
        }
        List<String> values = previewRows.stream()
                .map(r -> column < r.size() ? r.get(column) : null)
                .filter(v -> v != null && !v.isBlank())
                .map(ColumnMappingViewModel::shorten)
                .toList();
        return values.isEmpty() ? messages.get("mapping.preview.empty") : String.join(" · ", values);
    }

    private static String shorten(String value) {
        String line = value.strip().replaceAll("\\s+", " ");
        return line.length() <= PREVIEW_LENGTH ? line : line.substring(0, PREVIEW_LENGTH - 1) + "…";
    }

    /** One unmatched champ: the column chosen for it, the preview of that column, and whether it is taken twice. */
    public static final class Row {

        private final Champ champ;
        private final ObjectProperty<String> choice = new SimpleObjectProperty<>();
        private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
        private final ReadOnlyBooleanWrapper duplicate = new ReadOnlyBooleanWrapper(false);

        private Row(Champ champ) {
            this.champ = champ;
        }

        public Champ champ() {
            return champ;
        }

        /** The header chosen for the champ, null until chosen. */
        public ObjectProperty<String> choiceProperty() {
            return choice;
        }

        /** The first values of the chosen column, on one line. */
        public ReadOnlyStringProperty previewProperty() {
            return preview.getReadOnlyProperty();
        }

        /** Whether another champ took the same column. */
        public ReadOnlyBooleanProperty duplicateProperty() {
            return duplicate.getReadOnlyProperty();
        }
    }
}
