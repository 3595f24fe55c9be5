package fr.ptce.workbench.spreadsheet.ds;

import fr.ptce.workbench.spreadsheet.xlsx.ReadLimits;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A small streaming RFC 4180 parser for the csv DS writes (Ruby's CSV with default options): comma
 * separator, fields quoted with {@code "} when they hold a comma, a quote, CR or LF, quotes doubled, LF or
 * CRLF row ends. Values are kept verbatim, line breaks inside quoted fields included.
 */
final class CsvRecordParser {

    /** A syntax error, with the physical line it refers to and the 0-based field index. */
    static final class CsvSyntaxException extends Exception {
        private final long line;
        private final int field;

        CsvSyntaxException(String message, long line, int field) {
            super(message);
            this.line = line;
            this.field = field;
        }

        long line() {
            return line;
        }

        int field() {
            return field;
        }
    }

    private static final int END = -1;

    private final Reader reader;
    private final char[] buffer = new char[8192];
    private int position;
    private int length;
    private long line = 1;
    private long records;

    CsvRecordParser(Reader reader) {
        this.reader = reader;
    }

    /** The physical line (1-based) the parser is on, for messages about decoding errors. */
    long line() {
        return line;
    }

    /** The next record, or null at the end of the input. */
    List<String> next() throws IOException, CsvSyntaxException {
        int c = read();
        if (c == END) {
            return null;
        }
        if (++records > ReadLimits.MAX_ROWS) {
            throw new CsvSyntaxException("le fichier dépasse " + ReadLimits.MAX_ROWS + " lignes", line, 0);
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            if (fields.size() >= ReadLimits.MAX_COLUMNS) {
                throw new CsvSyntaxException("plus de " + ReadLimits.MAX_COLUMNS + " colonnes", line, fields.size());
            }
            field.setLength(0);
            c = c == '"' ? quoted(field, fields.size()) : unquoted(c, field, fields.size());
            fields.add(field.toString());
            if (c == ',') {
                c = read();
                continue;
            }
            if (c == '\r') {
                // CRLF, or a lone CR taken as a row end too
                c = read();
                if (c != '\n' && c != END) {
                    unread();
                }
                line++;
            } else if (c == '\n') {
                line++;
            }
            return fields;
        }
    }

    /** Reads an unquoted field starting with {@code c}; returns the char that ended it. */
    private int unquoted(int first, StringBuilder field, int index) throws IOException, CsvSyntaxException {
        int c = first;
        while (c != ',' && c != '\n' && c != '\r' && c != END) {
            if (c == '"') {
                throw new CsvSyntaxException(
                        "guillemet au milieu d'un champ qui ne commence pas par un guillemet", line, index);
            }
            append(field, c, index);
            c = read();
        }
        return c;
    }

    /** Reads a quoted field after its opening quote; returns the char that follows the closing quote. */
    private int quoted(StringBuilder field, int index) throws IOException, CsvSyntaxException {
        long openedAt = line;
        while (true) {
            int c = read();
            if (c == END) {
                throw new CsvSyntaxException(
                        "le champ ouvert par un guillemet à la ligne " + openedAt
                                + " n'est jamais refermé (guillemet manquant ou fichier tronqué)",
                        openedAt,
                        index);
            }
            if (c == '"') {
                int after = read();
                if (after != '"') {
                    if (after != ',' && after != '\n' && after != '\r' && after != END) {
                        throw new CsvSyntaxException(
                                "caractère «\u00a0" + (char) after + "\u00a0» inattendu après le "
                                        + "guillemet fermant d'un champ",
                                line,
                                index);
                    }
                    return after;
                }
            } else if (c == '\n') {
                line++;
            }
            append(field, c, index);
        }
    }

    private void append(StringBuilder field, int c, int index) throws CsvSyntaxException {
        if (field.length() >= ReadLimits.MAX_CELL_CHARS) {
            throw new CsvSyntaxException("un champ dépasse " + ReadLimits.MAX_CELL_CHARS + " caractères", line, index);
        }
        field.append((char) c);
    }

    private int read() throws IOException {
        if (position == length) {
            length = reader.read(buffer, 0, buffer.length);
            position = 0;
            if (length <= 0) {
                length = 0;
                return END;
            }
        }
        return buffer[position++];
    }

    private void unread() {
        position--;
    }
}
