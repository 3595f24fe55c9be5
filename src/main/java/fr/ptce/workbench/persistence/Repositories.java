package fr.ptce.workbench.persistence;

import org.jooq.DSLContext;

/** The repositories of a workspace, bound to the one transaction a unit of work runs in. */
public final class Repositories {

    private final DossierRepository dossiers;
    private final ImportRepository imports;
    private final NoteRepository notes;

    Repositories(DSLContext dsl) {
        this.dossiers = new DossierRepository(dsl);
        this.imports = new ImportRepository(dsl);
        this.notes = new NoteRepository(dsl);
    }

    /** The imported dossiers. */
    public DossierRepository dossiers() {
        return dossiers;
    }

    /** The import history and what each import did to each dossier. */
    public ImportRepository imports() {
        return imports;
    }

    /** The correspondent's local notes on dossiers. */
    public NoteRepository notes() {
        return notes;
    }
}
