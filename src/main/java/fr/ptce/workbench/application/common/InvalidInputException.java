package fr.ptce.workbench.application.common;

/**
 * Refuses a change that breaks the call's rules or the grid, with a French message naming the dossier and the field;
 * nothing is saved.
 */
public class InvalidInputException extends RuntimeException {

    public InvalidInputException(String message) {
        super(message);
    }
}
