package fr.ptce.workbench.domain.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CampaignTest {

    private static OffsetDateTime at(String iso) {
        return OffsetDateTime.parse(iso);
    }

    @Test
    void theFirstWaveEndsAtMidnightParisTimeAndTheLastFractionOfASecondIsOnTime() {
        Wave first = Campaign.DEFAULT.firstWave();
        assertTrue(first.onTime(at("2021-06-23T23:59:59.999+02:00")));
        assertTrue(first.onTime(at("2021-06-23T23:59:59.4+02:00")));
        assertFalse(first.onTime(at("2021-06-24T00:00:00+02:00")));
        // 01:30 Paris on the 24th is 23:30 UTC on the 23rd: late
        assertFalse(first.onTime(at("2021-06-23T23:30:00Z")));
    }

    @Test
    void aDepositAfterTheFirstWaveBelongsToTheRollingTrack() {
        assertEquals(
                "Vague 1",
                Campaign.DEFAULT
                        .waveOf(at("2021-06-20T10:00:00+02:00"))
                        .orElseThrow()
                        .name());
        Wave late = Campaign.DEFAULT.waveOf(at("2021-07-02T10:00:00+02:00")).orElseThrow();
        assertEquals("Au fil de l'eau", late.name());
        assertTrue(late.rolling());
        assertEquals("Vague 1", Campaign.DEFAULT.waveOf(null).orElseThrow().name());
    }

    @Test
    void withoutRollingTrackALateDepositHasNoWave() {
        Campaign dated = CampaignText.parse("vague : Vague 1 ; dernier jour 2021-06-23\n"
                + "vague : Vague 2 ; dernier jour 2021-11-30 ; instruction 2021-12-01\n");
        assertEquals(
                "Vague 2",
                dated.waveOf(at("2021-09-10T10:00:00+02:00")).orElseThrow().name());
        assertEquals(Optional.empty(), dated.waveOf(at("2021-12-01T00:00:00+01:00")));
    }

    @Test
    void theTextFormReadsBackToTheSameCampaign() {
        String text = CampaignText.write(Campaign.DEFAULT);
        assertTrue(
                text.contains("vague\u00a0: Vague 1\u00a0; dernier jour 2021-06-23\u00a0; instruction 2021-06-24"),
                text);
        assertEquals(Campaign.DEFAULT, CampaignText.parse(text));
    }

    @Test
    void everyNumberIsCampaignData() {
        Campaign edited = CampaignText.parse("invités phase 2 : 10 à 12\nlauréats phase 2 : 12\n"
                + "dotation phase 2 : 120 000 €\nenveloppe phase 2 : 1440000\nannées de financement : 3\n");
        assertEquals(10, edited.invitedMin());
        assertEquals(12, edited.invitedMax());
        assertEquals(12, edited.phase2Laureates());
        assertEquals(new BigDecimal("120000"), edited.phase2Grant());
        assertEquals(3, edited.phase2Years());
        assertEquals(Campaign.DEFAULT.waves(), edited.waves());
    }

    @Test
    void aLineThatCannotBeReadIsRefusedInFrenchWithItsNumber() {
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class,
                () -> CampaignText.parse("nom : X\nvague : Vague 1 ; dernier jour 23/06/2021\n"));
        assertEquals(
                "Campagne refusée, ligne 2 («\u00a0vague : Vague 1 ; dernier jour 23/06/2021\u00a0»)\u00a0:"
                        + " date AAAA-MM-JJ attendue.",
                refused.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CampaignText.parse("invités phase 2 : 20 à 15"))
                .getMessage()
                .startsWith("Campagne refusée"));
    }
}
