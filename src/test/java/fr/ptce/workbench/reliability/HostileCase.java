package fr.ptce.workbench.reliability;

import java.nio.file.Path;

/**
 * One file of the hostile corpus: what it is, which entry point reads it, how the test builds it, and the documented
 * outcome: refused with a French message holding {@code expected}, or handled (read as typed, {@code expected}
 * then describes what is checked).
 */
record HostileCase(String file, Entry entry, String description, Builder builder, boolean refused, String expected) {

    /** The entry point a hostile file is given to. */
    enum Entry {
        /** {@code import}: a DS export (xlsx or csv). */
        IMPORT,
        /** {@code consolidate}: a region's avis workbook at PESSII. */
        CONSOLIDATE,
        /** {@code restore}: a workspace backup. */
        RESTORE,
        /** An expert kit sent back (issue 6): add its cases with this entry when the kit reader is merged. */
        KIT
    }

    /** Writes the file (or folder) into a scratch folder and returns its path. */
    interface Builder {
        Path build(Path folder) throws Exception;
    }

    static HostileCase refused(String file, Entry entry, String description, Builder builder, String message) {
        return new HostileCase(file, entry, description, builder, true, message);
    }

    static HostileCase handled(String file, Entry entry, String description, Builder builder, String readBack) {
        return new HostileCase(file, entry, description, builder, false, readBack);
    }
}
