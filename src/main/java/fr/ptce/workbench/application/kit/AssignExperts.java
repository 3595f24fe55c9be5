package fr.ptce.workbench.application.kit;

import fr.ptce.workbench.application.common.Instruction;
import fr.ptce.workbench.application.common.InvalidInputException;
import fr.ptce.workbench.domain.kit.Assignment;
import fr.ptce.workbench.domain.kit.Expert;
import fr.ptce.workbench.persistence.Database;
import fr.ptce.workbench.persistence.Repositories;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The experts and the dossiers given to them, each with its conflict-of-interest declaration: a dossier with a
 * declared conflict cannot be given to that expert. Each change is one transaction with an audit row.
 */
public final class AssignExperts {

    private final Database database;
    private final Clock clock;

    public AssignExperts(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Adds an expert, or updates the name and organisation of a known e-mail. */
    public Expert saveExpert(String name, String email, String organisation) {
        Expert expert;
        try {
            expert = new Expert(name, email, organisation);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
        if (!expert.email().matches("[^@\\s]+@[^@\\s]+")) {
            throw new InvalidInputException(
                    "L'adresse e-mail de l'expert «\u00a0" + expert.email() + "\u00a0» n'est pas valable.");
        }
        database.inTransaction(r -> {
            r.experts().save(expert, OffsetDateTime.now(clock));
            return null;
        });
        return expert;
    }

    public List<Expert> experts() {
        return database.inTransaction(r -> r.experts().all());
    }

    public Optional<Expert> expert(String email) {
        return database.inTransaction(r -> r.experts().find(email));
    }

    /** An expert's assignments, conflicts included. */
    public List<Assignment> assignments(String email) {
        return database.inTransaction(
                r -> r.experts().assignments(expert(r, email).email()));
    }

    /**
     * Gives a dossier to an expert, or records their declared conflict of interest on it (the dossier is then
     * kept out of their kits). Refused when the expert declared a conflict on it and {@code conflict} is false
     * (removing the assignment first, audited, withdraws the declaration).
     */
    public Assignment assign(String number, String email, boolean conflict, String note) {
        return database.inTransaction(r -> assign(r, number, email, conflict, note, OffsetDateTime.now(clock)));
    }

    /** Takes a dossier back from an expert (their review, if any, stays). */
    public void unassign(String number, String email) {
        database.inTransaction(r -> {
            Expert expert = expert(r, email);
            r.experts().unassign(number, expert.email());
            r.audit().append(OffsetDateTime.now(clock), who(r), number, "Expert retiré", expert.signature(), null);
            return null;
        });
    }

    static Assignment assign(
            Repositories r, String number, String email, boolean conflict, String note, OffsetDateTime now) {
        // a dossier of either phase: phase 2's « dossiers additionnels » go to experts the same way
        Instruction.phaseOf(r, number);
        Expert expert = expert(r, email);
        Optional<Assignment> previous = r.experts().assignments(expert.email()).stream()
                .filter(a -> a.dossierNumber().equals(number))
                .findFirst();
        if (previous.isPresent() && previous.get().conflict() && !conflict) {
            throw new InvalidInputException("Dossier n° " + number + "\u00a0: " + expert.name() + " a déclaré un"
                    + " conflit d'intérêts sur ce dossier\u00a0; il ne peut pas lui être confié.");
        }
        Assignment assignment = new Assignment(number, expert.email(), conflict, note, now);
        r.experts().assign(assignment);
        r.audit()
                .append(
                        now,
                        who(r),
                        number,
                        conflict ? "Conflit d'intérêts déclaré" : "Expert assigné",
                        previous.map(a -> expert.signature()).orElse(null),
                        expert.signature()
                                + (assignment.conflictNote() == null ? "" : " — " + assignment.conflictNote()));
        return assignment;
    }

    static Expert expert(Repositories r, String email) {
        return r.experts()
                .find(email == null ? "" : email)
                .orElseThrow(() -> new InvalidInputException("L'expert «\u00a0" + email
                        + "\u00a0» n'est pas connu dans cet espace de travail\u00a0: ajoutez-le"
                        + " d'abord (nom, e-mail, organisation)."));
    }

    static String who(Repositories r) {
        return r.users().find().map(u -> u.signature()).orElse("Atelier PTCE");
    }
}
