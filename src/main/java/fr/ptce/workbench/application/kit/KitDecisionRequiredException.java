package fr.ptce.workbench.application.kit;

/** A returned kit that needs the user's decision before anything is saved; nothing was saved. */
public final class KitDecisionRequiredException extends RuntimeException {

    private final transient KitImportCheck check;

    public KitDecisionRequiredException(KitImportCheck check) {
        super(check.describe());
        this.check = check;
    }

    public KitImportCheck check() {
        return check;
    }
}
