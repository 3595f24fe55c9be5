package fr.ptce.workbench.domain.dossier;

import static fr.ptce.workbench.domain.CallTime.PARIS;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * The two shapes of DS export the workbench knows best: the 2021–2023 legacy format and the current one (after
 * 2025-07), which differ in fixed columns, champ sub-columns and value encodings (formats.md §1.1, §1.3–§1.5).
 */
public enum DsEra {
    /** Export made in 2021: HTML-escaped textareas, formula cells for text starting with {@code =}. */
    Y2021(LocalDateTime.of(2021, 10, 15, 9, 12)),
    /** Export made in 2025 after 2025-07-08: raw textareas, {@code FranceConnect ?}, {@code À archiver}. */
    Y2025(LocalDateTime.of(2025, 9, 16, 10, 41));

    private final LocalDateTime defaultExportTime;

    DsEra(LocalDateTime defaultExportTime) {
        this.defaultExportTime = defaultExportTime;
    }

    /** The export time used when none is given: that of the era's demo file, in Paris time. */
    public OffsetDateTime defaultExportTime() {
        return defaultExportTime.atZone(PARIS).toOffsetDateTime();
    }
}
