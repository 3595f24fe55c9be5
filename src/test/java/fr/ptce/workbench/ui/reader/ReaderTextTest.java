package fr.ptce.workbench.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ptce.workbench.domain.dossier.Commune;
import fr.ptce.workbench.domain.dossier.Territory;
import fr.ptce.workbench.ui.fx.Formats;
import fr.ptce.workbench.ui.fx.Messages;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReaderTextTest {

    private final ReaderText text = new ReaderText(Messages.load(Locale.FRENCH), ZoneId.of("Europe/Paris"));
    private final ReaderText reunion = new ReaderText(Messages.load(Locale.FRENCH), ZoneId.of("Indian/Reunion"));

    @Test
    void timesAreShownInTheMachinesZone() {
        OffsetDateTime time = OffsetDateTime.parse("2021-06-23T23:30:39Z");
        assertEquals("24/06/2021 01:30", text.dateTime(time));
        assertEquals("24/06/2021 03:30", reunion.dateTime(time));
        assertEquals("24/06/2021", reunion.date(time));
        assertEquals("—", text.dateTime(null));
        assertEquals(Formats.dateTime(time, ZoneId.systemDefault()), Formats.dateTime(time));
        assertEquals("24/06/2021 03:30:39", Formats.dateTime(time, ZoneId.of("Indian/Reunion")));
    }

    @Test
    void aDepositTimeAlsoSaysTheParisTimeWhenTheClocksDiffer() {
        // 23:30 UTC on the 23rd is already the 24th in Paris: a late deposit must look late against the deadline
        OffsetDateTime time = OffsetDateTime.parse("2021-06-23T23:30:39Z");
        assertEquals("24/06/2021 01:30", text.depositTime(time));
        assertEquals("24/06/2021 03:30 (24/06/2021 01:30 heure de Paris)", reunion.depositTime(time));
        assertEquals(
                "29/06/2021 00:00 heure de Paris", reunion.parisDateTime(OffsetDateTime.parse("2021-06-28T22:00:00Z")));
    }

    @Test
    void unknownAnswersAreSaidUnknown() {
        assertEquals("déclaré\u00a0: Oui — détecté\u00a0: inconnu", text.declaredDetected(true, null));
    }

    @Test
    void communesAreACommaList() {
        Territory territory = new Territory(
                true,
                false,
                List.of(
                        new Commune("38053", "Bourgoin-Jallieu", "Bourgoin-Jallieu (38490)"),
                        new Commune(null, "La Buisse", "La Buisse (38960)")),
                true);
        assertEquals("Bourgoin-Jallieu (38053), La Buisse", text.communes(territory));
        assertEquals(
                "inconnues (l'export csv ne contient pas les communes)",
                text.communes(new Territory(null, null, List.of(), false)));
    }
}
