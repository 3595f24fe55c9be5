package fr.ptce.workbench.domain.dossier;

import fr.ptce.workbench.domain.RowProblem;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns one row of a DS {@code Dossiers} sheet into a {@link Dossier}, decoding values by the rules of its
 * export era; what cannot be decoded is reported as a {@link RowProblem} and left empty, never guessed.
 */
public final class DossierMapper {

    private final String sheet;
    private final HeaderMapping mapping;
    private final SourceEncoding encoding;

    public DossierMapper(String sheet, HeaderMapping mapping, SourceEncoding encoding) {
        this.sheet = sheet;
        this.mapping = mapping;
        this.encoding = encoding;
    }

    /** A mapped row and the problems met on it. */
    public record Mapped(Optional<Dossier> dossier, List<RowProblem> problems) {}

    /** Maps one data row; a row without a dossier number gives no dossier and one problem. */
    public Mapped map(long rowNumber, List<String> values) {
        Row row = new Row(rowNumber, values);
        String number = row.fixed(FixedColumn.ID).strip();
        if (number.isEmpty()) {
            row.problem(FixedColumn.ID.header(), "ligne sans numéro de dossier, ignorée");
            return new Mapped(Optional.empty(), row.problems);
        }
        Dossier dossier = new Dossier(
                number,
                tracking(row),
                row.champ(Champ.PROJECT_NAME),
                row.champ(Champ.REGION),
                new CarrierStructure(
                        row.champ(Champ.STRUCTURE_NAME),
                        row.champ(Champ.STRUCTURE_ADDRESS),
                        row.champ(Champ.LEGAL_FORM),
                        emptyToNull(row.fixed(FixedColumn.ESTABLISHMENT_SIRET).strip()),
                        emptyToNull(row.fixed(FixedColumn.RAISON_SOCIALE)),
                        InseeLegalCategory.of(
                                row.fixed(FixedColumn.ENTERPRISE_LEGAL_FORM_CODE),
                                row.fixed(FixedColumn.ENTERPRISE_LEGAL_FORM))),
                new Referent(
                        row.champ(Champ.REFERENT_NAME),
                        row.champ(Champ.REFERENT_FUNCTION),
                        row.champ(Champ.REFERENT_EMAIL),
                        row.champ(Champ.REFERENT_PHONE)),
                sections(row),
                new Territory(
                        row.bool(Champ.DECLARED_QPV),
                        row.bool(Champ.DECLARED_ZRR),
                        List.of(),
                        encoding.holdsCommunes()),
                new Attachments(row.champ(Champ.STATUTES), row.champ(Champ.BUDGET)),
                row.bool(Champ.ATTESTATION),
                new Annotations(row.champ(Champ.PESSII_ADMISSIBILITY), row.champ(Champ.PESSII_COMMENT)),
                raw(values));
        return new Mapped(Optional.of(dossier), row.problems);
    }

    private DsTracking tracking(Row row) {
        String stateText = row.fixed(FixedColumn.STATE);
        DossierState state = DossierState.fromLabel(stateText).orElse(null);
        if (state == null && !stateText.isBlank()) {
            row.problem(FixedColumn.STATE.header(), "état de dossier inconnu\u00a0: «\u00a0" + stateText + "\u00a0»");
        }
        Boolean archived = row.bool(FixedColumn.ARCHIVED);
        return new DsTracking(
                state,
                Boolean.TRUE.equals(archived),
                emptyToNull(row.fixed(FixedColumn.EMAIL)),
                row.date(FixedColumn.DEPOSITED_AT),
                row.date(FixedColumn.UPDATED_AT),
                row.date(FixedColumn.CHAMPS_UPDATED_AT),
                row.date(FixedColumn.INSTRUCTION_AT),
                row.date(FixedColumn.PROCESSED_AT),
                emptyToNull(row.fixed(FixedColumn.MOTIVATION)),
                emptyToNull(row.fixed(FixedColumn.INSTRUCTORS)),
                emptyToNull(row.fixed(FixedColumn.INSTRUCTOR_GROUP)));
    }

    private Sections sections(Row row) {
        Map<Section, String> texts = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            String text = row.champ(section.champ());
            texts.put(section, text == null ? "" : text);
        }
        return new Sections(texts);
    }

    private List<RawCell> raw(List<String> values) {
        List<String> headers = mapping.headers();
        List<RawCell> cells = new ArrayList<>(headers.size());
        for (int i = 0; i < headers.size(); i++) {
            String value = i < values.size() && values.get(i) != null ? values.get(i) : "";
            cells.add(new RawCell(headers.get(i), value, mapping.known(i)));
        }
        return cells;
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    /** One row being mapped, collecting its problems. */
    private final class Row {
        private final long number;
        private final List<String> values;
        private final List<RowProblem> problems = new ArrayList<>();

        Row(long number, List<String> values) {
            this.number = number;
            this.values = values;
        }

        String fixed(FixedColumn column) {
            return mapping.column(column).map(this::value).orElse("");
        }

        /** The decoded text of a champ, null when empty. */
        String champ(Champ champ) {
            String text = mapping.column(champ).map(this::value).orElse("");
            if (text.isEmpty()) {
                return null;
            }
            if (encoding.htmlEscapedText() || champ.textarea() && encoding.htmlEscapedTextareas()) {
                text = DsValues.htmlUnescape(text);
            }
            return DsValues.normaliseLineBreaks(text);
        }

        Boolean bool(Champ champ) {
            return mapping.column(champ).map(i -> bool(i, champ.label())).orElse(null);
        }

        Boolean bool(FixedColumn column) {
            return mapping.column(column).map(i -> bool(i, column.header())).orElse(null);
        }

        OffsetDateTime date(FixedColumn column) {
            return mapping.column(column)
                    .map(i -> {
                        try {
                            return DsValues.dateTime(value(i)).orElse(null);
                        } catch (IllegalArgumentException e) {
                            problem(mapping.headers().get(i), e.getMessage());
                            return null;
                        }
                    })
                    .orElse(null);
        }

        private Boolean bool(int index, String label) {
            try {
                return DsValues.bool(value(index)).orElse(null);
            } catch (IllegalArgumentException e) {
                problem(label, e.getMessage());
                return null;
            }
        }

        private String value(int index) {
            String value = index < values.size() ? values.get(index) : null;
            return value == null ? "" : value;
        }

        void problem(String column, String message) {
            problems.add(new RowProblem(sheet, number, column, message));
        }
    }
}
