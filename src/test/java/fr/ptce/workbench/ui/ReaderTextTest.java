package fr.ptce.workbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ptce.workbench.domain.dossier.Commune;
import fr.ptce.workbench.domain.dossier.Territory;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReaderTextTest {

    private final ReaderText text = new ReaderText(Messages.load(Locale.FRENCH));

    @Test
    void datesAreShownInParisTime() {
        // 23:30 UTC on the 23rd is already the 24th in Paris: a late deposit must look late
        assertEquals("24/06/2021 01:30", text.dateTime(OffsetDateTime.parse("2021-06-23T23:30:39Z")));
        assertEquals("—", text.dateTime(null));
    }

    @Test
    void unknownAnswersAreSaidUnknown() {
        assertEquals("déclaré\u00a0: Oui — détecté\u00a0: inconnu", text.declaredDetected(true, null));
    }

    @Test
    void communesAreACommaList() {
        Territory territory = new Territory(true, false, List.of(new Commune("38053", "Bourgoin-Jallieu",
                "Bourgoin-Jallieu (38490)"), new Commune(null, "La Buisse", "La Buisse (38960)")), true);
        assertEquals("Bourgoin-Jallieu (38053), La Buisse", text.communes(territory));
        assertEquals("inconnues (l'export csv ne contient pas les communes)",
                text.communes(new Territory(null, null, List.of(), false)));
    }
}
