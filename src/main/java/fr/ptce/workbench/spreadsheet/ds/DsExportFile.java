package fr.ptce.workbench.spreadsheet.ds;

import fr.ptce.workbench.domain.RowProblem;
import java.time.LocalDate;
import java.util.List;

/**
 * What the reader learnt about a DS export file once its sheets were streamed to the sink.
 *
 * @param fileName the file name, without its folder
 * @param format the format detected from the content
 * @param exportDate the day DS made the export, from the file name, or null when unknown
 * @param sheetNames every sheet name in file order (the file name for a csv), ignored sheets included
 * @param ignoredSheets the sheets that are not part of a DS export and were not sent to the sink
 * @param problems row-level problems of an accepted file, in file order
 * @param escapingReason a French sentence saying how the HTML-escaping of texts was decided
 */
public record DsExportFile(
        String fileName,
        Format format,
        LocalDate exportDate,
        List<String> sheetNames,
        List<String> ignoredSheets,
        List<RowProblem> problems,
        String escapingReason) {

    public DsExportFile {
        sheetNames = List.copyOf(sheetNames);
        ignoredSheets = List.copyOf(ignoredSheets);
        problems = List.copyOf(problems);
    }

    /** The file formats a DS export comes in that the reader accepts. */
    public enum Format {
        /** An Office Open XML workbook, streamed sheet by sheet. */
        XLSX,
        /** An OpenDocument spreadsheet (DS's rodf, or re-saved by LibreOffice), streamed from its content.xml. */
        ODS,
        /** The DS csv dialect: UTF-8, comma, RFC 4180 quotes; the Dossiers table only. */
        CSV
    }
}
