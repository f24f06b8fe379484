package com.ccp.admin.ui;

import com.ccp.admin.CleanupCriteria;
import com.ccp.admin.CleanupResult;
import com.ccp.admin.CleanupService;
import com.ccp.admin.DeletionLog;
import com.ccp.base.AppException;
import com.ccp.base.Formats;
import com.ccp.base.ui.Notifications;
import com.ccp.processing.SessionStatus;
import com.ccp.security.Actor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;

/**
 * Bulk cleanup: criteria, a preview ("47 sessions will be permanently deleted"), the typed
 * confirmation {@code DELETE 47}, and the deletion audit log.
 */
class CleanupPanel extends VerticalLayout {

    private final CleanupService cleanup;
    private final Actor actor;
    private final MultiSelectComboBox<SessionStatus> status = new MultiSelectComboBox<>("Status");
    private final IntegerField closedDays = new IntegerField("Closed over (days ago)");
    private final IntegerField failedDays = new IntegerField("Failed over (days ago)");
    private final TextField owner = new TextField("Owner");
    private final Span preview = new Span();
    private final Grid<CleanupResult.Match> matched = new Grid<>();
    private final TextField confirmation = new TextField();
    private final Button delete = new Button("Delete permanently", VaadinIcon.TRASH.create());
    private final Grid<DeletionLog.Entry> deletions = new Grid<>();
    private @Nullable CleanupCriteria previewed;
    private @Nullable CleanupResult result;

    CleanupPanel(CleanupService cleanup, Actor actor) {
        this.cleanup = cleanup;
        this.actor = actor;
        setPadding(false);
        status.setItems(SessionStatus.values());
        status.setItemLabelGenerator(s -> s.name().replace('_', ' ').toLowerCase());
        closedDays.setMin(0);
        failedDays.setMin(0);
        owner.setPlaceholder("any owner");
        status.setId("cleanup-status");
        status.setWidth("16rem");
        closedDays.setId("cleanup-closed-days");
        failedDays.setId("cleanup-failed-days");
        owner.setId("cleanup-owner");
        status.addValueChangeListener(e -> reset());
        closedDays.addValueChangeListener(e -> reset());
        failedDays.addValueChangeListener(e -> reset());
        owner.addValueChangeListener(e -> reset());
        Button previewButton = new Button("Preview", VaadinIcon.SEARCH.create(), click -> preview());
        previewButton.setId("cleanup-preview");
        HorizontalLayout criteria = new HorizontalLayout(status, closedDays, failedDays, owner, previewButton);
        criteria.setAlignItems(FlexComponent.Alignment.BASELINE);
        criteria.setWrap(true);
        Span rule = new Span("All given criteria apply; the two ages add up (closed older than N days or failed "
                + "older than M days).");
        rule.addClassName("hint");

        preview.setId("cleanup-preview-text");
        preview.addClassName("cleanup-preview");
        matched.addColumn(CleanupResult.Match::name).setHeader("Session").setWidth("10rem").setFlexGrow(1)
                .setTooltipGenerator(m -> m.name() + " (" + m.id() + ")");
        matched.addColumn(m -> Formats.period(m.period())).setHeader("Period").setWidth("6rem").setFlexGrow(0);
        matched.addColumn(CleanupResult.Match::owner).setHeader("Owner").setWidth("6rem").setFlexGrow(0);
        matched.addColumn(m -> m.status().replace('_', ' ').toLowerCase(java.util.Locale.ROOT)).setHeader("Status")
                .setWidth("9rem").setFlexGrow(0);
        matched.addColumn(m -> Formats.dateTime(m.createdAt())).setHeader("Created").setWidth("9rem").setFlexGrow(0);
        matched.addColumn(m -> Formats.dateTime(m.status().equals("CLOSED") ? m.closedAt() : m.updatedAt()))
                .setHeader("Closed / last change").setWidth("10rem").setFlexGrow(0);
        matched.addThemeVariants(GridVariant.LUMO_COMPACT);
        matched.setId("cleanup-matches");
        matched.setAllRowsVisible(true);
        matched.setMaxHeight("16em");
        confirmation.setId("cleanup-confirm");
        // the label "Type DELETE 1234 to confirm" shows whole
        confirmation.setWidth("18rem");
        confirmation.setValueChangeMode(ValueChangeMode.EAGER);
        confirmation.addValueChangeListener(e -> delete.setEnabled(result != null && result.matched() > 0
                && result.confirmation().equals(e.getValue().strip())));
        delete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        delete.setId("cleanup-delete");
        delete.addClickListener(click -> delete());
        HorizontalLayout confirm = new HorizontalLayout(confirmation, delete);
        confirm.setAlignItems(FlexComponent.Alignment.BASELINE);

        deletions.addColumn(e -> Formats.dateTime(e.deletedAt())).setHeader("Deleted").setAutoWidth(true);
        deletions.addColumn(DeletionLog.Entry::deletedBy).setHeader("By").setAutoWidth(true);
        deletions.addColumn(DeletionLog.Entry::name).setHeader("Session").setFlexGrow(1);
        deletions.addColumn(DeletionLog.Entry::owner).setHeader("Owner").setAutoWidth(true);
        deletions.addColumn(DeletionLog.Entry::status).setHeader("Was").setAutoWidth(true);
        deletions.addColumn(DeletionLog.Entry::employees).setHeader("Employees").setAutoWidth(true);
        deletions.addColumn(DeletionLog.Entry::criteria).setHeader("Criteria").setFlexGrow(2);
        deletions.addThemeVariants(GridVariant.LUMO_COMPACT);
        deletions.setAllRowsVisible(true);
        deletions.setId("deletion-log");
        add(criteria, rule, preview, matched, confirm, new H3("Deletion audit log"), deletions);
        reset();
        refreshLog();
    }

    private void preview() {
        try {
            CleanupCriteria criteria = criteria();
            CleanupResult found = cleanup.preview(actor, criteria);
            previewed = criteria;
            result = found;
            preview.setText(found.matched() == 0 ? "No session matches these criteria."
                    : found.matched() + (found.matched() == 1 ? " session" : " sessions")
                            + " will be permanently deleted, with their files. This cannot be undone.");
            matched.setItems(found.matches());
            matched.setVisible(found.matched() > 0);
            confirmation.setVisible(found.matched() > 0);
            confirmation.setLabel("Type " + found.confirmation() + " to confirm");
            confirmation.clear();
            delete.setVisible(found.matched() > 0);
        } catch (AppException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void delete() {
        CleanupCriteria criteria = previewed;
        String typed = confirmation.getValue();
        if (criteria == null) {
            return;
        }
        delete.setEnabled(false);
        Background.run(this, () -> cleanup.delete(actor, criteria, typed), done -> {
            if (done != null) {
                Notifications.success(done.deleted() + (done.deleted() == 1 ? " session" : " sessions") + " deleted.");
            }
            reset();
            refreshLog();
        });
    }

    private CleanupCriteria criteria() {
        return new CleanupCriteria(status.getValue(), closedDays.getValue(), failedDays.getValue(), owner.getValue());
    }

    private void reset() {
        previewed = null;
        result = null;
        preview.setText("Choose criteria and preview what would be deleted.");
        matched.setVisible(false);
        confirmation.setVisible(false);
        confirmation.clear();
        delete.setVisible(false);
        delete.setEnabled(false);
    }

    private void refreshLog() {
        deletions.setItems(cleanup.deletionLog(actor, 50));
    }
}
