package com.ccp.admin;

import com.ccp.base.AppException;
import com.ccp.base.ErrorCode;
import com.ccp.processing.SessionService;
import com.ccp.security.Actor;

/** The admin-only check every admin service method makes (a changing one after refusing impersonation). */
final class Admins {

    private Admins() {
    }

    static void require(Actor actor) {
        if (!actor.isAdmin()) {
            throw new AppException(ErrorCode.FORBIDDEN, "Only an admin may use the admin console.");
        }
    }

    /** For changes: read-only while impersonating first (even for an admin's target), then admin only. */
    static void requireForChange(Actor actor) {
        SessionService.requireWritable(actor);
        require(actor);
    }
}
