package fr.ptce.workbench.domain.dossier;

import java.time.OffsetDateTime;

/**
 * An expert opinion requested on DS ({@code Avis} sheet), shown on the dossier as the applicant's file
 * carries it; distinct from the workbench's own reviews and from the region's avis.
 *
 * @param introduction the request the instructor wrote ({@code Question / Introduction}, later {@code Introduction})
 * @param answer the expert's answer, null when not answered
 * @param question the optional yes/no question (2023 on), null otherwise
 * @param answerYesNo the answer to that question, null when none
 * @param answeredAt DS's {@code Répondu le}, which is really the last update of the avis
 */
public record DsAvis(
        String dossierNumber,
        String introduction,
        String answer,
        String question,
        Boolean answerYesNo,
        OffsetDateTime createdAt,
        OffsetDateTime answeredAt,
        String claimant,
        String expert) {}
