package fr.ptce.workbench.domain.offline;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Where a laptop's workspace was checked out from: the server's address (with the login), when, and whether it
 * was already checked in.
 */
public record CheckoutOrigin(
        String checkoutId,
        String address,
        String login,
        OffsetDateTime checkedOutAt,
        Optional<OffsetDateTime> checkedInAt) {}
