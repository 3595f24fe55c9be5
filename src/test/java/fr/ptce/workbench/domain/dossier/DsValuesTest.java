package fr.ptce.workbench.domain.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DsValuesTest {

    @Test
    void readsRubyTimesIsoTimesAndParisLocalTimesAsTheSameInstant() {
        OffsetDateTime expected = OffsetDateTime.parse("2021-06-23T23:58:02+02:00");
        assertEquals(Optional.of(expected), DsValues.dateTime("2021-06-23 23:58:02 +0200"));
        assertEquals(Optional.of(expected), DsValues.dateTime("2021-06-23T21:58:02Z"));
        assertEquals(Optional.of(expected), DsValues.dateTime("2021-06-23 23:58:02"));
    }

    @Test
    void winterDatesGetTheWinterOffset() {
        assertEquals(
                "2022-11-20T10:29:16+01:00",
                DsValues.dateTime("2022-11-20 10:29:16").orElseThrow().toString());
    }

    @Test
    void readsTheThreeBooleanSpellings() {
        assertEquals(Optional.of(true), DsValues.bool("Oui"));
        assertEquals(Optional.of(false), DsValues.bool("off"));
        assertEquals(Optional.of(true), DsValues.bool("true"));
        assertEquals(Optional.empty(), DsValues.bool(""));
        assertThrows(IllegalArgumentException.class, () -> DsValues.bool("peut-être"));
    }

    @Test
    void unescapesRailsSanitizerOutputOnce() {
        assertEquals("R&D <pilote> & co\u00A0!", DsValues.htmlUnescape("R&amp;D &lt;pilote&gt; &amp; co&nbsp;!"));
        assertEquals("&amp;", DsValues.htmlUnescape("&amp;amp;"));
        assertEquals("é 😀", DsValues.htmlUnescape("&#233; &#x1F600;"));
        assertEquals("AT&T &unknown;", DsValues.htmlUnescape("AT&T &unknown;"));
    }

    @Test
    void lineBreaksBecomeLf() {
        assertEquals("a\nb\nc", DsValues.normaliseLineBreaks("a\r\nb\rc"));
    }
}
