package fr.ptce.workbench.cli.team;

/**
 * A test-only pause inside {@code team checkin}'s server transaction, after every write and before the commit: with
 * the system property {@value #PROPERTY} set, the command prints {@value #PAUSED} and waits there until it is killed
 * (the killed check-in test, which SIGKILLs it then). Without the property, nothing.
 */
final class CheckinPause {

    /** The system property that turns the pause on (never set in use). */
    static final String PROPERTY = "ptce.test.checkinPause";

    /** The line printed when the pause is reached. */
    static final String PAUSED = "CHECKIN PAUSED BEFORE COMMIT";

    private CheckinPause() {}

    /** The hook the check-in runs before its commit. */
    static Runnable hook() {
        if (!Boolean.getBoolean(PROPERTY)) {
            return () -> {};
        }
        return () -> {
            System.out.println(PAUSED);
            System.out.flush();
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("check-in interrupted before its commit", e);
            }
        };
    }
}
