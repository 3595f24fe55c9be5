package fr.ptce.workbench.domain.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.domain.check.LegalFormVerdict.Evidence;
import fr.ptce.workbench.domain.check.LegalFormVerdict.Status;
import fr.ptce.workbench.domain.dossier.CarrierStructure;
import fr.ptce.workbench.domain.dossier.InseeLegalCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LegalFormCheckTest {

    private static final String COOPERATIVE = "Coopérative (SCOP, SCIC, CAE…)";
    private static final String ESUS = "Société commerciale bénéficiaire de l'agrément ESUS";

    private static LegalFormVerdict assess(String declared, String code) {
        return LegalFormCheck.assess(
                declared, code == null ? null : new InseeLegalCategory(code, null), InseeLegalCategories.shipped());
    }

    private static LegalFormVerdict declared(String declared) {
        return assess(declared, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"7210", "7346", "7229", "4140", "7321"})
    void publicBodyCategoriesAreNotEligibleWhateverIsDeclared(String code) {
        LegalFormVerdict verdict = assess("Association", code);
        assertEquals(Status.NOT_ELIGIBLE, verdict.status());
        assertEquals(Evidence.INSEE_CATEGORY, verdict.evidence());
        assertTrue(verdict.explanation().contains("personne morale de droit public"), verdict.explanation());
    }

    @Test
    void theUndeclaredAssociationCategoryIsNotEligible() {
        LegalFormVerdict verdict = assess("Association", "9210");
        assertEquals(Status.NOT_ELIGIBLE, verdict.status());
        assertEquals("Association non déclarée", verdict.category().label());
        assertTrue(verdict.disagrees(), "declared an association, registered as an undeclared one");
    }

    @ParameterizedTest
    @ValueSource(strings = {"9220", "9221", "9222", "9230", "9260"})
    void declaredAssociationCategoriesAreEligible(String code) {
        LegalFormVerdict verdict = assess("Association", code);
        assertEquals(Status.ELIGIBLE, verdict.status());
        assertEquals(Evidence.INSEE_CATEGORY, verdict.evidence());
        assertFalse(verdict.disagrees());
    }

    @ParameterizedTest
    @ValueSource(strings = {"5458", "5459", "5460", "5547", "5558", "5560", "5658", "6316", "6317", "6318", "6560"})
    void aCategoryWhoseInseeLabelNamesACooperativeIsEligible(String code) {
        LegalFormVerdict verdict = assess(COOPERATIVE, code);
        assertEquals(Status.ELIGIBLE, verdict.status(), verdict.category().label());
        assertEquals(Evidence.INSEE_CATEGORY, verdict.evidence());
        assertFalse(verdict.disagrees());
    }

    @Test
    void aCooperativeLabelOutsideTheNomenclatureStillCounts() {
        // the 2022 revision's label, on a code the shipped nomenclature does not have
        LegalFormVerdict verdict = LegalFormCheck.assess(
                null,
                new InseeLegalCategory("5457", "SARL coopérative de production (SCOP)"),
                InseeLegalCategories.shipped());
        assertEquals(Status.ELIGIBLE, verdict.status());
        assertEquals("SARL coopérative de production (SCOP)", verdict.category().label());
    }

    @Test
    void aCooperationThatIsNotACooperativeDoesNotCount() {
        // « Groupement de coopération sanitaire à gestion privée »: coopération, not coopérative
        assertEquals(Status.NOT_ELIGIBLE, assess(COOPERATIVE, "9970").status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"9300", "8210", "8410", "9110", "9900", "6220", "6540", "1000", "2110"})
    void foundationsAndOtherFormsTheCallDoesNotListAreNotEligible(String code) {
        LegalFormVerdict verdict = assess(null, code);
        assertEquals(Status.NOT_ELIGIBLE, verdict.status(), code);
        assertEquals(Evidence.INSEE_CATEGORY, verdict.evidence());
    }

    @Test
    void aCommercialCompanyCodeLetsTheDeclaredFormDecide() {
        LegalFormVerdict scic = assess(COOPERATIVE, "5710");
        assertEquals(Status.ELIGIBLE, scic.status());
        assertEquals(Evidence.DECLARED_FORM, scic.evidence());
        assertFalse(scic.disagrees(), "a SCIC is a SAS: the code cannot say so, it does not contradict it");

        LegalFormVerdict ordinary = assess("SAS classique", "5710");
        assertEquals(Status.NOT_ELIGIBLE, ordinary.status());
        assertEquals(Evidence.DECLARED_FORM, ordinary.evidence());

        assertEquals(Status.UNKNOWN, assess(null, "5710").status());
    }

    @Test
    void anEsusCompanyIsEsusToCheckForNoDataShowsTheAgreement() {
        LegalFormVerdict verdict = assess(ESUS, "5499");
        assertEquals(Status.ESUS_TO_CHECK, verdict.status());
        assertEquals(Boolean.TRUE, verdict.eligible());
        assertEquals(
                "Société à responsabilité limitée (sans autre indication)",
                verdict.category().label());
        assertTrue(verdict.explanation().contains("agrément ESUS à vérifier"), verdict.explanation());
        assertEquals(Status.ESUS_TO_CHECK, declared(ESUS).status());
    }

    @Test
    void aParenthesisIsContent() {
        assertEquals(Status.ESUS_TO_CHECK, declared("SAS (agrément ESUS)").status());
        assertEquals(Status.ESUS_TO_CHECK, assess("SAS (agrément ESUS)", "5710").status());
        assertEquals(Status.ELIGIBLE, declared("SAS (SCIC)").status());
        assertEquals(Status.NOT_ELIGIBLE, declared("Association (non déclarée)").status());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"SAS sans agrément ESUS", "SARL non agréée ESUS", "Société commerciale, pas d'agrément ESUS"})
    void sansAgrementIsANegation(String form) {
        assertEquals(Status.NOT_ELIGIBLE, declared(form).status(), form);
        assertEquals(Status.NOT_ELIGIBLE, assess(form, "5710").status(), form);
    }

    @Test
    void anAssociationDeFaitIsNotEligible() {
        LegalFormVerdict verdict = declared("Association de fait (non déclarée)");
        assertEquals(Status.NOT_ELIGIBLE, verdict.status());
        assertTrue(verdict.explanation().contains("personnalité morale"), verdict.explanation());
    }

    @Test
    void anAssociationSyndicaleAutoriseeIsAPublicBody() {
        assertEquals(
                Status.NOT_ELIGIBLE, declared("Association syndicale autorisée").status());
        assertEquals(
                Status.NOT_ELIGIBLE,
                declared("Association syndicale autorisée (ASA)").status());
        assertFalse(assess("Association syndicale autorisée", "7321").disagrees());
    }

    @Test
    void aDisagreementBetweenCategoryAndDeclarationIsReported() {
        LegalFormVerdict verdict = assess("Association", "7210");
        assertEquals(Status.NOT_ELIGIBLE, verdict.status());
        assertEquals(
                "La forme déclarée «\u00A0Association\u00A0» dit une association, la catégorie juridique INSEE"
                        + " 7210 «\u00A0Commune et commune nouvelle\u00A0» dit une personne morale de droit public.",
                verdict.disagreement());
        assertTrue(assess(ESUS, "9220").disagrees());
        assertFalse(assess("Association", "9220").disagrees());
        assertFalse(assess("Collectivité territoriale", "7346").disagrees());
        assertFalse(assess("Fondation", "9300").disagrees());
        assertFalse(
                assess("Un texte libre que rien ne lit", "9220").disagrees(),
                "a declaration that says nothing readable contradicts nothing");
        assertFalse(assess("Communauté Emmaüs", "9220").disagrees(), "a communauté is not always a public body");
        assertTrue(assess("Communauté d'agglomération", "9220").disagrees());
    }

    @Test
    void withoutCategoryTheDeclaredFormDecides() {
        assertEquals(Status.ELIGIBLE, declared("Association").status());
        assertEquals(Status.ELIGIBLE, declared("association loi 1901").status());
        assertEquals(Status.ELIGIBLE, declared(COOPERATIVE).status());
        assertEquals(Evidence.DECLARED_FORM, declared(COOPERATIVE).evidence());
        for (String other : new String[] {
            "Fondation", "Commune", "Collectivité territoriale", "SAS classique", "Communauté de communes", "GIE"
        }) {
            assertEquals(Status.NOT_ELIGIBLE, declared(other).status(), other);
        }
        LegalFormVerdict nothing = declared(" ");
        assertEquals(Status.UNKNOWN, nothing.status());
        assertEquals(Evidence.NONE, nothing.evidence());
        assertNull(nothing.eligible());
        assertNull(nothing.declaredForm());
    }

    @Test
    void theNomenclatureLabelReplacesAMissingOrOtherDsLabel() {
        LegalFormVerdict verdict = LegalFormCheck.assess(
                "Association", new InseeLegalCategory("9220", "ASSO DECL"), InseeLegalCategories.shipped());
        assertEquals(new InseeLegalCategory("9220", "Association déclarée"), verdict.category());
    }

    @Test
    void anUnreadableCodeLeavesTheDeclaredFormToDecide() {
        LegalFormVerdict verdict = assess("Association", "n/a");
        assertEquals(Status.ELIGIBLE, verdict.status());
        assertEquals(Evidence.DECLARED_FORM, verdict.evidence());
        assertEquals("n/a", verdict.category().code());
    }

    @Test
    void aStructureIsAssessedOnItsDeclaredFormAndItsEstablishmentsCategory() {
        CarrierStructure structure = new CarrierStructure(
                "Les Alizés", null, "Fondation", "71146087300021", null, new InseeLegalCategory("9300", "Fondation"));
        assertEquals(Status.NOT_ELIGIBLE, LegalFormCheck.assess(structure).status());
        assertEquals(
                Status.UNKNOWN, LegalFormCheck.assess((CarrierStructure) null).status());
    }

    @Test
    void explanationsUseFrenchTypography() {
        for (LegalFormVerdict verdict : new LegalFormVerdict[] {
            assess("Association", "7210"),
            assess(ESUS, "5499"),
            assess("SAS classique", "5710"),
            declared("Association"),
            declared(null)
        }) {
            String text = verdict.explanation() + (verdict.disagrees() ? verdict.disagreement() : "");
            assertFalse(text.contains(" :") || text.contains(" ;") || text.contains("« ") || text.contains(" »"), text);
        }
    }

    @Test
    void everyReasonIsWordedInFrenchAndInEnglishWithItsValues() {
        InseeLegalCategory company = new InseeLegalCategory("5710", "SAS, société par actions simplifiée");
        for (LegalFormReason reason : LegalFormReason.values()) {
            LegalFormVerdict verdict = new LegalFormVerdict(
                    Status.UNKNOWN,
                    Evidence.INSEE_CATEGORY,
                    company,
                    "Forme d'essai",
                    reason,
                    LegalFamily.COMPANY,
                    LegalFamily.ASSOCIATION);
            for (java.util.Locale locale : new java.util.Locale[] {java.util.Locale.FRENCH, java.util.Locale.ENGLISH}) {
                LegalFormWords words = LegalFormWords.in(locale);
                String text = words.explanation(verdict) + " " + words.disagreement(verdict);
                assertFalse(text.contains("{") || text.contains("''"), locale + " " + reason + ": " + text);
                assertTrue(words.disagreement(verdict).contains("Forme d'essai"), text);
                if (reason.name().startsWith("INSEE")) {
                    assertTrue(text.contains("5710"), locale + " " + reason + ": " + text);
                }
            }
        }
    }

    @Test
    void theEnglishWindowReadsTheVerdictInEnglishAndTheFilesKeepFrench() {
        LegalFormVerdict verdict = assess("Association", "7210");
        assertEquals("non éligible", verdict.status().label());
        assertTrue(verdict.explanation().startsWith("Catégorie juridique INSEE 7210"), verdict.explanation());
        LegalFormWords english = LegalFormWords.in(java.util.Locale.ENGLISH);
        assertEquals("not eligible", english.status(verdict.status()));
        assertTrue(english.explanation(verdict).startsWith("INSEE legal category 7210"), english.explanation(verdict));
        assertTrue(
                english.explanation(verdict).contains("the call funds private-law legal persons"),
                english.explanation(verdict));
        assertTrue(
                english.disagreement(verdict).startsWith("The declared form “Association” says an association"),
                english.disagreement(verdict));
    }
}
