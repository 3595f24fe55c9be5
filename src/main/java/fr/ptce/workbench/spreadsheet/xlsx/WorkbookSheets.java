package fr.ptce.workbench.spreadsheet.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.xml.sax.SAXException;

/** The sheet names of an xlsx workbook, read from {@code xl/workbook.xml} alone, to tell workbooks apart. */
public final class WorkbookSheets {

    private WorkbookSheets() {}

    /** The sheet names in order; empty when the file is not a readable workbook. */
    public static List<String> names(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry("xl/workbook.xml");
            if (entry == null) {
                return List.of();
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return WorkbookInfo.parse(in).sheetNames();
            }
        } catch (IOException | SAXException | RuntimeException e) {
            return List.of();
        }
    }
}
