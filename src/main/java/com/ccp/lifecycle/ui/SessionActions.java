package com.ccp.lifecycle.ui;

import com.ccp.base.AppException;
import com.ccp.base.ui.Notifications;
import com.ccp.lifecycle.LifecycleService;
import com.ccp.processing.SessionAction;
import com.ccp.processing.SessionDetails;
import com.ccp.processing.SessionStateMachine;
import com.ccp.processing.SessionStatus;
import com.ccp.security.Actor;
import com.ccp.security.ui.ReadOnlyActions;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.function.Supplier;

/**
 * The lifecycle buttons of the session page: only those the state machine allows the actor in the
 * session's current state; while support views as the owner they are shown disabled, saying why.
 * Each refusal of the service is shown as is.
 */
public class SessionActions extends HorizontalLayout {

    private final LifecycleService lifecycle;
    private final Actor actor;
    private final Runnable changed;
    private final Runnable deleted;

    /** {@code changed} re-renders the page; {@code deleted} leaves it. */
    public SessionActions(LifecycleService lifecycle, Actor actor, Runnable changed, Runnable deleted) {
        this.lifecycle = lifecycle;
        this.actor = actor;
        this.changed = changed;
        this.deleted = deleted;
        setId("session-actions");
        addClassName("session-actions");
        setSpacing(true);
    }

    /**
     * The buttons for this state. {@code reads} only lead somewhere and stay enabled; {@code changes}
     * are feature buttons (upload, export...) that, like the lifecycle ones, are read-only while
     * support views as the owner.
     */
    public void show(SessionDetails session, List<Component> reads, Component... changes) {
        removeAll();
        reads.forEach(read -> read.getElement().getClassList().add(ReadOnlyActions.NAVIGATION));
        reads.forEach(this::add);
        add(changes);
        SessionStatus status = session.status();
        String id = session.id();
        if (allowed(status, SessionAction.PAUSE)) {
            add(button("Pause", "pause", VaadinIcon.PAUSE, () -> lifecycle.pause(actor, id), "Paused."));
        }
        if (allowed(status, SessionAction.RESUME)) {
            add(button("Resume", "resume", VaadinIcon.PLAY, () -> lifecycle.resume(actor, id), "Reading resumed."));
        }
        if (allowed(status, SessionAction.CANCEL)) {
            Button cancel = button(status == SessionStatus.RECEIPT_REPROCESSING ? "Cancel receipt upload" : "Cancel",
                    "cancel", VaadinIcon.CLOSE_SMALL, () -> lifecycle.cancel(actor, id), "Cancelled.");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(cancel);
        }
        if (allowed(status, SessionAction.CLOSE)) {
            Button close = new Button("Close permanently…", VaadinIcon.LOCK.create(), click -> new CloseSessionDialog(
                    "Close “" + session.name() + "” permanently",
                    "The session is closed with your reason, your name and the time.",
                    CloseImpactView.of(lifecycle.impact(actor, id)),
                    (reason, confirmation) -> {
                        lifecycle.close(actor, id, reason, confirmation);
                        return "The session is closed.";
                    }, changed).open());
            close.setId("close-session");
            close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(close);
        }
        if (allowed(status, SessionAction.DELETE)) {
            Button delete = new Button("Delete…", VaadinIcon.TRASH.create(), click -> confirmDelete(session));
            delete.setId("delete-session");
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            add(delete);
        }
        ReadOnlyActions.apply(this, actor);
    }

    private boolean allowed(SessionStatus status, SessionAction action) {
        return SessionStateMachine.allows(status, action, actor.isAdmin());
    }

    private Button button(String label, String id, VaadinIcon icon, Supplier<SessionDetails> action, String done) {
        Button button = new Button(label, icon.create(), click -> {
            try {
                action.get();
                Notifications.success(done);
            } catch (AppException e) {
                Notifications.error(e.getMessage());
            }
            changed.run();
        });
        button.setId(id + "-session");
        return button;
    }

    private void confirmDelete(SessionDetails session) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Delete “" + session.name() + "”?");
        dialog.add(new Paragraph("The session, its employees, issues and uploaded files are deleted for good."
                + " The activity log keeps a record of the deletion."));
        Button delete = new Button("Delete", click -> {
            try {
                lifecycle.delete(actor, session.id());
                dialog.close();
                Notifications.success("“" + session.name() + "” was deleted.");
                deleted.run();
            } catch (AppException e) {
                dialog.close();
                Notifications.error(e.getMessage());
                changed.run();
            }
        });
        delete.setId("delete-confirm");
        delete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button("Keep it", click -> dialog.close()), delete);
        dialog.open();
    }
}
