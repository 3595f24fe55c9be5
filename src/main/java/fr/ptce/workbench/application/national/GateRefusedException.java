package fr.ptce.workbench.application.national;

import fr.ptce.workbench.application.common.InvalidInputException;

/**
 * Refuses a PESSII proposal that a condition of the call forbids (not recevable, not eligible, neither target b nor
 * c), with the French reasons; PESSII may propose again with the written reason of an override. Nothing is saved.
 */
public final class GateRefusedException extends InvalidInputException {

    public GateRefusedException(String message) {
        super(message);
    }
}
