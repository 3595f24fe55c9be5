package fr.ptce.workbench.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fr.ptce.workbench.domain.avis.AvisAlert;
import fr.ptce.workbench.domain.national.GateRefusal;
import fr.ptce.workbench.domain.phase2.LinkProblem;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The domain bundles: the same keys in both languages, and every kind of data worded in each. */
class WordingTest {

    @ParameterizedTest
    @ValueSource(strings = {"check.legal-form", "avis.alert", "national.gate", "phase2.link"})
    void englishHasEveryFrenchKey(String bundle) {
        String name = "fr.ptce.workbench.domain." + bundle;
        ResourceBundle.Control noFallback =
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        ResourceBundle french = ResourceBundle.getBundle(name, Locale.ROOT, noFallback);
        ResourceBundle english = ResourceBundle.getBundle(name, Locale.ENGLISH, noFallback);
        assertEquals(Locale.ENGLISH, english.getLocale(), name + " has an English file");
        assertEquals(keys(french), keys(english), name);
    }

    @ParameterizedTest
    @EnumSource(AvisAlert.Kind.class)
    void everyAlertIsWordedInBothLanguages(AvisAlert.Kind kind) {
        AvisAlert alert = new AvisAlert(kind, 2);
        String french = alert.french();
        String english = alert.words(Locale.ENGLISH);
        assertFalse(french.contains("{") || english.contains("{"), french + " / " + english);
        assertNotEquals(french, english);
        assertEquals(french, alert.words(Locale.GERMAN), "French when the language is not there");
    }

    @ParameterizedTest
    @EnumSource(GateRefusal.Kind.class)
    void everyRefusalIsWordedInBothLanguages(GateRefusal.Kind kind) {
        GateRefusal refusal = new GateRefusal(kind, "peut-être", 2);
        String french = refusal.french();
        String english = refusal.words(Locale.ENGLISH);
        assertFalse(french.contains("{") || english.contains("{"), french + " / " + english);
        assertNotEquals(french, english);
    }

    @ParameterizedTest
    @EnumSource(LinkProblem.class)
    void everyLinkProblemIsWordedInBothLanguages(LinkProblem problem) {
        String french = problem.reason();
        String english = problem.words(Locale.ENGLISH);
        assertFalse(french.contains("{") || english.contains("{") || french.contains("''"), french + " / " + english);
        assertNotEquals(french, english);
    }

    @Test
    void frenchCountsCriteriaInTheSingularUpToOne() {
        assertEquals(
                "non éligible\u00a0: 1 critère sur 7 rempli, il en faut 4",
                new GateRefusal(GateRefusal.Kind.NOT_ELIGIBLE, null, 1).french());
        assertEquals(
                "non éligible\u00a0: 3 critères sur 7 remplis, il en faut 4",
                new GateRefusal(GateRefusal.Kind.NOT_ELIGIBLE, null, 3).french());
        assertEquals(
                "il ne répond ni à la cible b) ni à la cible c) selon l'avis de la région",
                new GateRefusal(GateRefusal.Kind.NO_TARGET, null, null).french());
        assertEquals(
                "recevabilité «\u00a0peut-être\u00a0» inconnue",
                new GateRefusal(GateRefusal.Kind.ADMISSIBILITY_UNRECOGNISED, "peut-être", null).french());
    }

    private static Set<String> keys(ResourceBundle bundle) {
        return new TreeSet<>(bundle.keySet());
    }
}
