package fr.ptce.workbench.domain;

/** Receives the advance of a long piece of work (import, export) and tells it when the user cancelled. */
public interface Progress {

    /** A progress that reports nowhere and is never cancelled. */
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {
            // nobody listens
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /**
     * Reports the advance.
     *
     * @param done units done so far
     * @param total units in all, or -1 when unknown
     * @param message a short French message for the status bar
     */
    void update(long done, long total, String message);

    /** Whether the user asked to stop; the work then throws {@link CancelledException}. */
    boolean isCancelled();

    /** Throws {@link CancelledException} when the user asked to stop. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
