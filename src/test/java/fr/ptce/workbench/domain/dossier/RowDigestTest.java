package fr.ptce.workbench.domain.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RowDigestTest {

    private static final RowDigest SHEET = RowDigest.under(List.of("Dossiers", List.of("ID", "Nom du projet")));

    @Test
    void theSameRowUnderTheSameContextHasTheSameDigest() {
        String digest = SHEET.of(List.of("4242", "Projet"), new BitSet());
        assertEquals(32, digest.length());
        assertEquals(
                digest,
                RowDigest.under(List.of("Dossiers", List.of("ID", "Nom du projet")))
                        .of(List.of("4242", "Projet"), new BitSet()));
    }

    @Test
    void everyPartOfTheRowAndOfItsContextCounts() {
        BitSet computed = new BitSet();
        computed.set(1);
        List<String> digests = List.of(
                SHEET.of(List.of("4242", "Projet"), new BitSet()),
                SHEET.of(List.of("4242", "Projet."), new BitSet()),
                SHEET.of(List.of("4242", "Projet"), computed),
                SHEET.of(Arrays.asList("4242", null), new BitSet()),
                SHEET.of(List.of("4242", ""), new BitSet()),
                SHEET.of(List.of("4242"), new BitSet()),
                // the same characters cut elsewhere
                SHEET.of(List.of("424", "2Projet"), new BitSet()),
                RowDigest.under(List.of("Dossiers", List.of("ID", "Nom"))).of(List.of("4242", "Projet"), new BitSet()),
                RowDigest.under(List.of("Feuille", List.of("ID", "Nom du projet")))
                        .of(List.of("4242", "Projet"), new BitSet()));
        assertEquals(digests.size(), new HashSet<>(digests).size(), digests.toString());
    }

    @Test
    void oneCharacterChangedAnywhereInALongTextChangesTheDigest() {
        char[] text = "Une coopération territoriale réunit des acteurs de l'ESS. "
                .repeat(40)
                .toCharArray();
        Set<String> digests = new HashSet<>();
        digests.add(SHEET.of(List.of("1", new String(text)), new BitSet()));
        for (int i = 0; i < text.length; i += 7) {
            char[] changed = text.clone();
            changed[i] = (char) (changed[i] + 1);
            digests.add(SHEET.of(List.of("1", new String(changed)), new BitSet()));
        }
        assertEquals(1 + (text.length + 6) / 7, digests.size());
        assertNotEquals(SHEET.of(List.of("1", "ab"), new BitSet()), SHEET.of(List.of("1", "ba"), new BitSet()));
        assertTrue(digests.stream().allMatch(d -> d.matches("[0-9a-f]{32}")));
    }
}
