package com.ccp.api;

import com.ccp.security.Actor;
import com.ccp.security.CurrentUser;
import com.ccp.security.Role;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
class MeController {

    record Me(String username, String displayName, List<String> roles, @Nullable String actingAs) {
        static Me of(Actor actor) {
            return new Me(actor.username(), actor.username(),
                    actor.roles().stream().sorted().map(Role::name).toList(), actor.actingAs());
        }
    }

    private final CurrentUser currentUser;

    MeController(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @GetMapping("/me")
    Me me() {
        return Me.of(currentUser.actor());
    }
}
