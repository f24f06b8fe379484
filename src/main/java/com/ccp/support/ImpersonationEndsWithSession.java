package com.ccp.support;

import com.ccp.security.ImpersonationStore;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.stereotype.Component;

/** Support who signs out or times out while viewing as someone still leaves the end in the log. */
@Component
class ImpersonationEndsWithSession implements HttpSessionListener {

    private final ImpersonationStore store;
    private final ImpersonationService impersonations;

    ImpersonationEndsWithSession(ImpersonationStore store, ImpersonationService impersonations) {
        this.store = store;
        this.impersonations = impersonations;
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        store.in(event.getSession()).ifPresent(impersonations::sessionEnded);
    }
}
