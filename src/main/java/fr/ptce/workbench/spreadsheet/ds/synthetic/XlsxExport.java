package fr.ptce.workbench.spreadsheet.ds.synthetic;

import static fr.ptce.workbench.domain.CallTime.PARIS;

import fr.ptce.workbench.domain.dossier.Commune;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.DsEra;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Streams dossiers into an xlsx workbook laid out as DS writes it (formats.md §1.2, §1.5, §1.8–§1.9), with a
 * small row window so that memory stays flat whatever the number of dossiers.
 */
final class XlsxExport {

    static final String COMMUNES_SHEET = "(1187463) Communes du perimetr";
    private static final int ROW_WINDOW = 20;

    private final DsEra era;
    private final SXSSFWorkbook workbook;
    private final CellStyle header;
    private final CellStyle dateTime;
    private final CellStyle date;

    private XlsxExport(DsEra era, SXSSFWorkbook workbook) {
        this.era = era;
        this.workbook = workbook;
        this.header = headerStyle(workbook);
        this.dateTime = formatStyle(workbook, "yyyy-mm-dd h:mm AM/PM");
        this.date = formatStyle(workbook, "yyyy-mm-dd");
    }

    /** Writes the workbook to {@code file}, which must not be the final target (see {@link DsExportWriter}). */
    static void write(Iterable<Dossier> dossiers, DsEra era, OffsetDateTime exportedAt, Path file) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
        workbook.setCompressTempFiles(false);
        try {
            workbook.getXSSFWorkbook()
                    .getProperties()
                    .getCoreProperties()
                    .setCreated(Optional.of(Date.from(exportedAt.toInstant())));
            new XlsxExport(era, workbook).fill(dossiers);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private void fill(Iterable<Dossier> dossiers) {
        LazySheet main = new LazySheet(workbook.createSheet("Dossiers"), DossierColumns.headers(era, false));
        LazySheet establishments =
                new LazySheet(workbook.createSheet("Etablissements"), EstablishmentColumns.sheetHeaders(era));
        LazySheet avis = new LazySheet(workbook.createSheet("Avis"), List.of());
        LazySheet communes = new LazySheet(workbook.createSheet(COMMUNES_SHEET), communeHeaders());
        for (Dossier dossier : dossiers) {
            main.add(DossierColumns.row(dossier, era, false));
            if (EstablishmentColumns.hasEstablishment(dossier)) {
                establishments.add(EstablishmentColumns.sheetRow(dossier, era));
            }
            if (dossier.territory() != null) {
                long line = 1;
                for (Commune commune : dossier.territory().communes()) {
                    communes.add(communeRow(dossier, commune, line++));
                }
            }
        }
        main.finish();
        establishments.finish();
        avis.finish();
        if (era == DsEra.Y2025 && communes.rows == 0) {
            // since 2022-06 DS writes no sheet for a repetition block without rows
            workbook.removeSheetAt(workbook.getSheetIndex(COMMUNES_SHEET));
        } else {
            communes.finish();
        }
    }

    private List<String> communeHeaders() {
        return communeHeaders(era);
    }

    /** The headers of the communes repetition sheet in an export of {@code era}. */
    static List<String> communeHeaders(DsEra era) {
        return era == DsEra.Y2021
                ? List.of("Dossier ID", "Ligne", "Commune", "Commune (Code insee)")
                : List.of("Dossier ID", "Ligne", "Commune", "Commune (Code INSEE)", "Commune (Département)");
    }

    private List<Object> communeRow(Dossier dossier, Commune commune, long line) {
        return communeRow(era, dossier, commune, line);
    }

    /** One row of the communes repetition sheet. */
    static List<Object> communeRow(DsEra era, Dossier dossier, Commune commune, long line) {
        String value = commune.exportedValue() != null ? commune.exportedValue() : commune.name();
        return era == DsEra.Y2021
                ? Arrays.asList(dossier.number(), line, value, commune.insee())
                : Arrays.asList(
                        dossier.number(), line, value, commune.insee(), DsReferenceData.departementOf(commune.insee()));
    }

    private void setValue(Cell cell, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof OffsetDateTime time) {
            // DS (caxlsx, config.time_zone = 'Paris') writes the serial of the Paris wall-clock time
            cell.setCellValue(
                    DateUtil.getExcelDate(time.atZoneSameInstant(PARIS).toLocalDateTime()));
            cell.setCellStyle(dateTime);
        } else if (value instanceof LocalDate day) {
            cell.setCellValue(DateUtil.getExcelDate(day.atStartOfDay()));
            cell.setCellStyle(date);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else {
            String text = value.toString();
            if (era == DsEra.Y2021 && text.length() > 1 && text.startsWith("=")) {
                // caxlsx 3.1 wrote any string starting with '=' as a formula without a cached value
                cell.setCellFormula(text.substring(1));
                // an empty cached string makes the cell t="str" with no <v>, as caxlsx wrote it
                cell.setCellValue("");
            } else {
                cell.setCellValue(text);
            }
        }
    }

    private static CellStyle headerStyle(SXSSFWorkbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        font.setColor(IndexedColors.WHITE.getIndex());
        font.setFontHeightInPoints((short) 12);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setFillForegroundColor(IndexedColors.BLACK.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setAlignment(HorizontalAlignment.CENTER);
        return style;
    }

    private static CellStyle formatStyle(SXSSFWorkbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    /**
     * A sheet whose header row is written with its first data row: SpreadsheetArchitect takes the header from
     * the first record, so a sheet without records is one empty row with no header.
     */
    private final class LazySheet {
        private final SXSSFSheet sheet;
        private final List<String> headers;
        private int rows;

        LazySheet(SXSSFSheet sheet, List<String> headers) {
            this.sheet = sheet;
            this.headers = headers;
        }

        void add(List<Object> values) {
            if (rows == 0) {
                Row row = sheet.createRow(rows++);
                for (int i = 0; i < headers.size(); i++) {
                    Cell cell = row.createCell(i);
                    cell.setCellValue(headers.get(i));
                    cell.setCellStyle(header);
                }
            }
            Row row = sheet.createRow(rows++);
            for (int i = 0; i < values.size(); i++) {
                setValue(row.createCell(i), values.get(i));
            }
        }

        void finish() {
            if (rows == 0) {
                sheet.createRow(rows++);
            }
        }
    }
}
