package fr.ptce.workbench.application;

import java.math.BigDecimal;

/**
 * Where the instruction of one dossier stands for the list: scored (the user's review is complete), with an avis,
 * and the user's total out of 100 (null while the user has no review).
 */
public record DossierProgress(String dossierNumber, boolean scored, boolean hasAvis, BigDecimal total) {
}
