package fr.ptce.workbench.domain.campaign;

import static fr.ptce.workbench.domain.CallTime.PARIS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A campaign as text, one « clé : valeur » line each, the form PESSII edits in Réglages and on the command line, and
 * the form it is stored in. Dates are {@code AAAA-MM-JJ}; a deadline is given as its last day (« minuit, délai de
 * rigueur »). Blank lines and lines starting with {@code #} are ignored.
 *
 * <pre>
 * nom : AMI PTCE émergents 2021
 * vague : Vague 1 ; dernier jour 2021-06-23 ; instruction 2021-06-24
 * vague : Au fil de l'eau ; instruction 2021-09-01
 * invités phase 2 : 15 à 20
 * lauréats phase 2 : 15
 * dotation phase 2 : 100000
 * enveloppe phase 2 : 1500000
 * années de financement : 2
 * dernier jour phase 2 : 2021-09-30
 * </pre>
 */
public final class CampaignText {

    private static final String NBSP = "\u00a0";

    private CampaignText() {}

    /** The text of a campaign, which {@link #parse} reads back to the same campaign (version aside). */
    public static String write(Campaign campaign) {
        StringBuilder text = new StringBuilder();
        line(text, "nom", campaign.name());
        for (Wave wave : campaign.waves()) {
            StringBuilder value = new StringBuilder(wave.name());
            if (!wave.rolling()) {
                value.append(NBSP + "; dernier jour ")
                        .append(wave.deadlineInParis().toLocalDate().minusDays(1));
            }
            if (wave.instructionStart() != null) {
                value.append(NBSP + "; instruction ").append(wave.instructionStart());
            }
            line(text, "vague", value.toString());
        }
        line(text, "invités phase 2", campaign.invitedMin() + " à " + campaign.invitedMax());
        line(text, "lauréats phase 2", Integer.toString(campaign.phase2Laureates()));
        line(text, "dotation phase 2", campaign.phase2Grant().toPlainString());
        line(text, "enveloppe phase 2", campaign.phase2Envelope().toPlainString());
        line(text, "années de financement", Integer.toString(campaign.phase2Years()));
        line(
                text,
                "dernier jour phase 2",
                campaign.phase2Deadline()
                        .atZoneSameInstant(PARIS)
                        .toLocalDate()
                        .minusDays(1)
                        .toString());
        return text.toString();
    }

    private static void line(StringBuilder text, String key, String value) {
        text.append(key).append(NBSP).append(": ").append(value).append('\n');
    }

    /**
     * Reads a campaign; what the text leaves out keeps the 2021 default.
     *
     * @throws IllegalArgumentException with a French message naming the line, when a line cannot be read
     */
    public static Campaign parse(String text) {
        Campaign d = Campaign.DEFAULT;
        String name = d.name();
        List<Wave> waves = new ArrayList<>();
        int min = d.invitedMin();
        int max = d.invitedMax();
        int laureates = d.phase2Laureates();
        BigDecimal grant = d.phase2Grant();
        BigDecimal envelope = d.phase2Envelope();
        int years = d.phase2Years();
        LocalDate phase2LastDay =
                d.phase2Deadline().atZoneSameInstant(PARIS).toLocalDate().minusDays(1);
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = spaces(lines[i]);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw refused(i, line, "«\u00a0clé\u00a0: valeur\u00a0» attendu");
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            try {
                switch (key) {
                    case "nom" -> name = value;
                    case "vague" -> waves.add(wave(value));
                    case "invités phase 2", "invites phase 2" -> {
                        String[] range = value.split("\\s*(à|-)\\s*");
                        min = Integer.parseInt(range[0].strip());
                        max = range.length > 1 ? Integer.parseInt(range[1].strip()) : min;
                    }
                    case "lauréats phase 2", "laureats phase 2" -> laureates = Integer.parseInt(value);
                    case "dotation phase 2" -> grant = amount(value);
                    case "enveloppe phase 2" -> envelope = amount(value);
                    case "années de financement", "annees de financement" -> years = Integer.parseInt(value);
                    case "dernier jour phase 2" -> phase2LastDay = LocalDate.parse(value);
                    default ->
                        throw new IllegalArgumentException("clé inconnue «\u00a0" + key + "\u00a0» (clés\u00a0:"
                                + " nom, vague,"
                                + " invités phase 2, lauréats phase 2, dotation phase 2, enveloppe phase 2, années de"
                                + " financement, dernier jour phase 2)");
                }
            } catch (NumberFormatException e) {
                throw refused(i, line, "nombre entier attendu");
            } catch (DateTimeParseException e) {
                throw refused(i, line, "date AAAA-MM-JJ attendue");
            } catch (IllegalArgumentException e) {
                throw refused(i, line, e.getMessage());
            }
        }
        try {
            return new Campaign(
                    0,
                    name,
                    waves.isEmpty() ? d.waves() : waves,
                    min,
                    max,
                    laureates,
                    grant,
                    envelope,
                    years,
                    phase2LastDay.plusDays(1).atStartOfDay(PARIS).toOffsetDateTime());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Campagne refusée" + NBSP + ": " + e.getMessage() + ".");
        }
    }

    private static Wave wave(String value) {
        String[] parts = value.split("\\s*;\\s*");
        String waveName = parts[0];
        if (waveName.isBlank()) {
            throw new IllegalArgumentException("une vague a un nom");
        }
        LocalDate lastDay = null;
        LocalDate start = null;
        for (int p = 1; p < parts.length; p++) {
            String part = parts[p].strip();
            if (part.startsWith("dernier jour")) {
                lastDay =
                        LocalDate.parse(part.substring("dernier jour".length()).strip());
            } else if (part.startsWith("instruction")) {
                start = LocalDate.parse(part.substring("instruction".length()).strip());
            } else if (!part.equals("au fil de l'eau")) {
                throw new IllegalArgumentException("«\u00a0dernier jour AAAA-MM-JJ\u00a0» ou «\u00a0instruction"
                        + " AAAA-MM-JJ\u00a0»"
                        + " attendu, pas «\u00a0" + part + "\u00a0»");
            }
        }
        return lastDay == null ? Wave.rolling(waveName, start) : Wave.untilMidnight(waveName, lastDay, start);
    }

    private static BigDecimal amount(String value) {
        String digits = value.replace("€", "").replace(" ", "").replace(",", ".");
        return new BigDecimal(digits);
    }

    private static String spaces(String line) {
        return line.replace('\u00a0', ' ').replace('\u202f', ' ').strip();
    }

    private static IllegalArgumentException refused(int index, String line, String why) {
        return new IllegalArgumentException(
                "Campagne refusée, ligne " + (index + 1) + " («" + NBSP + line + NBSP + "»)" + NBSP + ": " + why + ".");
    }
}
