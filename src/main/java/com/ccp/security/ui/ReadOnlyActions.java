package com.ccp.security.ui;

import com.ccp.security.Actor;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;

/**
 * While support views the app as a user they see that user's screens exactly: the actions are there,
 * disabled, and say why. Buttons that only lead somewhere carry the class {@value #NAVIGATION} and stay.
 */
public final class ReadOnlyActions {

    public static final String NAVIGATION = "navigation";

    private ReadOnlyActions() {
    }

    /** The tooltip of a disabled action, e.g. "Read-only while viewing as alice". */
    public static String reason(Actor actor) {
        return "Read-only while viewing as " + actor.actingAs();
    }

    /** Disables every action button under {@code root} when the actor is viewing as someone. */
    public static void apply(Component root, Actor actor) {
        if (actor.impersonating()) {
            disable(root, reason(actor));
        }
    }

    private static void disable(Component component, String reason) {
        if (component instanceof Button button && !button.hasClassName(NAVIGATION)) {
            button.setEnabled(false);
            button.setTooltipText(reason);
            button.getElement().setAttribute("title", reason);
        }
        component.getChildren().forEach(child -> disable(child, reason));
    }
}
