package com.ccp.security;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Impersonation lives in the HTTP session beside the real sign-in (api.md "Support"), never in
 * place of it: a Basic or Negotiate call may authenticate again and would drop a switched
 * identity. Views reach the HTTP session through Vaadin's session (also on push and in
 * {@code ui.access}); API calls through the current request. Only support's
 * {@code ImpersonationService} starts and ends one; {@link CurrentUser} reads it.
 */
@Component
public class ImpersonationStore {

    private static final String ATTRIBUTE = ImpersonationStore.class.getName();

    public Optional<Impersonation> current() {
        WrappedSession vaadin = vaadinSession();
        if (vaadin != null) {
            return read(() -> vaadin.getAttribute(ATTRIBUTE));
        }
        HttpSession session = httpSession(false);
        return session == null ? Optional.empty() : read(() -> session.getAttribute(ATTRIBUTE));
    }

    public void start(Impersonation impersonation) {
        WrappedSession vaadin = vaadinSession();
        if (vaadin != null) {
            vaadin.setAttribute(ATTRIBUTE, impersonation);
            return;
        }
        HttpSession session = httpSession(true);
        if (session == null) {
            throw new IllegalStateException("Impersonation needs an HTTP session: start it from a request or a view");
        }
        session.setAttribute(ATTRIBUTE, impersonation);
    }

    public void end() {
        WrappedSession vaadin = vaadinSession();
        if (vaadin != null) {
            vaadin.removeAttribute(ATTRIBUTE);
            return;
        }
        HttpSession session = httpSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }

    /** The impersonation kept in a given HTTP session, e.g. one that is ending. */
    public Optional<Impersonation> in(HttpSession session) {
        return read(() -> session.getAttribute(ATTRIBUTE));
    }

    private static Optional<Impersonation> read(Supplier<@Nullable Object> attribute) {
        try {
            return attribute.get() instanceof Impersonation impersonation ? Optional.of(impersonation) : Optional.empty();
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    private static @Nullable WrappedSession vaadinSession() {
        VaadinSession vaadin = VaadinSession.getCurrent();
        return vaadin == null ? null : vaadin.getSession();
    }

    private static @Nullable HttpSession httpSession(boolean create) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getSession(create);
        }
        return null;
    }
}
