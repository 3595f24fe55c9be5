package fr.ptce.workbench.reliability;

import fr.ptce.workbench.SampleFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builders of hostile files: raw bytes, zips part by part, csv variants of the sample, edited workbooks. */
final class HostileFiles {

    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private HostileFiles() {}

    static Path bytes(Path folder, String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }

    static byte[] random(int size, long seed) {
        byte[] noise = new byte[size];
        new Random(seed).nextBytes(noise);
        return noise;
    }

    static byte[] sample(String name) throws IOException {
        try (InputStream in = SampleFiles.class.getResourceAsStream("/ds-samples/" + name)) {
            return in.readAllBytes();
        }
    }

    /** The sample truncated to a fraction of its length. */
    static Path truncated(Path folder, String name, String sample, double fraction) throws IOException {
        byte[] all = sample(sample);
        return bytes(folder, name, Arrays.copyOf(all, (int) (all.length * fraction)));
    }

    /** The sample with a run of bytes in its middle overwritten by noise. */
    static Path corrupted(Path folder, String name, String sample) throws IOException {
        byte[] all = sample(sample);
        byte[] noise = random(2048, 3);
        System.arraycopy(noise, 0, all, all.length / 3, noise.length);
        return bytes(folder, name, all);
    }

    /** An ods of the mimetype and a content.xml holding these {@code table:table} elements. */
    static Path ods(Path folder, String name, String tables) throws IOException {
        return zip(
                folder,
                name,
                "mimetype",
                "application/vnd.oasis.opendocument.spreadsheet",
                "content.xml",
                odsContent(tables));
    }

    /** An ods content.xml holding these {@code table:table} elements. */
    static String odsContent(String tables) {
        return fr.ptce.workbench.spreadsheet.ds.TestOds.content(tables);
    }

    /** The ods twin of the 2021 sample the samples generator writes, truncated to a fraction of its length. */
    static Path truncatedOds(Path folder, String name, double fraction) throws IOException {
        Path whole = fr.ptce.workbench.application.GenerateSamples.write(
                folder.resolve("ods-entier"),
                2021,
                12,
                fr.ptce.workbench.domain.dossier.DsEra.Y2021,
                fr.ptce.workbench.application.GenerateSamples.Format.ODS);
        byte[] all = Files.readAllBytes(whole);
        return bytes(folder, name, Arrays.copyOf(all, (int) (all.length * fraction)));
    }

    /** A zip of the given (name, content) parts. */
    static Path zip(Path folder, String name, String... parts) throws IOException {
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < parts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(parts[i]));
                zip.write(parts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    /** A minimal xlsx whose sheets have the given whole XML. */
    static Path xlsx(Path folder, String name, String... sheetNamesAndXml) throws IOException {
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
                + "http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" "
                + "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\""
                + " ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\""
                + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
        StringBuilder workbook = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\""
                + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\"><sheets>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                + "http://schemas.openxmlformats.org/package/2006/relationships\">");
        List<String> parts = new ArrayList<>();
        for (int i = 0, n = 1; i < sheetNamesAndXml.length; i += 2, n++) {
            types.append("<Override PartName=\"/xl/worksheets/sheet")
                    .append(n)
                    .append(".xml\" ContentType=\""
                            + "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            workbook.append("<sheet name=\"")
                    .append(sheetNamesAndXml[i])
                    .append("\" sheetId=\"")
                    .append(n)
                    .append("\" r:id=\"rId")
                    .append(n)
                    .append("\"/>");
            rels.append("<Relationship Id=\"rId")
                    .append(n)
                    .append("\" Type=\"")
                    .append(REL_NS)
                    .append("/worksheet\" Target=\"worksheets/sheet")
                    .append(n)
                    .append(".xml\"/>");
            parts.add("xl/worksheets/sheet" + n + ".xml");
            parts.add(sheetNamesAndXml[i + 1]);
        }
        List<String> all = new ArrayList<>(List.of(
                "[Content_Types].xml",
                types + "</Types>",
                "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                        + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + REL_NS
                        + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>",
                "xl/workbook.xml",
                workbook + "</sheets></workbook>",
                "xl/_rels/workbook.xml.rels",
                rels + "</Relationships>"));
        all.addAll(parts);
        return zip(folder, name, all.toArray(String[]::new));
    }

    /** A sheet's XML around the given sheetData content. */
    static String sheet(String sheetData) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>" + sheetData
                + "</sheetData></worksheet>";
    }

    static String row(int number, String... values) {
        StringBuilder xml = new StringBuilder("<row r=\"" + number + "\">");
        for (int i = 0; i < values.length; i++) {
            xml.append("<c r=\"")
                    .append((char) ('A' + i))
                    .append(number)
                    .append("\" t=\"inlineStr\"><is><t>")
                    .append(values[i])
                    .append("</t></is></c>");
        }
        return xml.append("</row>").toString();
    }

    /** The October csv sample as text. */
    static String sampleCsv() throws IOException {
        return new String(sample(SampleFiles.OCTOBER_2021_CSV), StandardCharsets.UTF_8);
    }

    /** The sample project name that {@link #csvWithProjectName} replaces (an unquoted field of the csv). */
    static final String SAMPLE_PROJECT = "Campus Réemploi solidaire du Pays de Bourgoin-Jallieu";

    /** The October csv sample with one dossier's project name replaced (csv-quoted). */
    static String csvWithProjectName(String projectName) throws IOException {
        String csv = sampleCsv();
        if (!csv.contains("," + SAMPLE_PROJECT + ",")) {
            throw new IllegalStateException("the sample changed: " + SAMPLE_PROJECT);
        }
        return csv.replace("," + SAMPLE_PROJECT + ",", ",\"" + projectName.replace("\"", "\"\"") + "\",");
    }

    static Path text(Path folder, String name, String text, Charset charset) throws IOException {
        return Files.write(folder.resolve(name), text.getBytes(charset));
    }

    /** A copy of a workbook edited through POI, as another program would save it. */
    static Path edited(Path original, Path folder, String name, Consumer<XSSFWorkbook> edit) throws IOException {
        Path copy = folder.resolve(name);
        try (InputStream in = Files.newInputStream(original);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            edit.accept(workbook);
            try (OutputStream out = Files.newOutputStream(copy)) {
                workbook.write(out);
            }
        }
        return copy;
    }
}
