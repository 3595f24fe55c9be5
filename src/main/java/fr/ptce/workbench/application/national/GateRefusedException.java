package fr.ptce.workbench.application.national;

import fr.ptce.workbench.application.common.InvalidInputException;
import fr.ptce.workbench.domain.national.GateRefusal;
import java.util.List;

/**
 * Refuses a PESSII proposal that a condition of the call forbids (not recevable, not eligible, neither target b nor
 * c): the French message for the command line, and the refusals as data for the window to word. PESSII may
 * propose again with the written reason of an override. Nothing is saved.
 */
public final class GateRefusedException extends InvalidInputException {

    private final transient List<GateRefusal> refusals;

    public GateRefusedException(String message, List<GateRefusal> refusals) {
        super(message);
        this.refusals = List.copyOf(refusals);
    }

    /** The conditions the proposal does not meet. */
    public List<GateRefusal> refusals() {
        return refusals;
    }
}
