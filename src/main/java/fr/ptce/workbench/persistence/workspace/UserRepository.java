package fr.ptce.workbench.persistence.workspace;

import static fr.ptce.workbench.persistence.generated.Tables.TEAM_MEMBER;
import static fr.ptce.workbench.persistence.generated.Tables.WORKSPACE_USER;

import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The identity of the workspace's user, one row, written on every review, avis and audit row. */
public final class UserRepository {

    private static final int THE_USER = 1;

    private final DSLContext dsl;

    public UserRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The user, empty until they said who they are: on a team workspace the team member of the database login
     * ({@code team user add}), else the workspace's one user.
     */
    public Optional<Reviewer> find() {
        Optional<Reviewer> member = dsl.selectFrom(TEAM_MEMBER)
                .where(TEAM_MEMBER.LOGIN.eq(DSL.field("CURRENT_USER", String.class)))
                .fetchOptional()
                .map(r -> new Reviewer(r.getName(), r.getEmail(), ReviewerRole.valueOf(r.getRole()), r.getRegion()));
        if (member.isPresent()) {
            return member;
        }
        return dsl.selectFrom(WORKSPACE_USER)
                .where(WORKSPACE_USER.ID.eq(THE_USER))
                .fetchOptional()
                .map(r -> new Reviewer(r.getName(), r.getEmail(), ReviewerRole.valueOf(r.getRole()), r.getRegion()));
    }

    /** Stores the user's identity, replacing the previous one. */
    public void save(Reviewer user, OffsetDateTime at) {
        int updated = dsl.update(WORKSPACE_USER)
                .set(WORKSPACE_USER.NAME, user.name())
                .set(WORKSPACE_USER.EMAIL, user.email())
                .set(WORKSPACE_USER.ROLE, user.role().name())
                .set(WORKSPACE_USER.REGION, user.region())
                .set(WORKSPACE_USER.UPDATED_AT, at)
                .where(WORKSPACE_USER.ID.eq(THE_USER))
                .execute();
        if (updated == 0) {
            dsl.insertInto(WORKSPACE_USER)
                    .set(WORKSPACE_USER.ID, THE_USER)
                    .set(WORKSPACE_USER.NAME, user.name())
                    .set(WORKSPACE_USER.EMAIL, user.email())
                    .set(WORKSPACE_USER.ROLE, user.role().name())
                    .set(WORKSPACE_USER.REGION, user.region())
                    .set(WORKSPACE_USER.UPDATED_AT, at)
                    .execute();
        }
    }
}
