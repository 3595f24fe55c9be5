package fr.ptce.workbench.domain.phase2;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A complete phase-2 dossier for the tests, to vary one field at a time. */
final class Phase2Fixtures {

    private Phase2Fixtures() {}

    static Phase2Dossier complete(List<BudgetLine> budget) {
        Map<Phase2Champ, String> texts = new EnumMap<>(Phase2Champ.class);
        texts.put(Phase2Champ.ANIMATION, "Une animatrice à mi-temps.");
        texts.put(Phase2Champ.ACTION_PROGRAMME, "Deux ans d'actions.");
        texts.put(Phase2Champ.ECONOMIC_MODEL, "Cotisations et prestations.");
        texts.put(Phase2Champ.INDICATORS, "Nombre de membres.");
        return new Phase2Dossier(
                "9000001",
                "1234567",
                "Pôle des Combes",
                "12345678900017",
                texts,
                false,
                "lettres.pdf",
                true,
                null,
                "porteur@example.org",
                OffsetDateTime.parse("2021-09-30T23:59:59+02:00"),
                budget,
                true);
    }

    static BudgetLine line(BudgetPost post, BudgetYear year, String state) {
        return BudgetLine.of(1, post, year, new BigDecimal(state), BigDecimal.ZERO, null);
    }
}
