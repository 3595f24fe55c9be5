package fr.ptce.workbench.domain.dossier;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Reads the {@code Avis} sheet in both header versions: {@code Question / Introduction} until March 2023,
 * then {@code Introduction, Réponse, Question, Réponse oui/non}.
 */
public final class AvisRows extends LinkedRow {

    private final int introduction;
    private final int answer;
    private final int question;
    private final int answerYesNo;
    private final int createdAt;
    private final int answeredAt;
    private final int claimant;
    private final int expert;

    public AvisRows(List<String> headers) {
        super(headers);
        int legacyIntroduction = indexOf("Question / Introduction");
        this.introduction = legacyIntroduction >= 0 ? legacyIntroduction : indexOf("Introduction");
        this.answer = indexOf("Réponse");
        this.question = legacyIntroduction >= 0 ? -1 : indexOf("Question");
        this.answerYesNo = indexOf("Réponse oui/non");
        this.createdAt = indexOf("Créé le");
        this.answeredAt = indexOf("Répondu le");
        this.claimant = indexOf("Instructeur");
        this.expert = indexOf("Expert");
    }

    public boolean usable() {
        return linked();
    }

    /** One opinion; unreadable dates or booleans are left empty rather than guessed. */
    public Optional<DsAvis> read(List<String> values) {
        String number = dossierNumber(values);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DsAvis(
                number,
                text(values, introduction),
                text(values, answer),
                text(values, question),
                yesNo(value(values, answerYesNo)),
                date(value(values, createdAt)),
                date(value(values, answeredAt)),
                emptyToNull(value(values, claimant)),
                emptyToNull(value(values, expert))));
    }

    private static String text(List<String> values, int index) {
        return emptyToNull(DsValues.normaliseLineBreaks(value(values, index)));
    }

    private static Boolean yesNo(String value) {
        try {
            return DsValues.bool(value).orElse(null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static OffsetDateTime date(String value) {
        try {
            return DsValues.dateTime(value).orElse(null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
