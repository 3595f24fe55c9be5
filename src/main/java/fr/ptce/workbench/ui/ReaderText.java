package fr.ptce.workbench.ui;

import fr.ptce.workbench.domain.dossier.Commune;
import fr.ptce.workbench.domain.dossier.Territory;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/** How the reader pane writes values: dates in Paris time, yes/no/unknown, character counts, commune lists. */
public final class ReaderText {

    /** The call's deadlines and DS's dates are Paris wall-clock time, wherever the reviewer is. */
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Messages messages;

    public ReaderText(Messages messages) {
        this.messages = messages;
    }

    /** The text, or a dash when empty. */
    public String orDash(String text) {
        return text == null || text.isBlank() ? messages.get("value.empty") : text;
    }

    /** {@code dd/MM/yyyy HH:mm} in Paris time, or a dash. */
    public String dateTime(OffsetDateTime time) {
        return time == null ? messages.get("value.empty") : DATE_TIME.format(time.atZoneSameInstant(PARIS));
    }

    /** {@code dd/MM/yyyy} in Paris time, or a dash. */
    public String date(OffsetDateTime time) {
        return time == null ? messages.get("value.empty") : DATE.format(time.atZoneSameInstant(PARIS));
    }

    /** Oui, Non, or "inconnu" for a null answer. */
    public String yesNo(Boolean value) {
        return messages.get(value == null ? "value.unknown" : value ? "value.yes" : "value.no");
    }

    /** E.g. {@code 1 234 / 3 000 caractères}. */
    public String length(int length, int limit) {
        return messages.format("section.length", length, limit);
    }

    /** The communes of the perimeter as a comma list, or why they are not known. */
    public String communes(Territory territory) {
        if (!territory.communesKnown()) {
            return messages.get("identity.communesUnknown");
        }
        if (territory.communes().isEmpty()) {
            return messages.get("value.empty");
        }
        return territory.communes().stream().map(ReaderText::commune).collect(Collectors.joining(", "));
    }

    private static String commune(Commune commune) {
        String name = commune.name() == null || commune.name().isBlank() ? commune.exportedValue() : commune.name();
        return commune.insee() == null ? name : name + " (" + commune.insee() + ")";
    }

    /** "Déclaré : Oui — détecté : Non". */
    public String declaredDetected(Boolean declared, Boolean detected) {
        return messages.format("identity.declaredDetected", yesNo(declared), yesNo(detected));
    }
}
