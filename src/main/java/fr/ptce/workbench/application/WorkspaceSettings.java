package fr.ptce.workbench.application;

import fr.ptce.workbench.application.common.ConcurrentChangeException;
import fr.ptce.workbench.application.common.InvalidInputException;
import fr.ptce.workbench.application.importing.ImportDossiers;
import fr.ptce.workbench.domain.check.LengthLimits;
import fr.ptce.workbench.domain.dossier.Section;
import fr.ptce.workbench.persistence.Database;
import fr.ptce.workbench.spreadsheet.ds.ZipCaps;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/**
 * The workspace's settings, stored in the workspace: the sections' length limits (in characters; they apply from
 * the next opening of the workspace), the disagreement threshold between reviewers, and the saved filters of the
 * dossier list.
 */
public final class WorkspaceSettings {

    /** Points of difference on one criterion between two reviewers from which they disagree, unless changed. */
    public static final BigDecimal DEFAULT_DISAGREEMENT_THRESHOLD = BigDecimal.valueOf(2);

    private static final String THRESHOLD = "disagreement.threshold";
    private static final String LIMIT = "limit.";
    private static final String FILTER = "filter.";

    /** No version check: the value is stored over whatever version is there (the command line, the tests). */
    public static final long ANY_VERSION = -1;

    private final Database database;
    private final Clock clock;

    public WorkspaceSettings(Database database) {
        this(database, Clock.systemDefaultZone());
    }

    public WorkspaceSettings(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The stored name of the disagreement threshold, a key of {@link #versions()}. */
    public static String thresholdName() {
        return THRESHOLD;
    }

    /** The stored name of a section's length limit, a key of {@link #versions()}. */
    public static String limitName(Section section) {
        return LIMIT + section.name();
    }

    /**
     * The version of every stored setting by name (one not stored: 0), for a view that saves later from what it
     * showed: a value someone else changed since is then refused ({@link ConcurrentChangeException}).
     */
    public Map<String, Long> versions() {
        return database.inTransaction(r -> r.settings().versions());
    }

    /**
     * The difference between two reviewers' scores on one criterion from which the workbench shows a disagreement
     * (in points of the grid's scale, e.g. 2 on 0–5).
     */
    public BigDecimal disagreementThreshold() {
        return database.inTransaction(
                r -> r.settings().find(THRESHOLD).map(BigDecimal::new).orElse(DEFAULT_DISAGREEMENT_THRESHOLD));
    }

    /** Stores the disagreement threshold; refused unless positive. */
    public void setDisagreementThreshold(BigDecimal threshold) {
        setDisagreementThreshold(threshold, ANY_VERSION);
    }

    /** Stores the disagreement threshold over the version the user started from (see {@link #versions()}). */
    public void setDisagreementThreshold(BigDecimal threshold, long base) {
        if (threshold == null || threshold.signum() <= 0) {
            throw new InvalidInputException("Le seuil de désaccord doit être un nombre de points positif, pas «\u00a0"
                    + threshold + "\u00a0».");
        }
        database.inTransaction(r -> {
            SharedSetting.put(
                    r, THRESHOLD, threshold.stripTrailingZeros().toPlainString(), base, "seuil de désaccord", clock);
            return null;
        });
    }

    /** The length limit of every section: the stored ones, the call's defaults for the others. */
    public LengthLimits lengthLimits() {
        return database.inTransaction(r -> {
            Map<Section, Integer> stored = new EnumMap<>(Section.class);
            r.settings()
                    .withPrefix(LIMIT)
                    .forEach((name, value) -> stored.put(Section.valueOf(name), Integer.valueOf(value)));
            return LengthLimits.withOverrides(stored);
        });
    }

    /** Stores a section's limit in characters; the call's default limit removes the stored value. */
    public void setLengthLimit(Section section, int characters) {
        setLengthLimit(section, characters, ANY_VERSION);
    }

    /** Stores a section's limit over the version the user started from (see {@link #versions()}). */
    public void setLengthLimit(Section section, int characters, long base) {
        if (characters <= 0) {
            throw new InvalidInputException("La limite de longueur de la section " + section.name()
                    + " doit être un nombre de caractères positif, pas " + characters + ".");
        }
        database.inTransaction(r -> {
            SharedSetting.put(
                    r,
                    limitName(section),
                    characters == section.defaultLimit() ? null : Integer.toString(characters),
                    base,
                    "limite de longueur de la section " + section.name(),
                    clock);
            return null;
        });
    }

    /**
     * The caps a DS zip export must keep, in MB: per attachment and in all once inflated (defaults 50 MB and
     * 2,048 MB); {@code [file, total]}.
     */
    public long[] attachmentCapsMb() {
        return database.inTransaction(r -> new long[] {
            r.settings()
                    .find(ImportDossiers.FILE_CAP_SETTING)
                    .map(Long::parseLong)
                    .orElse(ZipCaps.DEFAULT_FILE_MB),
            r.settings()
                    .find(ImportDossiers.TOTAL_CAP_SETTING)
                    .map(Long::parseLong)
                    .orElse(ZipCaps.DEFAULT_TOTAL_MB)
        });
    }

    /** Stores the zip export's caps in MB; refused unless positive and the file cap within the total one. */
    public void setAttachmentCapsMb(long fileMb, long totalMb) {
        if (fileMb <= 0 || totalMb <= 0 || fileMb > totalMb) {
            throw new InvalidInputException("Les tailles maximales des pièces jointes doivent être positives, celle"
                    + " d'un fichier au plus égale à celle de l'archive (« " + fileMb + " » Mo et « "
                    + totalMb + " » Mo).");
        }
        database.inTransaction(r -> {
            r.settings().put(ImportDossiers.FILE_CAP_SETTING, Long.toString(fileMb));
            r.settings().put(ImportDossiers.TOTAL_CAP_SETTING, Long.toString(totalMb));
            return null;
        });
    }

    /** The saved filters of the dossier list, by name, each as its text form. */
    public Map<String, String> savedFilters() {
        return database.inTransaction(r -> r.settings().withPrefix(FILTER));
    }

    /** Saves a filter under a name, replacing the filter of the same name. */
    public void saveFilter(String name, String filter) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("Donnez un nom au filtre à enregistrer.");
        }
        database.inTransaction(r -> {
            r.settings().put(FILTER + name.strip(), filter);
            return null;
        });
    }

    public void deleteFilter(String name) {
        database.inTransaction(r -> {
            r.settings().remove(FILTER + name);
            return null;
        });
    }
}
