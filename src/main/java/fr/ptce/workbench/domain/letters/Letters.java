package fr.ptce.workbench.domain.letters;

import fr.ptce.workbench.domain.Accents;
import fr.ptce.workbench.domain.CallTime;
import fr.ptce.workbench.domain.campaign.Campaign;
import fr.ptce.workbench.domain.national.CabinetDecision;
import fr.ptce.workbench.domain.national.RankedDossier;
import fr.ptce.workbench.domain.national.RegionalAvisRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Builds a dossier's letter from the cabinet's recorded decision, the region's avis row and the campaign. */
public final class Letters {

    private static final int SLUG_LENGTH = 40;
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.FRENCH);

    private Letters() {}

    /**
     * The letter of {@code kind} for a ranked dossier whose decision is recorded and which the kind answers.
     *
     * @param today the day the letters are prepared
     * @throws IllegalArgumentException when the kind does not answer the dossier's decision
     */
    public static Letter of(
            LetterKind kind, RankedDossier dossier, Recipient recipient, Campaign campaign, LocalDate today) {
        if (!kind.answers(dossier.decision())) {
            throw new IllegalArgumentException(
                    "no " + kind.key() + " letter for dossier " + dossier.row().dossierNumber());
        }
        CabinetDecision decided = dossier.decision().decided();
        RegionalAvisRow row = dossier.row();
        String number = row.dossierNumber();
        Map<LetterField, String> values = new EnumMap<>(LetterField.class);
        values.put(LetterField.DOSSIER, number);
        values.put(LetterField.PROJET, orDash(row.project()));
        values.put(LetterField.PORTEUR, orDash(row.structure()));
        values.put(LetterField.REFERENT, recipient.name() == null ? "Référent du projet" : recipient.name());
        values.put(LetterField.REGION, orDash(row.region()));
        values.put(LetterField.DECIDEUR, decided.by());
        values.put(LetterField.DATE_DECISION, day(decided.on()));
        values.put(LetterField.DATE_COURRIER, day(today));
        switch (kind) {
            case PHASE1 -> {
                values.put(
                        LetterField.DECISION,
                        decided.laureate()
                                ? "Votre projet a été désigné lauréat de la phase\u00a01 de l'appel à"
                                        + " manifestation d'intérêt"
                                        + " «\u00a0PTCE émergents\u00a0»\u00a0: il a été jugé conforme à"
                                        + " l'esprit des PTCE."
                                : "Votre projet n'a pas été retenu parmi les lauréats de la phase\u00a01 de l'appel à"
                                        + " manifestation d'intérêt «\u00a0PTCE émergents\u00a0».");
                values.put(LetterField.MOTIVATION, orDash(row.motivation()));
                values.put(
                        LetterField.SUITE,
                        decided.laureate()
                                ? "À ce titre, votre projet bénéficie du bouquet de services"
                                        + " spécifique «\u00a0émergence\u00a0»."
                                        + " Cette désignation n'est pas assortie d'un financement."
                                : "L'appel à manifestation d'intérêt étant permanent, vous pourrez déposer un nouveau"
                                        + " dossier sur demarches-simplifiees.fr.");
            }
            case INVITATION -> {
                values.put(
                        LetterField.DATE_LIMITE_PHASE2,
                        deadline(campaign.phase2Deadline()
                                .atZoneSameInstant(CallTime.PARIS)
                                .toLocalDateTime()));
                values.put(LetterField.MONTANT_PHASE2, euros(campaign.phase2Grant()));
                values.put(LetterField.ANNEES_PHASE2, Integer.toString(campaign.phase2Years()));
            }
        }
        values.keySet().retainAll(kind.fields());
        return new Letter(
                number,
                kind,
                fileName(kind, number, row.project()),
                recipient,
                kind.subject(number),
                values,
                decided.laureate());
    }

    /** {@code 90200-projet-des-communs-phase1.docx}: the number, at most 40 characters of the project, the kind. */
    public static String fileName(LetterKind kind, String number, String project) {
        String safeNumber = number.replaceAll("[^A-Za-z0-9]+", "-");
        String slug = Accents.strip(project == null ? "" : project)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        if (slug.length() > SLUG_LENGTH) {
            slug = slug.substring(0, SLUG_LENGTH).replaceAll("-$", "");
        }
        return safeNumber + (slug.isEmpty() ? "" : "-" + slug) + "-" + kind.key() + ".docx";
    }

    /** {@code 1er juillet 2021}, {@code 26 juillet 2021}: the French way of writing a day in a letter. */
    public static String day(LocalDate date) {
        return (date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth())) + " "
                + MONTH_YEAR.format(date);
    }

    /**
     * The deadline as a letter says it: the first late instant at midnight is « 30 septembre 2021 à minuit » (the
     * day before); any other is that day and time, excluded.
     */
    public static String deadline(LocalDateTime firstLate) {
        if (firstLate.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
            return day(firstLate.toLocalDate().minusDays(1)) + " à minuit";
        }
        return day(firstLate.toLocalDate()) + ", "
                + String.format(Locale.ROOT, "%d\u00a0h\u00a0%02d", firstLate.getHour(), firstLate.getMinute())
                + " exclu";
    }

    /** {@code 100 000 €}, with non-breaking spaces, cents only when there are some. */
    public static String euros(BigDecimal amount) {
        return fr.ptce.workbench.domain.Euros.format(amount);
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text.strip();
    }
}
