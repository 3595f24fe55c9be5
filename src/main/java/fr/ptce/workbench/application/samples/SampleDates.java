package fr.ptce.workbench.application.samples;

import static fr.ptce.workbench.domain.CallTime.PARIS;

import fr.ptce.workbench.domain.dossier.DossierState;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Random;

/**
 * Draws the DS dates of a synthetic dossier around the first-wave deadline, 2021-06-23 23:59:59 Paris time:
 * most deposits before it, some on the 24th and a few later in the summer; every date before the October 2021
 * export.
 */
final class SampleDates {

    static final OffsetDateTime DEADLINE = paris(LocalDateTime.of(2021, 6, 23, 23, 59, 59));
    private static final OffsetDateTime OPENING = paris(LocalDateTime.of(2021, 5, 17, 9, 0));
    private static final OffsetDateTime LAST_EVENT = paris(LocalDateTime.of(2021, 10, 14, 18, 0));

    /** The DS dates of one dossier; null where DS leaves them empty for its state. */
    record Timeline(
            OffsetDateTime depositedAt,
            OffsetDateTime champsUpdatedAt,
            OffsetDateTime instructionAt,
            OffsetDateTime processedAt,
            OffsetDateTime updatedAt) {}

    private final Random random;

    SampleDates(Random random) {
        this.random = random;
    }

    Timeline timeline(int index, int count, DossierState state) {
        OffsetDateTime deposit = deposit(index, count);
        OffsetDateTime champs = deposit.minusSeconds(random.nextInt(7200));
        OffsetDateTime instruction = null;
        OffsetDateTime processed = null;
        OffsetDateTime last = deposit;
        if (state != DossierState.EN_CONSTRUCTION) {
            instruction = cap(deposit.plusDays(10 + random.nextInt(70)).plusSeconds(random.nextInt(86_400)));
            last = instruction;
            if (state != DossierState.EN_INSTRUCTION) {
                processed = cap(instruction.plusDays(2 + random.nextInt(40)).plusSeconds(random.nextInt(86_400)));
                last = processed;
            }
        }
        OffsetDateTime updated = cap(last.plusSeconds(random.nextInt(172_800)));
        return new Timeline(deposit, champs, instruction, processed, updated);
    }

    private OffsetDateTime deposit(int index, int count) {
        if (count >= 8 && index < 3) {
            // the three classic deadline cases: 23:58 and 23:59:43 are on time, 00:03 on the 24th is late
            return switch (index) {
                case 0 -> paris(LocalDateTime.of(2021, 6, 23, 23, 58, 2));
                case 1 -> paris(LocalDateTime.of(2021, 6, 24, 0, 3, 10));
                default -> paris(LocalDateTime.of(2021, 6, 23, 23, 59, 43));
            };
        }
        double roll = random.nextDouble();
        if (roll < 0.70) {
            return between(OPENING, paris(LocalDateTime.of(2021, 6, 22, 23, 59, 59)));
        }
        if (roll < 0.85) {
            return between(paris(LocalDateTime.of(2021, 6, 23, 8, 0)), DEADLINE);
        }
        if (roll < 0.93) {
            return between(DEADLINE.plusSeconds(1), paris(LocalDateTime.of(2021, 6, 24, 18, 0)));
        }
        return between(paris(LocalDateTime.of(2021, 6, 25, 8, 0)), paris(LocalDateTime.of(2021, 9, 20, 18, 0)));
    }

    private OffsetDateTime between(OffsetDateTime from, OffsetDateTime to) {
        long seconds = to.toEpochSecond() - from.toEpochSecond();
        return from.plusSeconds((long) (random.nextDouble() * seconds))
                .atZoneSameInstant(PARIS)
                .toOffsetDateTime();
    }

    private static OffsetDateTime cap(OffsetDateTime time) {
        OffsetDateTime capped = time.isAfter(LAST_EVENT) ? LAST_EVENT : time;
        return capped.atZoneSameInstant(PARIS).toOffsetDateTime();
    }

    private static OffsetDateTime paris(LocalDateTime time) {
        return time.atZone(PARIS).toOffsetDateTime();
    }
}
