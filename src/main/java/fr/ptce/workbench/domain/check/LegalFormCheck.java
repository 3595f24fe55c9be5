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

    private static final String NBSP = "\u00A0";

    /** What a category or a declaration says the structure is. */
    private enum Family {
        ASSOCIATION("une association déclarée"),
        UNDECLARED_ASSOCIATION("une association non déclarée, sans personnalité morale"),
        COOPERATIVE("une coopérative"),
        COMPANY("une société commerciale"),
        PUBLIC_BODY("une personne morale de droit public"),
        FOUNDATION("une fondation"),
        NOT_LISTED("une forme que l'appel ne retient pas");

        private final String words;

        Family(String words) {
            this.words = words;
        }
    }

    /** What the declared form says, read as the applicant wrote it. */
    private enum Declared {
        NONE(null), ASSOCIATION(Family.ASSOCIATION), UNDECLARED_ASSOCIATION(Family.UNDECLARED_ASSOCIATION),
        COOPERATIVE(Family.COOPERATIVE), ESUS_COMPANY(Family.COMPANY), COMPANY(Family.COMPANY),
        PUBLIC_BODY(Family.PUBLIC_BODY), FOUNDATION(Family.FOUNDATION), OTHER(null);

        private final Family family;

        Declared(Family family) {
            this.family = family;
        }
    }

    private static final Pattern NOT_A_LETTER = Pattern.compile("[^a-z0-9]+");
    private static final Pattern COOPERATIVE = Pattern.compile("\\b(cooperatives?|scop|scic|cae|cuma)\\b");
    private static final Pattern COMPANY = Pattern.compile(
            "\\b(sas|sasu|sarl|eurl|sa|snc|sca|scs|sel|selarl|selas|societe|entreprise)\\b");
    private static final Pattern ESUS = Pattern.compile(
            "\\besus\\b|\\bentreprise solidaire d utilite sociale\\b|\\bagrement\\b.*\\bsolidaire\\b");
    private static final Pattern NEGATED_ESUS = Pattern.compile(
            "\\b(sans|non|pas|aucun|aucune|hors)\\b( \\w+){0,2} (agrement|agree|agreee|esus)\\b");
    /** Words a public body's designation starts with. */
    private static final List<String> PUBLIC_STARTS = List.of("commune", "collectivite", "communaute de communes",
            "communaute d agglomeration", "communaute urbaine", "communaute de villes", "metropole",
            "departement", "conseil departemental", "region", "conseil regional", "mairie", "ville de",
            "syndicat mixte", "syndicat intercommunal", "etablissement public", "epci", "ccas", "cias",
            "centre communal d action sociale", "centre intercommunal d action sociale", "pole d equilibre",
            "petr", "groupement d interet public", "gip", "chambre de commerce", "chambre de metiers",
            "chambre des metiers", "chambre d agriculture", "etat", "service de l etat", "prefecture");
    /** Phrases that name a public body wherever they stand. */
    private static final List<String> PUBLIC_ANYWHERE = List.of("association syndicale autorisee",
            "association fonciere", "collectivite territoriale", "etablissement public",
            "personne morale de droit public");

    private LegalFormCheck() {
    }

    /** The verdict on a carrier structure, against the shipped INSEE nomenclature; unknown without a structure. */
    public static LegalFormVerdict assess(CarrierStructure structure) {
        return structure == null ? assess(null, null, InseeLegalCategories.shipped())
                : assess(structure.legalForm(), structure.legalCategory(), InseeLegalCategories.shipped());
    }

    /**
     * The verdict on a declared form (null when none) and an establishment's INSEE category (null when unknown),
     * the category's label taken from the nomenclature when it has the code.
     */
    public static LegalFormVerdict assess(String declaredForm, InseeLegalCategory exported,
            InseeLegalCategories nomenclature) {
        String declaredText = declaredForm == null || declaredForm.isBlank() ? null : declaredForm.strip();
        Declared declared = declared(declaredText);
        InseeLegalCategory category = exported == null ? null : new InseeLegalCategory(exported.code(),
                nomenclature.label(exported.code()).orElse(exported.label()));
        Family coded = category == null ? null : family(category);
        if (coded == null) {
            return fromDeclaration(declared, declaredText, category);
        }
        String disagreement = disagreement(coded, declared, declaredText, category);
        String insee = describe(category) + NBSP + ": " + coded.words;
        return switch (coded) {
            case ASSOCIATION, COOPERATIVE -> verdict(Status.ELIGIBLE, Evidence.INSEE_CATEGORY, category, declaredText,
                    insee + ", forme que l'appel retient.", disagreement);
            case PUBLIC_BODY -> verdict(Status.NOT_ELIGIBLE, Evidence.INSEE_CATEGORY, category, declaredText,
                    insee + NBSP + "; l'appel retient des personnes morales de droit privé.", disagreement);
            case UNDECLARED_ASSOCIATION -> verdict(Status.NOT_ELIGIBLE, Evidence.INSEE_CATEGORY, category,
                    declaredText, insee + NBSP + "; l'appel retient des personnes morales.", disagreement);
            case FOUNDATION, NOT_LISTED -> verdict(Status.NOT_ELIGIBLE, Evidence.INSEE_CATEGORY, category,
                    declaredText, insee + NBSP + "; l'appel retient les coopératives, les associations et les"
                            + " sociétés commerciales agréées ESUS.", disagreement);
            case COMPANY -> company(category, declared, declaredText, insee, disagreement);
        };
    }

    /** A commercial company whose category does not say cooperative: the declared form decides. */
    private static LegalFormVerdict company(InseeLegalCategory category, Declared declared, String declaredText,
            String insee, String disagreement) {
        String company = insee + ", dont le code ne dit pas si elle est coopérative ou agréée ESUS";
        return switch (declared) {
            case COOPERATIVE -> verdict(Status.ELIGIBLE, Evidence.DECLARED_FORM, category, declaredText,
                    company + NBSP + "; la forme déclarée " + quote(declaredText) + " dit une coopérative.",
                    disagreement);
            case ESUS_COMPANY -> verdict(Status.ESUS_TO_CHECK, Evidence.DECLARED_FORM, category, declaredText,
                    company + NBSP + "; la forme déclarée " + quote(declaredText) + " invoque l'agrément ESUS,"
                            + " qu'aucune donnée de l'export ne montre" + NBSP + ": agrément ESUS à vérifier.",
                    disagreement);
            case NONE -> verdict(Status.UNKNOWN, Evidence.INSEE_CATEGORY, category, null,
                    company + NBSP + "; sans forme déclarée, rien ne dit qu'elle l'est" + NBSP + ": à vérifier.",
                    disagreement);
            default -> verdict(Status.NOT_ELIGIBLE, Evidence.DECLARED_FORM, category, declaredText,
                    company + NBSP + "; la forme déclarée " + quote(declaredText) + " ne dit ni une coopérative ni"
                            + " l'agrément ESUS.", disagreement);
        };
    }

    /** Without a usable category, the declared form alone. */
    private static LegalFormVerdict fromDeclaration(Declared declared, String declaredText,
            InseeLegalCategory category) {
        String form = "Forme déclarée " + quote(declaredText);
        String alone = NBSP + "; aucune catégorie juridique INSEE ne la confirme.";
        return switch (declared) {
            case NONE -> verdict(Status.UNKNOWN, Evidence.NONE, category, null,
                    "Ni catégorie juridique INSEE ni forme déclarée" + NBSP + ": à vérifier.", null);
            case ASSOCIATION -> verdict(Status.ELIGIBLE, Evidence.DECLARED_FORM, category, declaredText,
                    form + NBSP + ": une association, forme que l'appel retient" + alone, null);
            case COOPERATIVE -> verdict(Status.ELIGIBLE, Evidence.DECLARED_FORM, category, declaredText,
                    form + NBSP + ": une coopérative, forme que l'appel retient" + alone, null);
            case ESUS_COMPANY -> verdict(Status.ESUS_TO_CHECK, Evidence.DECLARED_FORM, category, declaredText,
                    form + NBSP + ": une société commerciale qui invoque l'agrément ESUS, qu'aucune donnée de"
                            + " l'export ne montre" + NBSP + ": agrément ESUS à vérifier.", null);
            case COMPANY -> verdict(Status.NOT_ELIGIBLE, Evidence.DECLARED_FORM, category, declaredText,
                    form + NBSP + ": une société commerciale sans l'agrément ESUS.", null);
            case PUBLIC_BODY -> verdict(Status.NOT_ELIGIBLE, Evidence.DECLARED_FORM, category, declaredText,
                    form + NBSP + ": une personne morale de droit public" + NBSP + "; l'appel retient des"
                            + " personnes morales de droit privé.", null);
            case UNDECLARED_ASSOCIATION -> verdict(Status.NOT_ELIGIBLE, Evidence.DECLARED_FORM, category,
                    declaredText, form + NBSP + ": une association non déclarée n'a pas la personnalité morale.",
                    null);
            case FOUNDATION, OTHER -> verdict(Status.NOT_ELIGIBLE, Evidence.DECLARED_FORM, category, declaredText,
                    form + NBSP + ": ni une coopérative, ni une association, ni une société commerciale agréée"
                            + " ESUS.", null);
        };
    }

    private static LegalFormVerdict verdict(Status status, Evidence evidence, InseeLegalCategory category,
            String declaredForm, String explanation, String disagreement) {
        return new LegalFormVerdict(status, evidence, category, declaredForm, explanation, disagreement);
    }

    /** The family a category's code and label say, null when the code is not a four-digit INSEE code. */
    private static Family family(InseeLegalCategory category) {
        String code = category.code();
        if (!code.matches("\\d{4}")) {
            return null;
        }
        char first = code.charAt(0);
        if (first == '4' || first == '7') {
            return Family.PUBLIC_BODY;
        }
        if (code.equals("9210")) {
            return Family.UNDECLARED_ASSOCIATION;
        }
        if (code.startsWith("92")) {
            return Family.ASSOCIATION;
        }
        if (category.label() != null && COOPERATIVE.matcher(normalise(category.label())).find()) {
            return Family.COOPERATIVE;
        }
        if (code.startsWith("93")) {
            return Family.FOUNDATION;
        }
        return first == '5' ? Family.COMPANY : Family.NOT_LISTED;
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
        if (contains(text, "association de fait") || contains(text, "association")
                && (contains(text, "non declaree") || contains(text, "non declare"))) {
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

    /** How the category and the declaration disagree, in French; null when they agree or either says nothing. */
    private static String disagreement(Family coded, Declared declared, String declaredText,
            InseeLegalCategory category) {
        Family said = declared.family;
        if (said == null || said == coded || coded == Family.COMPANY && said == Family.COOPERATIVE) {
            return null;
        }
        String declaredWords = said == Family.ASSOCIATION ? "une association" : said.words;
        return "La forme déclarée " + quote(declaredText) + " dit " + declaredWords + ", la catégorie juridique"
                + " INSEE " + codeAndLabel(category) + " dit " + coded.words + ".";
    }

    private static String describe(InseeLegalCategory category) {
        return "Catégorie juridique INSEE " + codeAndLabel(category);
    }

    private static String codeAndLabel(InseeLegalCategory category) {
        return category.code() + (category.label() == null ? "" : " " + quote(category.label()));
    }

    private static String quote(String text) {
        return "«" + NBSP + text + NBSP + "»";
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
