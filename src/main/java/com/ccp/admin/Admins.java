package com.ccp.admin;

import com.ccp.base.AppException;
import com.ccp.base.ErrorCode;
import com.ccp.security.Actor;

/** The admin-only check of the admin console's reads (its changes go through {@code ChangeGuard}). */
final class Admins {

    private Admins() {
    }

    static final String ONLY_ADMINS = "Only an admin may use the admin console.";

    static void require(Actor actor) {
        if (!actor.isAdmin()) {
            throw new AppException(ErrorCode.FORBIDDEN, ONLY_ADMINS);
        }
    }
}
