package fr.ptce.workbench.domain;

import java.time.ZoneId;

/**
 * The call's clock. The call's deadlines, DS's dates without an offset and the dates written into the files
 * exchanged are Paris time; the window displays instants in the machine's own zone and says when a deadline is
 * Paris time.
 */
public final class CallTime {

    /** Europe/Paris, the one zone of the call (the only place this zone is named in the code). */
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private CallTime() {}
}
