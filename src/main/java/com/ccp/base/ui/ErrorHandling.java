package com.ccp.base.ui;

import com.ccp.base.AppException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Every error a view did not handle becomes a notification: the service's message, or a generic one. */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            Throwable cause = error.getThrowable();
            while (cause.getCause() != null && !(cause instanceof AppException)) {
                cause = cause.getCause();
            }
            String message;
            if (cause instanceof AppException app) {
                message = app.getMessage();
            } else {
                log.error("Unexpected error in a view", error.getThrowable());
                message = "Something went wrong; nothing was changed. Try again, or tell support the time of the error.";
            }
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> Notifications.error(message));
            }
        }));
    }
}
