package fr.ptce.workbench;

import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;

/** The people the tests make the workspace's user, written once. */
public final class TestReviewers {

    /** An agent of PESSII, the national office: sees every region. */
    public static final Reviewer PESSII =
            new Reviewer("Claire Dumont", "claire.dumont@example.org", ReviewerRole.PESSII, null);

    private TestReviewers() {}
}
