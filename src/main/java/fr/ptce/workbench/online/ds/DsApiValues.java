package fr.ptce.workbench.online.ds;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The values of DS's API written as the export's reader gives them (formats.md §1.5 and « DS online »): dates in
 * Paris time, booleans and states as the export spells them, a champ's value from its type.
 */
final class DsApiValues {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter CHAMP_DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Map<String, String> STATES = Map.of(
            "en_construction", "En construction",
            "en_instruction", "En instruction",
            "accepte", "Accepté",
            "refuse", "Refusé",
            "sans_suite", "Classé sans suite");

    private DsApiValues() {}

    /** A JSON string or number as text, "" for null or missing. */
    static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? "" : node.asText();
    }

    /** {@code 2021-06-23T23:58:02+02:00}: an ISO 8601 date-time at the Paris offset, to the second, "" if none. */
    static String dateTime(JsonNode node) {
        String value = text(node);
        if (value.isEmpty()) {
            return "";
        }
        try {
            return OffsetDateTime.parse(value)
                    .atZoneSameInstant(PARIS)
                    .toOffsetDateTime()
                    .truncatedTo(ChronoUnit.SECONDS)
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            return value;
        }
    }

    /** The export's wording of a GraphQL {@code DossierState}. */
    static String state(JsonNode node) {
        String value = text(node);
        return STATES.getOrDefault(value, value);
    }

    /** Whether DS writes no column for this champ type in an export (sections and explanations). */
    static boolean hasNoColumn(String typename) {
        return typename.equals("HeaderSectionChamp") || typename.equals("ExplicationChamp");
    }

    /** A champ's value as the export writes it (formats.md §1.5), from its {@code __typename}. */
    static String champ(JsonNode champ) {
        String typename = text(champ.get("__typename"));
        String string = text(champ.get("stringValue"));
        return switch (typename) {
            case "CheckboxChamp" -> string.equals("true") ? "on" : "off";
            case "YesNoChamp" ->
                switch (string) {
                    case "true" -> "Oui";
                    case "false" -> "Non";
                    default -> string;
                };
            case "DateChamp" -> champ.hasNonNull("date") ? text(champ.get("date")) : string;
            case "DatetimeChamp" -> champ.hasNonNull("datetime") ? champDateTime(champ.get("datetime")) : string;
            case "CommuneChamp" -> commune(champ, string);
            case "PieceJustificativeChamp" -> fileNames(champ.get("files"));
            default -> string;
        };
    }

    /** The INSEE code of a commune champ, for its second column {@code <libellé> (Code insee)}. */
    static String communeCode(JsonNode champ) {
        return text(champ.path("commune").get("code"));
    }

    private static String commune(JsonNode champ, String string) {
        JsonNode commune = champ.get("commune");
        if (commune == null || commune.isNull()) {
            return string;
        }
        String postalCode = text(commune.get("postalCode"));
        return text(commune.get("name")) + (postalCode.isEmpty() ? "" : " (" + postalCode + ")");
    }

    private static String fileNames(JsonNode files) {
        List<String> names = new ArrayList<>();
        if (files != null) {
            files.forEach(file -> names.add(text(file.get("filename"))));
        }
        return String.join(", ", names);
    }

    private static String champDateTime(JsonNode node) {
        try {
            return OffsetDateTime.parse(text(node)).atZoneSameInstant(PARIS).format(CHAMP_DATETIME);
        } catch (DateTimeParseException e) {
            return text(node);
        }
    }
}
