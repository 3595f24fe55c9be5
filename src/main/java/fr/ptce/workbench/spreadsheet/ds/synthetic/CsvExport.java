package fr.ptce.workbench.spreadsheet.ds.synthetic;

import static fr.ptce.workbench.domain.CallTime.PARIS;

import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.DsEra;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes the {@code Dossiers} table in DS's csv dialect, Ruby {@code CSV.generate} with default options
 * (formats.md §1.6): comma, LF, quotes only when needed, nil empty and "" quoted.
 */
final class CsvExport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx");

    private CsvExport() {}

    /** Writes the header line then one line per dossier; nothing at all when there is no dossier. */
    static void write(Iterable<Dossier> dossiers, DsEra era, Writer out) throws IOException {
        boolean first = true;
        for (Dossier dossier : dossiers) {
            if (first) {
                writeRecord(out, List.copyOf(DossierColumns.headers(era, true)));
                first = false;
            }
            writeRecord(out, DossierColumns.row(dossier, era, true));
        }
    }

    static void writeRecord(Writer out, List<?> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(values.get(i)));
        }
        out.write('\n');
    }

    /** One field as Ruby's CSV writes {@code String(value)}. */
    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text;
        if (value instanceof OffsetDateTime time) {
            text = time.atZoneSameInstant(PARIS).format(TIME);
        } else if (value instanceof LocalDate day) {
            text = day.toString();
        } else {
            text = value.toString();
        }
        if (text.isEmpty()) {
            return "\"\"";
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
