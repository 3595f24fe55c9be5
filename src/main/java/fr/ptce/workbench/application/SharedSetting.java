package fr.ptce.workbench.application;

import fr.ptce.workbench.application.common.ConcurrentChangeException;
import fr.ptce.workbench.application.common.ConcurrentChangeException.Subject;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.persistence.Repositories;
import fr.ptce.workbench.persistence.common.VersionedRow;
import fr.ptce.workbench.persistence.workspace.SettingRepository.Stamped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One workspace setting shared by a team, saved over the version the user started from: unchanged, nothing is
 * written; changed by someone else since, refused with « X a modifié ce réglage à HH:MM » and both values.
 */
final class SharedSetting {

    private SharedSetting() {}

    /**
     * Stores {@code value} (null: back to the default, the row removed) over version {@code base}, or over any with
     * {@link WorkspaceSettings#ANY_VERSION}.
     *
     * @throws ConcurrentChangeException when the stored setting is no longer at {@code base}
     */
    static void put(Repositories r, String name, String value, long base, String about, Clock clock) {
        Optional<Stamped> stored = r.settings().stamped(name);
        long current = stored.map(Stamped::version).orElse(0L);
        if (Objects.equals(stored.map(Stamped::value).orElse(null), value)) {
            return;
        }
        if (base != WorkspaceSettings.ANY_VERSION && base != current) {
            throw conflict(stored, value, base, about);
        }
        String by = r.users().find().map(Reviewer::name).orElse(null);
        boolean written = value == null
                ? r.settings().remove(name, current)
                : r.settings().put(name, value, current, by, OffsetDateTime.now(clock)) != VersionedRow.STALE;
        if (!written) {
            // changed by someone else between the read and the write: nothing written
            throw conflict(r.settings().stamped(name), value, base, about);
        }
    }

    private static ConcurrentChangeException conflict(Optional<Stamped> stored, String mine, long base, String about) {
        return new ConcurrentChangeException(
                Subject.SETTING,
                about,
                stored.map(Stamped::by).orElse("Quelqu'un d'autre"),
                stored.map(Stamped::at).orElse(null),
                mine,
                stored.map(Stamped::value).orElse(null),
                base,
                stored.map(Stamped::version).orElse(0L));
    }
}
