package fr.ptce.workbench.application.common;

import fr.ptce.workbench.domain.CallTime;
import fr.ptce.workbench.persistence.common.VersionedRow;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * A save over someone else's newer change of a shared row (optimistic concurrency), refused with nothing written and
 * a French message naming who changed it and when: « Ghislaine Morel a modifié cette décision à 10:42 ». Not a
 * failure to report but a question for the view that saved: it carries both versions — the one the user tried to
 * save and the one stored, each as its use case knows it (an avis, a decision, a setting's value, a grid) — to show
 * them side by side, keep one or merge them, so that nothing typed is lost. The time is Paris time, in the command
 * line and in the window alike ({@link #time(OffsetDateTime)}).
 */
public class ConcurrentChangeException extends InvalidInputException {

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    /** What was changed, as the message names it. */
    public enum Subject {
        AVIS("cet avis", true),
        DECISION("cette décision", false),
        SETTING("ce réglage", false),
        GRID("la grille", false),
        CAMPAIGN("la campagne", false);

        private final String french;
        private final boolean text;

        Subject(String french, boolean text) {
            this.french = french;
            this.text = text;
        }

        /** « cet avis », « cette décision »… */
        public String french() {
            return french;
        }

        /** Whether its versions are texts that can be merged. */
        public boolean mergeable() {
            return text;
        }
    }

    private final Subject subject;
    private final String about;
    private final String who;
    private final OffsetDateTime at;
    private final transient Object mine;
    private final transient Object theirs;
    private final long baseVersion;
    private final long currentVersion;

    /**
     * @param about what the row is about, for the message (« dossier n° 12345 », « seuil de désaccord »)
     * @param who the name of whoever saved the stored version
     * @param at when they saved it
     * @param mine the version the user tried to save
     * @param theirs the version stored now
     */
    public ConcurrentChangeException(
            Subject subject,
            String about,
            String who,
            OffsetDateTime at,
            Object mine,
            Object theirs,
            long baseVersion,
            long currentVersion) {
        super(who + " a modifié " + subject.french() + " à " + time(at) + " (" + about + ")\u00a0: votre version n'a"
                + " pas été enregistrée, choisissez la vôtre" + (subject.mergeable() ? ", " : " ou ") + "la sienne"
                + (subject.mergeable() ? " ou fusionnez-les." : "."));
        this.subject = Objects.requireNonNull(subject, "subject");
        this.about = about;
        this.who = who;
        this.at = at;
        this.mine = mine;
        this.theirs = theirs;
        this.baseVersion = baseVersion;
        this.currentVersion = currentVersion;
    }

    /**
     * The refusal of a save over version {@code base} of a row now stamped {@code stored}: who is named without the
     * e-mail of their signature, and « Quelqu'un d'autre » when the row is gone.
     */
    public static ConcurrentChangeException over(
            Subject subject, String about, Optional<VersionedRow.Stamp> stored, Object mine, Object theirs, long base) {
        String by = stored.map(VersionedRow.Stamp::by).orElse("Quelqu'un d'autre");
        return new ConcurrentChangeException(
                subject,
                about,
                by.contains(" <") ? by.substring(0, by.indexOf(" <")) : by,
                stored.map(VersionedRow.Stamp::at).orElse(null),
                mine,
                theirs,
                base,
                stored.map(VersionedRow.Stamp::version).orElse(0L));
    }

    /** {@code HH:mm} in Paris time, as every « a modifié … à » says it, in the command line and the window. */
    public static String time(OffsetDateTime at) {
        return at == null ? "—" : HOURS.format(at.atZoneSameInstant(CallTime.PARIS));
    }

    public Subject subject() {
        return subject;
    }

    /** What the row is about (a dossier, a setting's name, a grid). */
    public String about() {
        return about;
    }

    /** Who saved the stored version. */
    public String who() {
        return who;
    }

    /** When the stored version was saved. */
    public OffsetDateTime at() {
        return at;
    }

    /** The version the user tried to save. */
    public Object mine() {
        return mine;
    }

    /** The version stored now. */
    public Object theirs() {
        return theirs;
    }

    /** The version the user started from (0: none stored then). */
    public long baseVersion() {
        return baseVersion;
    }

    /** The version stored now. */
    public long currentVersion() {
        return currentVersion;
    }
}
