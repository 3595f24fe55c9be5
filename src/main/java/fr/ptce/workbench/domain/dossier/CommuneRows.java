package fr.ptce.workbench.domain.dossier;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the communes repetition block ({@code Dossier ID, Ligne, Commune, Commune (Code insee)}); the INSEE
 * column appeared in August 2021 and is spelled {@code (Code INSEE)} since 2024.
 */
public final class CommuneRows extends LinkedRow {

    private static final Pattern POSTAL_CODE = Pattern.compile("^(.*?)\\s*\\(\\d[0-9AB]\\d{3}\\)$");

    private final int nameColumn;
    private final int inseeColumn;

    public CommuneRows(List<String> headers) {
        super(headers);
        this.nameColumn = indexOf("Commune");
        this.inseeColumn = indexOf("Commune (Code insee)");
    }

    /** Whether this repetition sheet is the communes block (it has a {@code Commune} column). */
    public boolean isCommuneBlock() {
        return linked() && nameColumn >= 0;
    }

    /** The dossier number and commune of one row; empty for a row without a commune. */
    public Optional<Linked> read(List<String> values) {
        String exported = value(values, nameColumn);
        String insee = emptyToNull(value(values, inseeColumn).strip());
        if (exported.isBlank() && insee == null) {
            return Optional.empty();
        }
        Matcher matcher = POSTAL_CODE.matcher(exported.strip());
        String name = matcher.matches() ? matcher.group(1) : exported.strip();
        return Optional.of(new Linked(dossierNumber(values), new Commune(insee, name, exported)));
    }

    /** A commune and the dossier it belongs to. */
    public record Linked(String dossierNumber, Commune commune) {}
}
