package fr.ptce.workbench.application.team;

import fr.ptce.workbench.application.common.InvalidInputException;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.persistence.Database;
import fr.ptce.workbench.persistence.TeamSchema;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;

/**
 * The administration of a team workspace on PostgreSQL: {@code team init} prepares the database (roles, grants,
 * row-level security) and {@code team user add} creates a login of the team; the database enforces who sees what
 * ({@link TeamSchema}). Run by the database's owner.
 */
public final class TeamAdministration {

    private final Database database;
    private final Clock clock;

    public TeamAdministration(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Prepares the database for a team; can be run again (after an upgrade: new tables get their policies). */
    public void init() {
        TeamSchema.init(database);
    }

    /**
     * Creates (or updates) a login: its role (a correspondent with their region), its identity, its password when
     * given (wiped once used).
     *
     * @throws InvalidInputException in French for an incomplete identity (a correspondent without region…)
     */
    public Reviewer addUser(
            String login, String name, String email, ReviewerRole role, String region, char[] password) {
        Reviewer member;
        try {
            member = new Reviewer(name, email, role, region);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
        if (role == ReviewerRole.CORRESPONDENT && (region == null || region.isBlank())) {
            throw new InvalidInputException("Un correspondant régional a une région (--region)\u00a0: il ne voit que"
                    + " les dossiers de celle-ci.");
        }
        try {
            TeamSchema.addMember(database, login, member, password, OffsetDateTime.now(clock));
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
        return member;
    }
}
