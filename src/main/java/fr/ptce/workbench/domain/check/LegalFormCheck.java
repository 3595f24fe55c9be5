package fr.ptce.workbench.domain.check;

import fr.ptce.workbench.domain.Accents;
import fr.ptce.workbench.domain.check.LegalFormVerdict.Evidence;
import fr.ptce.workbench.domain.check.LegalFormVerdict.Status;
import fr.ptce.workbench.domain.dossier.CarrierStructure;
import fr.ptce.workbench.domain.dossier.InseeLegalCategory;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a carrier's legal form is one the call funds (« coopérative, association, ou société commerciale
 * bénéficiaire de l'agrément ESUS », a private legal person), from the evidence, strongest first:
 * <ol>
 * <li>the INSEE legal category of the applicant's SIRET establishment: public bodies (4xxx, 7xxx) and the
 * undeclared association (9210) are not eligible, the declared associations (other 92xx) are, and so is a category
 * whose INSEE label names a cooperative; foundations (93xx) and the other forms the call does not list are not; a
 * commercial company whose label does not say « coopérative » (5710 SAS, 5499 SARL…) cannot tell a SCIC or an ESUS
 * company from an ordinary one, so the declared form decides, and the ESUS agreement, which no exported data shows,
 * is to check;</li>
 * <li>the declared legal form, read whole: a parenthesis is content (« SAS (agrément ESUS) »), « sans agrément
 * ESUS » is a negation, an association « de fait » or « non déclarée » has no legal personality, an « association
 * syndicale autorisée » is a public body;</li>
 * <li>where the category and the declaration tell different things, the verdict says so.</li>
 * </ol>
 * The check flags for the reviewer; it never refuses a dossier.
 */
public final class LegalFormCheck {

    /** What the declared form says, read as the applicant wrote it. */
    private enum Declared {
        NONE(null),
        ASSOCIATION(LegalFamily.ASSOCIATION),
        UNDECLARED_ASSOCIATION(LegalFamily.UNDECLARED_ASSOCIATION),
        COOPERATIVE(LegalFamily.COOPERATIVE),
        ESUS_COMPANY(LegalFamily.COMPANY),
        COMPANY(LegalFamily.COMPANY),
        PUBLIC_BODY(LegalFamily.PUBLIC_BODY),
        FOUNDATION(LegalFamily.FOUNDATION),
        OTHER(null);

        private final LegalFamily family;

        Declared(LegalFamily family) {
            this.family = family;
        }
    }

    private static final Pattern NOT_A_LETTER = Pattern.compile("[^a-z0-9]+");
    private static final Pattern COOPERATIVE = Pattern.compile("\\b(cooperatives?|scop|scic|cae|cuma)\\b");
    private static final Pattern COMPANY =
            Pattern.compile("\\b(sas|sasu|sarl|eurl|sa|snc|sca|scs|sel|selarl|selas|societe|entreprise)\\b");
    private static final Pattern ESUS =
            Pattern.compile("\\besus\\b|\\bentreprise solidaire d utilite sociale\\b|\\bagrement\\b.*\\bsolidaire\\b");
    private static final Pattern NEGATED_ESUS =
            Pattern.compile("\\b(sans|non|pas|aucun|aucune|hors)\\b( \\w+){0,2} (agrement|agree|agreee|esus)\\b");
    /** Words a public body's designation starts with. */
    private static final List<String> PUBLIC_STARTS = List.of(
            "commune",
            "collectivite",
            "communaute de communes",
            "communaute d agglomeration",
            "communaute urbaine",
            "communaute de villes",
            "metropole",
            "departement",
            "conseil departemental",
            "region",
            "conseil regional",
            "mairie",
            "ville de",
            "syndicat mixte",
            "syndicat intercommunal",
            "etablissement public",
            "epci",
            "ccas",
            "cias",
            "centre communal d action sociale",
            "centre intercommunal d action sociale",
            "pole d equilibre",
            "petr",
            "groupement d interet public",
            "gip",
            "chambre de commerce",
            "chambre de metiers",
            "chambre des metiers",
            "chambre d agriculture",
            "etat",
            "service de l etat",
            "prefecture");
    /** Phrases that name a public body wherever they stand. */
    private static final List<String> PUBLIC_ANYWHERE = List.of(
            "association syndicale autorisee",
            "association fonciere",
            "collectivite territoriale",
            "etablissement public",
            "personne morale de droit public");

    private LegalFormCheck() {}

    /** The verdict on a carrier structure, against the shipped INSEE nomenclature; unknown without a structure. */
    public static LegalFormVerdict assess(CarrierStructure structure) {
        return structure == null
                ? assess(null, null, InseeLegalCategories.shipped())
                : assess(structure.legalForm(), structure.legalCategory(), InseeLegalCategories.shipped());
    }

    /**
     * The verdict on a declared form (null when none) and an establishment's INSEE category (null when unknown),
     * the category's label taken from the nomenclature when it has the code.
     */
    public static LegalFormVerdict assess(
            String declaredForm, InseeLegalCategory exported, InseeLegalCategories nomenclature) {
        String declaredText = declaredForm == null || declaredForm.isBlank() ? null : declaredForm.strip();
        Declared declared = declared(declaredText);
        InseeLegalCategory category = exported == null
                ? null
                : new InseeLegalCategory(
                        exported.code(), nomenclature.label(exported.code()).orElse(exported.label()));
        LegalFamily coded = category == null ? null : family(category);
        if (coded == null) {
            return fromDeclaration(declared, declaredText, category);
        }
        LegalFamily disagreeing = disagreeing(coded, declared);
        return switch (coded) {
            case ASSOCIATION, COOPERATIVE ->
                new LegalFormVerdict(
                        Status.ELIGIBLE,
                        Evidence.INSEE_CATEGORY,
                        category,
                        declaredText,
                        LegalFormReason.INSEE_FUNDED_FORM,
                        coded,
                        disagreeing);
            case PUBLIC_BODY ->
                new LegalFormVerdict(
                        Status.NOT_ELIGIBLE,
                        Evidence.INSEE_CATEGORY,
                        category,
                        declaredText,
                        LegalFormReason.INSEE_PUBLIC_BODY,
                        coded,
                        disagreeing);
            case UNDECLARED_ASSOCIATION ->
                new LegalFormVerdict(
                        Status.NOT_ELIGIBLE,
                        Evidence.INSEE_CATEGORY,
                        category,
                        declaredText,
                        LegalFormReason.INSEE_UNDECLARED_ASSOCIATION,
                        coded,
                        disagreeing);
            case FOUNDATION, NOT_LISTED ->
                new LegalFormVerdict(
                        Status.NOT_ELIGIBLE,
                        Evidence.INSEE_CATEGORY,
                        category,
                        declaredText,
                        LegalFormReason.INSEE_NOT_LISTED,
                        coded,
                        disagreeing);
            case COMPANY -> company(category, declared, declaredText, disagreeing);
        };
    }

    /** A commercial company whose category does not say cooperative: the declared form decides. */
    private static LegalFormVerdict company(
            InseeLegalCategory category, Declared declared, String declaredText, LegalFamily disagreeing) {
        LegalFamily company = LegalFamily.COMPANY;
        return switch (declared) {
            case COOPERATIVE ->
                new LegalFormVerdict(
                        Status.ELIGIBLE,
                        Evidence.DECLARED_FORM,
                        category,
                        declaredText,
                        LegalFormReason.INSEE_COMPANY_DECLARED_COOPERATIVE,
                        company,
                        disagreeing);
            case ESUS_COMPANY ->
                new LegalFormVerdict(
                        Status.ESUS_TO_CHECK,
                        Evidence.DECLARED_FORM,
                        category,
                        declaredText,
                        LegalFormReason.INSEE_COMPANY_DECLARED_ESUS,
                        company,
                        disagreeing);
            case NONE ->
                new LegalFormVerdict(
                        Status.UNKNOWN,
                        Evidence.INSEE_CATEGORY,
                        category,
                        null,
                        LegalFormReason.INSEE_COMPANY_NOT_DECLARED,
                        company,
                        disagreeing);
            default ->
                new LegalFormVerdict(
                        Status.NOT_ELIGIBLE,
                        Evidence.DECLARED_FORM,
                        category,
                        declaredText,
                        LegalFormReason.INSEE_COMPANY_DECLARED_OTHER,
                        company,
                        disagreeing);
        };
    }

    /** Without a usable category, the declared form alone. */
    private static LegalFormVerdict fromDeclaration(
            Declared declared, String declaredText, InseeLegalCategory category) {
        return switch (declared) {
            case NONE -> alone(Status.UNKNOWN, Evidence.NONE, category, null, LegalFormReason.NOTHING);
            case ASSOCIATION -> alone(Status.ELIGIBLE, category, declaredText, LegalFormReason.DECLARED_ASSOCIATION);
            case COOPERATIVE -> alone(Status.ELIGIBLE, category, declaredText, LegalFormReason.DECLARED_COOPERATIVE);
            case ESUS_COMPANY ->
                alone(Status.ESUS_TO_CHECK, category, declaredText, LegalFormReason.DECLARED_ESUS_COMPANY);
            case COMPANY -> alone(Status.NOT_ELIGIBLE, category, declaredText, LegalFormReason.DECLARED_COMPANY);
            case PUBLIC_BODY ->
                alone(Status.NOT_ELIGIBLE, category, declaredText, LegalFormReason.DECLARED_PUBLIC_BODY);
            case UNDECLARED_ASSOCIATION ->
                alone(Status.NOT_ELIGIBLE, category, declaredText, LegalFormReason.DECLARED_UNDECLARED_ASSOCIATION);
            case FOUNDATION, OTHER ->
                alone(Status.NOT_ELIGIBLE, category, declaredText, LegalFormReason.DECLARED_OTHER);
        };
    }

    private static LegalFormVerdict alone(
            Status status, InseeLegalCategory category, String declaredText, LegalFormReason reason) {
        return alone(status, Evidence.DECLARED_FORM, category, declaredText, reason);
    }

    private static LegalFormVerdict alone(
            Status status,
            Evidence evidence,
            InseeLegalCategory category,
            String declaredText,
            LegalFormReason reason) {
        return new LegalFormVerdict(status, evidence, category, declaredText, reason, null, null);
    }

    /** The family a category's code and label say, null when the code is not a four-digit INSEE code. */
    private static LegalFamily family(InseeLegalCategory category) {
        String code = category.code();
        if (!code.matches("\\d{4}")) {
            return null;
        }
        char first = code.charAt(0);
        if (first == '4' || first == '7') {
            return LegalFamily.PUBLIC_BODY;
        }
        if (code.equals("9210")) {
            return LegalFamily.UNDECLARED_ASSOCIATION;
        }
        if (code.startsWith("92")) {
            return LegalFamily.ASSOCIATION;
        }
        if (category.label() != null
                && COOPERATIVE.matcher(normalise(category.label())).find()) {
            return LegalFamily.COOPERATIVE;
        }
        if (code.startsWith("93")) {
            return LegalFamily.FOUNDATION;
        }
        return first == '5' ? LegalFamily.COMPANY : LegalFamily.NOT_LISTED;
    }

    /** What a declared form says, read whole: parentheses and negations included. */
    private static Declared declared(String form) {
        if (form == null) {
            return Declared.NONE;
        }
        String text = normalise(form);
        if (PUBLIC_STARTS.stream().anyMatch(p -> text.equals(p) || text.startsWith(p + " "))
                || PUBLIC_ANYWHERE.stream().anyMatch(p -> contains(text, p))) {
            return Declared.PUBLIC_BODY;
        }
        if (contains(text, "association de fait")
                || contains(text, "association") && (contains(text, "non declaree") || contains(text, "non declare"))) {
            return Declared.UNDECLARED_ASSOCIATION;
        }
        if (contains(text, "fondation") || contains(text, "fonds de dotation")) {
            return Declared.FOUNDATION;
        }
        if (COOPERATIVE.matcher(text).find()) {
            return Declared.COOPERATIVE;
        }
        if (contains(text, "association") || contains(text, "loi 1901") || contains(text, "asso")) {
            return Declared.ASSOCIATION;
        }
        if (ESUS.matcher(text).find()) {
            return NEGATED_ESUS.matcher(text).find() ? Declared.COMPANY : Declared.ESUS_COMPANY;
        }
        return COMPANY.matcher(text).find() ? Declared.COMPANY : Declared.OTHER;
    }

    /** What the declaration says when it disagrees with the category; null when they agree or it says nothing. */
    private static LegalFamily disagreeing(LegalFamily coded, Declared declared) {
        LegalFamily said = declared.family;
        if (said == null || said == coded || coded == LegalFamily.COMPANY && said == LegalFamily.COOPERATIVE) {
            return null;
        }
        return said;
    }

    private static boolean contains(String text, String phrase) {
        return (" " + text + " ").contains(" " + phrase + " ");
    }

    /** Lower case without accents, every run of other characters (parentheses, apostrophes…) one space. */
    static String normalise(String text) {
        String folded = Accents.strip(text).toLowerCase(Locale.ROOT);
        return NOT_A_LETTER.matcher(folded).replaceAll(" ").strip();
    }
}
