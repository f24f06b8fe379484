package com.ccp.admin.ui;

import com.ccp.base.AppException;
import com.ccp.base.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs admin work (disk scans, deletions, imports) off the UI thread, so it never holds the Vaadin
 * session lock, and shows the result through push.
 */
final class Background {

    private static final Logger log = LoggerFactory.getLogger(Background.class);

    private Background() {
    }

    static <T> void run(Component owner, Supplier<T> work, Consumer<T> done) {
        UI ui = owner.getUI().orElseThrow();
        CompletableFuture.supplyAsync(work).whenComplete((result, error) -> ui.access(() -> {
            if (error == null) {
                done.accept(result);
            } else {
                Throwable cause = error.getCause() == null ? error : error.getCause();
                if (cause instanceof AppException app) {
                    Notifications.error(app.getMessage());
                } else {
                    log.error("Admin work failed", cause);
                    Notifications.error("Something went wrong; nothing was changed. Tell support the time of the error.");
                }
                done.accept(null);
            }
        }));
    }
}
