package fr.ptce.workbench.domain.campaign;

import static fr.ptce.workbench.domain.CallTime.PARIS;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The data of one campaign of the call: its waves and the numbers its decisions are counted against. Every number is
 * data, edited by PESSII, versioned and frozen once a decision uses it; the 2021 values are the defaults.
 *
 * @param version the stored version (0 for the defaults never stored)
 * @param waves the dated waves by deadline, then at most one rolling track
 * @param invitedMin fewest phase-1 laureates aimed at for the phase-2 invitation (« 15 à 20 »)
 * @param invitedMax most phase-1 laureates aimed at for the phase-2 invitation
 * @param phase2Laureates phase-2 laureates the envelope provides for (« soit 15 lauréats »)
 * @param phase2Grant each phase-2 laureate's fixed grant, in euros, spread over {@code phase2Years}
 * @param phase2Envelope the phase-2 envelope, in euros
 * @param phase2Years the years the grant is spread over (a further year is optional, decided case by case)
 * @param phase2Deadline the first instant late for the phase-2 « dossier additionnel »
 */
public record Campaign(
        int version,
        String name,
        List<Wave> waves,
        int invitedMin,
        int invitedMax,
        int phase2Laureates,
        BigDecimal phase2Grant,
        BigDecimal phase2Envelope,
        int phase2Years,
        OffsetDateTime phase2Deadline) {

    /** The 2021 call: wave 1 until Wednesday 23 June midnight, then the rolling track from September. */
    public static final Campaign DEFAULT = new Campaign(
            0,
            "AMI PTCE émergents 2021",
            List.of(
                    Wave.untilMidnight("Vague 1", LocalDate.of(2021, 6, 23), LocalDate.of(2021, 6, 24)),
                    Wave.rolling("Au fil de l'eau", LocalDate.of(2021, 9, 1))),
            15,
            20,
            15,
            BigDecimal.valueOf(100_000),
            BigDecimal.valueOf(1_500_000),
            2,
            LocalDate.of(2021, 10, 1).atStartOfDay(PARIS).toOffsetDateTime());

    public Campaign {
        Objects.requireNonNull(name, "name");
        waves = List.copyOf(waves);
        if (waves.isEmpty()) {
            throw new IllegalArgumentException("une campagne a au moins une vague");
        }
        if (waves.stream().filter(Wave::rolling).count() > 1) {
            throw new IllegalArgumentException("une campagne a au plus une instruction au fil de l'eau");
        }
        if (waves.stream().map(Wave::name).distinct().count() < waves.size()) {
            throw new IllegalArgumentException("deux vagues portent le même nom");
        }
        Comparator<Wave> byDeadline = Comparator.comparing(
                (Wave w) -> w.rolling() ? Instant.MAX : w.deadline().toInstant());
        waves = waves.stream().sorted(byDeadline).toList();
        if (invitedMin < 0 || invitedMax < invitedMin) {
            throw new IllegalArgumentException("le nombre d'invités visé doit aller d'un minimum à un maximum" + " ("
                    + invitedMin + " à " + invitedMax + ")");
        }
        if (phase2Laureates < 0 || phase2Years <= 0 || phase2Grant.signum() < 0 || phase2Envelope.signum() < 0) {
            throw new IllegalArgumentException("les nombres de la phase 2 doivent être positifs");
        }
    }

    /**
     * The wave a deposit belongs to: the first dated wave whose deadline it meets, else the rolling track; empty
     * when it is late for every wave. An unknown deposit time belongs to the first wave.
     */
    public Optional<Wave> waveOf(OffsetDateTime depositedAt) {
        if (depositedAt == null) {
            return Optional.of(waves.get(0));
        }
        return waves.stream().filter(w -> w.onTime(depositedAt)).findFirst();
    }

    /** The first wave, the one the call's deadline « délai de rigueur » speaks of. */
    public Wave firstWave() {
        return waves.get(0);
    }

    /** This campaign stored as another version. */
    public Campaign withVersion(int newVersion) {
        return new Campaign(
                newVersion,
                name,
                waves,
                invitedMin,
                invitedMax,
                phase2Laureates,
                phase2Grant,
                phase2Envelope,
                phase2Years,
                phase2Deadline);
    }
}
