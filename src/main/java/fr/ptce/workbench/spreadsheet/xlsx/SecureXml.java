package fr.ptce.workbench.spreadsheet.xlsx;

import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/** Makes SAX parsers hardened against external entities, entity expansion and DOCTYPE declarations. */
public final class SecureXml {

    private SecureXml() {}

    public static XMLReader newReader() throws SAXException {
        XMLReader reader;
        try {
            // POI's reader ignores external entities and caps entity expansion
            reader = XMLHelper.newXMLReader();
        } catch (ParserConfigurationException misconfigured) {
            throw new SAXException(misconfigured);
        }
        // spreadsheet parts never need a DTD: refusing any DOCTYPE closes the entity door entirely
        reader.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return reader;
    }
}
