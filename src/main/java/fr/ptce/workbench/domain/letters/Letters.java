package fr.ptce.workbench.domain.letters;

import fr.ptce.workbench.domain.Accents;
import fr.ptce.workbench.domain.CallTime;
import fr.ptce.workbench.domain.campaign.Campaign;
import fr.ptce.workbench.domain.national.CabinetDecision;
import fr.ptce.workbench.domain.national.RankedDossier;
import fr.ptce.workbench.domain.national.RegionalAvisRow;
import fr.ptce.workbench.domain.phase2.GrantSplit;
import fr.ptce.workbench.domain.phase2.Phase2Decision;
import fr.ptce.workbench.domain.phase2.Phase2Dossier;
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

    /**
     * The phase-2 letter of a phase-2 dossier whose decision the cabinet recorded: laureate with the fixed amount and
     * its split over the two years, or not retained, with PESSII's motivation.
     *
     * @param structure the phase-1 carrier's name, null when unknown
     * @param region the phase-1 dossier's region, null when unknown
     * @throws IllegalArgumentException when no cabinet decision is recorded on the dossier
     */
    public static Letter phase2(
            Phase2Dossier dossier,
            Phase2Decision decision,
            GrantSplit split,
            String structure,
            String region,
            Recipient recipient,
            Campaign campaign,
            LocalDate today) {
        if (!LetterKind.PHASE2.answers(decision)) {
            throw new IllegalArgumentException("no phase2 letter for dossier " + dossier.number());
        }
        CabinetDecision decided = decision.decided();
        boolean laureate = decided.laureate();
        String number = dossier.number();
        Map<LetterField, String> values = new EnumMap<>(LetterField.class);
        values.put(LetterField.DOSSIER, number);
        values.put(LetterField.DOSSIER_PHASE1, orDash(dossier.phase1Number()));
        values.put(LetterField.PROJET, orDash(dossier.projectName()));
        values.put(LetterField.PORTEUR, orDash(structure));
        values.put(LetterField.REFERENT, recipient.name() == null ? "Référent du projet" : recipient.name());
        values.put(LetterField.REGION, orDash(region));
        values.put(LetterField.DECIDEUR, decided.by());
        values.put(LetterField.DATE_DECISION, day(decided.on()));
        values.put(LetterField.DATE_COURRIER, day(today));
        values.put(LetterField.MOTIVATION, orDash(decision.motivation()));
        values.put(LetterField.ANNEES_PHASE2, Integer.toString(campaign.phase2Years()));
        values.put(LetterField.MONTANT_PHASE2, laureate ? euros(split.total()) : "—");
        values.put(LetterField.MONTANT_ANNEE1, laureate ? euros(split.year1()) : "—");
        values.put(LetterField.MONTANT_ANNEE2, laureate ? euros(split.year2()) : "—");
        values.put(
                LetterField.DECISION,
                laureate
                        ? "Votre projet a été désigné lauréat de la phase\u00a02 de l'appel à manifestation d'intérêt"
                                + " «\u00a0PTCE émergents\u00a0»."
                        : "Votre projet n'a pas été retenu parmi les lauréats de la phase\u00a02 de l'appel à"
                                + " manifestation d'intérêt «\u00a0PTCE émergents\u00a0».");
        values.put(
                LetterField.SUITE,
                laureate
                        ? "À ce titre, l'État soutient votre projet par une subvention forfaitaire de "
                                + euros(split.total()) + " répartie sur " + campaign.phase2Years() + " années\u00a0: "
                                + euros(split.year1()) + " pour l'année\u00a01 et " + euros(split.year2())
                                + " pour l'année\u00a02, prioritairement fléchée sur l'animation des coopérations"
                                + " territoriales. Une troisième année pourra être décidée au vu des résultats des deux"
                                + " premières."
                        : "Votre projet reste lauréat de la phase\u00a01 et continue de bénéficier du bouquet de"
                                + " services spécifique «\u00a0émergence\u00a0».");
        return new Letter(
                number,
                LetterKind.PHASE2,
                fileName(LetterKind.PHASE2, number, dossier.projectName()),
                recipient,
                LetterKind.PHASE2.subject(number),
                values,
                laureate);
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
