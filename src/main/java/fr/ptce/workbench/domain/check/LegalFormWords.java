package fr.ptce.workbench.domain.check;

import fr.ptce.workbench.domain.Wording;
import fr.ptce.workbench.domain.dossier.InseeLegalCategory;
import java.util.Locale;

/**
 * Words a legal-form verdict's reason and disagreement in a language, from the bundle {@code legal-form} beside
 * this class (French by default, English): the files the workbench writes use French, the window its own language.
 */
public final class LegalFormWords {

    private static final String BUNDLE = "fr.ptce.workbench.domain.check.legal-form";

    /** The files' words, asked for every exported row: looked up once (a bundle lookup per call was measured). */
    private static final LegalFormWords FRENCH = new LegalFormWords(Locale.FRENCH);

    private final Wording wording;

    private LegalFormWords(Locale locale) {
        this.wording = Wording.of(BUNDLE, locale);
    }

    /** The words of this language (French when the bundle does not have it). */
    public static LegalFormWords in(Locale locale) {
        return Locale.FRENCH.equals(locale) ? FRENCH : new LegalFormWords(locale);
    }

    /** Why the verdict says what it says. */
    public String explanation(LegalFormVerdict verdict) {
        String insee = verdict.inseeFamily() == null
                ? ""
                : format("insee", codeAndLabel(verdict.category()), family(verdict.inseeFamily()));
        String declared = verdict.declaredForm() == null ? "" : quote(verdict.declaredForm());
        return format("reason." + key(verdict.reason()), insee, declared);
    }

    /** How the category and the declared form disagree; null when they do not. */
    public String disagreement(LegalFormVerdict verdict) {
        if (!verdict.disagrees()) {
            return null;
        }
        LegalFamily said = verdict.declaredFamily();
        String declaredWords = said == LegalFamily.ASSOCIATION ? get("family.ASSOCIATION.short") : family(said);
        return format(
                "disagreement",
                quote(verdict.declaredForm()),
                declaredWords,
                codeAndLabel(verdict.category()),
                family(verdict.inseeFamily()));
    }

    /** The status's words. */
    public String status(LegalFormVerdict.Status status) {
        return get("status." + status.name());
    }

    private String family(LegalFamily family) {
        return get("family." + family.name());
    }

    private String codeAndLabel(InseeLegalCategory category) {
        return category.code() + (category.label() == null ? "" : " " + quote(category.label()));
    }

    private String quote(String text) {
        return format("quote", text);
    }

    private static String key(LegalFormReason reason) {
        return reason.name();
    }

    private String get(String key) {
        return wording.get(key);
    }

    private String format(String key, Object... arguments) {
        return wording.format(key, arguments);
    }
}
