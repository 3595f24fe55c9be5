package fr.ptce.workbench.domain.phase2;

import fr.ptce.workbench.domain.RowProblem;
import fr.ptce.workbench.domain.dossier.DossierState;
import fr.ptce.workbench.domain.dossier.DsValues;
import fr.ptce.workbench.domain.dossier.FixedColumn;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the phase-2 champs in the header of a phase-2 {@code Dossiers} sheet by name (never by position; the user's
 * mapping first, for renamed headers) and turns each row into a {@link Phase2Dossier}; what cannot be decoded is a
 * {@link RowProblem}, left empty, never guessed.
 */
public final class Phase2Mapper {

    private final String sheet;
    private final List<String> headers;
    private final Map<FixedColumn, Integer> fixed = new EnumMap<>(FixedColumn.class);
    private final Map<Phase2Champ, Integer> champs = new EnumMap<>(Phase2Champ.class);
    private final boolean htmlEscapedTextareas;
    private final boolean htmlEscapedText;

    /**
     * @param manual the user's mapping: export header → champ, for headers a template renamed
     * @param htmlEscapedTextareas whether DS HTML-escaped textareas in this file (before 2025-07-08)
     * @param htmlEscapedText whether DS also escaped single-line text (2025-05-05 to 2025-07-08)
     */
    public Phase2Mapper(
            String sheet,
            List<String> headers,
            Map<String, Phase2Champ> manual,
            boolean htmlEscapedTextareas,
            boolean htmlEscapedText) {
        this.sheet = sheet;
        this.headers = List.copyOf(headers);
        this.htmlEscapedTextareas = htmlEscapedTextareas;
        this.htmlEscapedText = htmlEscapedText;
        Map<String, Phase2Champ> byFolded = new java.util.HashMap<>();
        manual.forEach((header, champ) -> byFolded.put(fold(header), champ));
        for (int i = 0; i < this.headers.size(); i++) {
            String header = this.headers.get(i);
            Phase2Champ chosen = byFolded.get(fold(header));
            if (chosen != null && !champs.containsKey(chosen)) {
                champs.put(chosen, i);
                continue;
            }
            Optional<FixedColumn> column = FixedColumn.of(header).filter(c -> !fixed.containsKey(c));
            if (column.isPresent()) {
                fixed.put(column.get(), i);
                continue;
            }
            int index = i;
            Phase2Champ.of(header)
                    .filter(c -> c.inDossiersSheet() && !champs.containsKey(c) && !byFolded.containsValue(c))
                    .ifPresent(c -> champs.put(c, index));
        }
    }

    private static String fold(String header) {
        return fr.ptce.workbench.domain.dossier.LabelFolding.fold(header);
    }

    /** The champs of the Dossiers sheet that no column holds, in form order (the budget is on its own sheet). */
    public List<Phase2Champ> unmatchedChamps() {
        List<Phase2Champ> missing = new ArrayList<>();
        for (Phase2Champ champ : Phase2Champ.values()) {
            if (champ.inDossiersSheet() && !champs.containsKey(champ)) {
                missing.add(champ);
            }
        }
        return missing;
    }

    /** Whether this champ was found in the header. */
    public boolean holds(Phase2Champ champ) {
        return champs.containsKey(champ);
    }

    /** A mapped row and the problems met on it. */
    public record Mapped(Optional<Phase2Dossier> dossier, List<RowProblem> problems) {}

    /** Maps one data row; a row without a dossier number gives no dossier and one problem. */
    public Mapped map(long rowNumber, List<String> values) {
        List<RowProblem> problems = new ArrayList<>();
        String number = fixed(values, FixedColumn.ID).strip();
        if (number.isEmpty()) {
            problems.add(
                    new RowProblem(sheet, rowNumber, FixedColumn.ID.header(), "ligne sans numéro de dossier, ignorée"));
            return new Mapped(Optional.empty(), problems);
        }
        String phase1 = champ(values, Phase2Champ.PHASE1_NUMBER);
        if (phase1 != null) {
            phase1 = phase1.strip().replaceFirst("\\.0+$", "");
            if (!phase1.matches("[0-9]+")) {
                problems.add(new RowProblem(
                        sheet,
                        rowNumber,
                        column(Phase2Champ.PHASE1_NUMBER),
                        "numéro de dossier de phase 1 illisible\u00a0: «\u00a0" + phase1 + "\u00a0»"));
                phase1 = null;
            }
        }
        Map<Phase2Champ, String> texts = new EnumMap<>(Phase2Champ.class);
        for (Phase2Champ champ : Phase2Champ.values()) {
            if (champ.type() == Phase2Champ.Type.TEXTAREA) {
                String text = champ(values, champ);
                texts.put(champ, text == null ? "" : text);
            }
        }
        String stateText = fixed(values, FixedColumn.STATE);
        DossierState state = DossierState.fromLabel(stateText).orElse(null);
        if (state == null && !stateText.isBlank()) {
            problems.add(new RowProblem(
                    sheet,
                    rowNumber,
                    FixedColumn.STATE.header(),
                    "état de dossier inconnu\u00a0: «\u00a0" + stateText + "\u00a0»"));
        }
        String siret = champ(values, Phase2Champ.SIRET);
        Phase2Dossier dossier = new Phase2Dossier(
                number,
                phase1,
                champ(values, Phase2Champ.PROJECT_NAME),
                siret == null ? null : siret.replaceAll("[\\s\\u00a0]", ""),
                texts,
                bool(values, rowNumber, Phase2Champ.THIRD_YEAR, problems),
                champ(values, Phase2Champ.PARTNER_LETTERS),
                bool(values, rowNumber, Phase2Champ.ATTESTATION, problems),
                state,
                emptyToNull(fixed(values, FixedColumn.EMAIL)),
                depositedAt(values, rowNumber, problems),
                List.of(),
                false);
        return new Mapped(Optional.of(dossier), problems);
    }

    private OffsetDateTime depositedAt(List<String> values, long rowNumber, List<RowProblem> problems) {
        try {
            return DsValues.dateTime(fixed(values, FixedColumn.DEPOSITED_AT)).orElse(null);
        } catch (IllegalArgumentException e) {
            problems.add(new RowProblem(sheet, rowNumber, FixedColumn.DEPOSITED_AT.header(), e.getMessage()));
            return null;
        }
    }

    private Boolean bool(List<String> values, long rowNumber, Phase2Champ champ, List<RowProblem> problems) {
        Integer index = champs.get(champ);
        if (index == null) {
            return null;
        }
        try {
            return DsValues.bool(value(values, index)).orElse(null);
        } catch (IllegalArgumentException e) {
            problems.add(new RowProblem(sheet, rowNumber, headers.get(index), e.getMessage()));
            return null;
        }
    }

    private String column(Phase2Champ champ) {
        Integer index = champs.get(champ);
        return index == null ? champ.label() : headers.get(index);
    }

    private String fixed(List<String> values, FixedColumn column) {
        Integer index = fixed.get(column);
        return index == null ? "" : value(values, index);
    }

    /** The decoded text of a champ, null when empty. */
    private String champ(List<String> values, Phase2Champ champ) {
        Integer index = champs.get(champ);
        String text = index == null ? "" : value(values, index);
        if (text.isEmpty()) {
            return null;
        }
        if (htmlEscapedText || champ.type() == Phase2Champ.Type.TEXTAREA && htmlEscapedTextareas) {
            text = DsValues.htmlUnescape(text);
        }
        return DsValues.normaliseLineBreaks(text);
    }

    private static String value(List<String> values, int index) {
        String value = index < values.size() ? values.get(index) : null;
        return value == null ? "" : value;
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
