package fr.ptce.workbench.ui.common;

import fr.ptce.workbench.domain.avis.AvisAlert;
import fr.ptce.workbench.ui.fx.Messages;
import java.util.List;
import java.util.stream.Collectors;

/** The alerts of a favorable avis in the window's language, as the scoring screen and the national view show them. */
public final class AlertWords {

    private AlertWords() {}

    /** The alerts joined by semicolons; empty when none. */
    public static String of(Messages messages, List<AvisAlert> alerts) {
        return alerts.stream().map(a -> a.words(messages.locale())).collect(Collectors.joining("\u00a0; "));
    }
}
