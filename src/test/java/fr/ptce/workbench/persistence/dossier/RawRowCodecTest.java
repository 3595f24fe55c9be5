package fr.ptce.workbench.persistence.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ptce.workbench.domain.dossier.DsValues;
import fr.ptce.workbench.domain.dossier.RawCell;
import fr.ptce.workbench.persistence.common.StoreException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RawRowCodecTest {

    /** A section text as the workbench holds it: LF line breaks, characters DS's sanitizer escaped. */
    private static final String SECTION = ("Nous mesurons nos résultats : R&D, emplois < 10 % et > 30 %.\n\n"
                    + "- L’association compte 14 salariés « et » des bénévoles.\n")
            .repeat(30);

    private static List<String> sections(String... texts) {
        List<String> list = new ArrayList<>(Collections.nCopies(10, ""));
        for (int i = 0; i < texts.length; i++) {
            list.set(i, texts[i]);
        }
        return list;
    }

    /** The cell as a 2021 export writes it: HTML-escaped, CRLF line breaks. */
    private static String exported(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\n", "\r\n");
    }

    @Test
    void aCellHoldingASectionAsExportedIsStoredAsAReferenceAndReadBackExactly() {
        String other = "Deuxième texte\nsans caractère échappé, assez long pour une référence.";
        List<String> sections = sections("", "", SECTION, other);
        List<RawCell> cells = List.of(
                new RawCell("ID", "4800039", true),
                new RawCell("Description", exported(SECTION), true),
                new RawCell("Objectifs", other, true),
                new RawCell("Autre", "valeur courte", false),
                new RawCell("Vide", "", false),
                new RawCell("Description", exported(SECTION), true));

        String stored = RawRowCodec.encode(cells, sections);

        assertEquals(cells, RawRowCodec.decode(stored, sections));
        assertTrue(stored.length() < 500, "the section texts are not repeated: " + stored.length() + " characters");
        assertTrue(stored.contains("S2b0:") && stored.contains("S3n0:"), stored);
    }

    @Test
    void theExportedTextMatchesWhatTheMapperDecodesFromIt() {
        // the references rely on nothing but equality; this pins the case they are made for
        assertEquals(SECTION, DsValues.normaliseLineBreaks(DsValues.htmlUnescape(exported(SECTION))));
    }

    @Test
    void aCellThatIsNoSectionOrDiffersTooMuchIsStoredAsItIs() {
        String unrelated = "Un tout autre texte qui ne ressemble à aucune section du dossier, vraiment aucune.";
        String rewritten = SECTION.toUpperCase(java.util.Locale.ROOT);
        List<RawCell> cells = List.of(
                new RawCell("A", unrelated, false),
                new RawCell("B", rewritten, true),
                new RawCell("C:+-L3:|R2|", "S0n0:" + SECTION, true));

        String stored = RawRowCodec.encode(cells, sections(SECTION));

        assertEquals(cells, RawRowCodec.decode(stored, sections(SECTION)));
        assertTrue(stored.contains("L" + unrelated.length() + ":" + unrelated), stored);
        assertTrue(stored.contains("L" + rewritten.length() + ":" + rewritten), "no reference for a rewritten text");
    }

    @Test
    void randomEditsOfASectionAlwaysComeBackExactly() {
        Random random = new Random(21);
        String alphabet = "ab &;<>\r\n\u00a0é🤝xyz";
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0, n = random.nextInt(200); i < n; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            StringBuilder value = new StringBuilder(random.nextBoolean() ? exported(text.toString()) : text);
            for (int edits = random.nextInt(6); edits > 0 && value.length() > 0; edits--) {
                int at = random.nextInt(value.length());
                switch (random.nextInt(3)) {
                    case 0 -> value.deleteCharAt(at);
                    case 1 -> value.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> value.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            List<String> sections = sections(text.toString(), text.toString().replace('a', 'b'));
            List<RawCell> cells = List.of(new RawCell("h", value.toString(), round % 2 == 0));
            assertEquals(cells, RawRowCodec.decode(RawRowCodec.encode(cells, sections), sections), "round " + round);
        }
    }

    @Test
    void aRowStoredAsJsonBeforeV016IsStillRead() throws Exception {
        List<RawCell> cells = List.of(new RawCell("ID", "7", true), new RawCell("Texte", exported(SECTION), false));
        String json = new ObjectMapper()
                .writeValueAsString(cells.stream()
                        .map(c -> List.of(c.header(), c.value(), c.known()))
                        .toList());

        assertEquals(cells, RawRowCodec.decode(json, sections(SECTION)));
        String rewritten = RawRowCodec.encode(RawRowCodec.decode(json, sections(SECTION)), sections(SECTION));
        assertTrue(rewritten.startsWith("R2|") && rewritten.length() < 40, rewritten);
        assertEquals(cells, RawRowCodec.decode(rewritten, sections(SECTION)));
    }

    @Test
    void aDamagedRowIsReportedNotGuessed() {
        assertThrows(StoreException.class, () -> RawRowCodec.decode("R2|5:ID+L9:12", sections()));
        assertThrows(StoreException.class, () -> RawRowCodec.decode("[[\"ID\"", sections()));
    }

    @Test
    void aPatchIsRefusedWhenLongerThanHalfTheText() {
        assertNull(TextPatch.diff("abcdefghijklmnopqrstuvwxyz0123456789", "zyxwvutsrqponmlkjihgfedcba9876543210"));
        String script = TextPatch.diff("R&D\nfin", "R&amp;D\r\nfin");
        assertEquals("R&amp;D\r\nfin", TextPatch.apply("R&D\nfin", script));
    }
}
