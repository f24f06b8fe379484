package com.ccp.api;

import com.ccp.security.CurrentUser;
import com.ccp.support.ImpersonationService;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** api.md "Support": impersonation lives in the HTTP session of the call (its cookie carries it). */
@RestController
@RequestMapping("/api/support/impersonate")
class SupportController {

    record ImpersonateRequest(@Nullable String username) {
    }

    private final ImpersonationService impersonations;
    private final CurrentUser currentUser;

    SupportController(ImpersonationService impersonations, CurrentUser currentUser) {
        this.impersonations = impersonations;
        this.currentUser = currentUser;
    }

    @PostMapping
    MeController.Me start(@RequestBody ImpersonateRequest request) {
        return MeController.Me.of(impersonations.start(currentUser.actor(), request.username()));
    }

    @PostMapping("/exit")
    MeController.Me exit() {
        impersonations.exit(currentUser.actor());
        return MeController.Me.of(currentUser.actor());
    }
}
