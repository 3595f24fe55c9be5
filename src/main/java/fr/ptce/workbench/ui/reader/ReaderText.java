package fr.ptce.workbench.ui.reader;

import static fr.ptce.workbench.domain.CallTime.PARIS;

import fr.ptce.workbench.domain.dossier.Commune;
import fr.ptce.workbench.domain.dossier.Territory;
import fr.ptce.workbench.ui.fx.Messages;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/**
 * How the reader pane writes values: times in the machine's zone (as the status bar and the history), the call's
 * deadlines in Paris time saying so, yes/no/unknown, character counts, commune lists.
 */
public final class ReaderText {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Messages messages;
    private final ZoneId zone;

    /** Times in the machine's zone. */
    public ReaderText(Messages messages) {
        this(messages, ZoneId.systemDefault());
    }

    /** Times in the given zone (the machine's in the window; tests choose). */
    ReaderText(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    /** The text, or a dash when empty. */
    public String orDash(String text) {
        return text == null || text.isBlank() ? messages.get("value.empty") : text;
    }

    /** {@code dd/MM/yyyy HH:mm} in the machine's zone, or a dash. */
    public String dateTime(OffsetDateTime time) {
        return time == null ? messages.get("value.empty") : DATE_TIME.format(time.atZoneSameInstant(zone));
    }

    /** {@code dd/MM/yyyy} in the machine's zone, or a dash. */
    public String date(OffsetDateTime time) {
        return time == null ? messages.get("value.empty") : DATE.format(time.atZoneSameInstant(zone));
    }

    /**
     * A deposit time, judged against the call's Paris deadlines: in the machine's zone, followed by the Paris time
     * when the two clocks differ at that instant (« 23/06/2021 19:30 (24/06/2021 01:30 heure de Paris) »).
     */
    public String depositTime(OffsetDateTime time) {
        if (time == null) {
            return messages.get("value.empty");
        }
        String here = dateTime(time);
        String paris = parisDateTime(time);
        return here.equals(DATE_TIME.format(time.atZoneSameInstant(PARIS)))
                ? here
                : messages.format("time.withParis", here, paris);
    }

    /** {@code dd/MM/yyyy HH:mm heure de Paris}: how the window writes the call's deadlines. */
    public String parisDateTime(OffsetDateTime time) {
        return time == null
                ? messages.get("value.empty")
                : messages.format("time.paris", DATE_TIME.format(time.atZoneSameInstant(PARIS)));
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
