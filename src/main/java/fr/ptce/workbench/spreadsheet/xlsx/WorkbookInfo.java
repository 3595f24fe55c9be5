package fr.ptce.workbench.spreadsheet.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The few facts of {@code xl/workbook.xml} the reader needs before streaming any sheet: the sheet names in
 * order and the date system.
 */
public record WorkbookInfo(List<String> sheetNames, boolean date1904) {

    public WorkbookInfo {
        sheetNames = List.copyOf(sheetNames);
    }

    /** Parses the workbook part with a hardened SAX parser. */
    public static WorkbookInfo parse(InputStream workbookXml) throws IOException, SAXException {
        List<String> names = new ArrayList<>();
        boolean[] date1904 = new boolean[1];
        XMLReader reader = SecureXml.newReader();
        reader.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                String name = localName == null || localName.isEmpty() ? qName : localName;
                if (name.equals("sheet") && attributes.getValue("name") != null) {
                    names.add(attributes.getValue("name"));
                } else if (name.equals("workbookPr")) {
                    String value = attributes.getValue("date1904");
                    date1904[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                }
            }
        });
        reader.parse(new InputSource(workbookXml));
        return new WorkbookInfo(names, date1904[0]);
    }
}
