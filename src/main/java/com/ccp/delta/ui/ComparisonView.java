package com.ccp.delta.ui;

import com.ccp.base.AppException;
import com.ccp.base.Formats;
import com.ccp.base.ui.Badges;
import com.ccp.base.ui.Notifications;
import com.ccp.base.ui.Routes;
import com.ccp.delta.ChangeLine;
import com.ccp.delta.ChangeType;
import com.ccp.delta.ComparisonDetails;
import com.ccp.delta.Decision;
import com.ccp.delta.DecisionSheet;
import com.ccp.delta.DeltaService;
import com.ccp.delta.MergeMode;
import com.ccp.processing.SessionService;
import com.ccp.processing.SessionStatus;
import com.ccp.security.Actor;
import com.ccp.security.CurrentUser;
import com.ccp.security.ui.ReadOnlyActions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The diff approval of a late receipt report: every employee's change with old → new amounts, a
 * decision per change, and apply or discard. Nothing changes in the session until Apply.
 */
@Route(Routes.COMPARISON)
@PageTitle("Comparison · Credit Card Processor")
@PermitAll
public class ComparisonView extends VerticalLayout implements BeforeEnterObserver {

    private final DeltaService delta;
    private final SessionService sessions;
    private final Actor actor;
    private final Map<String, Decision> decisions = new HashMap<>();
    private final CheckboxGroup<ChangeType> typeFilter = new CheckboxGroup<>();
    private final Grid<ChangeLine> grid = new Grid<>();
    private final Span decisionSummary = new Span();
    private final Div head = new Div();
    private final HorizontalLayout footer = new HorizontalLayout();
    private String sessionId = "";
    private @Nullable ComparisonDetails comparison;

    public ComparisonView(DeltaService delta, SessionService sessions, CurrentUser currentUser) {
        this.delta = delta;
        this.sessions = sessions;
        this.actor = currentUser.actor();
        addClassName("page");
        setSizeFull();
        typeFilter.setId("change-type-filter");
        typeFilter.setItems(ChangeType.values());
        typeFilter.setItemLabelGenerator(ComparisonView::label);
        typeFilter.setValue(EnumSet.complementOf(EnumSet.of(ChangeType.NO_CHANGE)));
        typeFilter.addValueChangeListener(e -> refreshGrid());
        decisionSummary.setId("decision-summary");
        decisionSummary.addClassName("decision-summary");
        footer.setId("comparison-footer");
        footer.setAlignItems(FlexComponent.Alignment.CENTER);
        footer.setWidthFull();
        configureGrid();
        add(head, typeFilter, grid, footer);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = event.getRouteParameters().get("id").orElse("");
        try {
            comparison = delta.comparison(actor, sessionId);
        } catch (AppException e) {
            Notifications.error(e.getMessage());
            event.forwardTo(Routes.session(sessionId));
            return;
        }
        comparison.changes().forEach(line -> {
            if (line.decision() != null) {
                decisions.put(line.employeeId(), line.decision());
            }
        });
        render();
    }

    private void render() {
        ComparisonDetails c = java.util.Objects.requireNonNull(comparison);
        head.removeAll();
        Anchor back = new Anchor(Routes.session(sessionId), "← Back to the session");
        H2 title = new H2("Receipt report version " + c.header().receiptVersion() + " compared with the session");
        title.setId("comparison-title");
        Span mode = Badges.of(c.header().mode() == MergeMode.MERGE ? "merged by Receipt ID"
                : "replaces all earlier receipts", "contrast");
        Div heading = new Div(title, mode);
        heading.addClassName("session-heading");
        Div counts = new Div();
        counts.addClassName("comparison-counts");
        for (ChangeType type : ChangeType.values()) {
            long n = c.count(type);
            if (n > 0) {
                Span count = new Span(badge(type), new Span(" " + n));
                count.setId("count-" + type.name().toLowerCase().replace('_', '-'));
                counts.add(count);
            }
        }
        counts.add(new Span(c.header().newReceipts() + " new receipt" + (c.header().newReceipts() == 1 ? "" : "s")));
        head.add(back, heading, counts);
        if (!c.pending()) {
            Paragraph applied = new Paragraph("Applied by " + c.header().appliedBy() + " on "
                    + Formats.dateTime(c.header().appliedAt()) + ". The decisions are shown as they were made.");
            applied.addClassName("closed-note");
            head.add(applied);
        } else {
            head.add(new Paragraph("Accept the changes to take into the session, reject the others, then apply."
                    + " Open a change to see what accepting it does. Nothing in the employees changes before you"
                    + " apply."));
        }
        footer.removeAll();
        if (c.pending() && sessions.get(actor, sessionId).status() == SessionStatus.COMPARING_RECEIPTS) {
            Button acceptAll = new Button("Accept all", VaadinIcon.CHECK_CIRCLE.create(), click -> decideAll(Decision.ACCEPT));
            acceptAll.setId("accept-all");
            Button rejectAll = new Button("Reject all", click -> decideAll(Decision.REJECT));
            Button apply = new Button("Apply…", click -> confirmApply());
            apply.setId("apply-comparison");
            apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button discard = new Button("Discard…", click -> confirmDiscard());
            discard.setId("discard-comparison");
            discard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            Div spacer = new Div();
            footer.add(acceptAll, rejectAll, decisionSummary, spacer, discard, apply);
            footer.setFlexGrow(1, spacer);
            ReadOnlyActions.apply(footer, actor);
        }
        updateSummary();
        refreshGrid();
    }

    private void configureGrid() {
        grid.setId("comparison-grid");
        grid.addColumn(ChangeLine::employeeId).setHeader("ID").setWidth("5.25rem").setFlexGrow(0).setSortable(true)
                .setTooltipGenerator(line -> "Employee ID " + line.employeeId());
        grid.addColumn(ChangeLine::name).setHeader("Name").setWidth("7rem").setFlexGrow(1).setSortable(true)
                .setTooltipGenerator(ChangeLine::name);
        grid.addComponentColumn(line -> badge(line.type())).setHeader("Change").setWidth("9.75rem").setFlexGrow(0);
        grid.addColumn(line -> Formats.money(line.oldReceiptTotal()) + " → " + Formats.money(line.newReceiptTotal()))
                .setHeader("Receipt total").setTextAlign(ColumnTextAlign.END).setWidth("11.5rem").setFlexGrow(0);
        grid.addComponentColumn(ComparisonView::difference).setHeader("Difference").setTextAlign(ColumnTextAlign.END)
                .setWidth("7.25rem").setFlexGrow(0);
        grid.addColumn(line -> line.oldReceiptCount() + " → " + line.newReceiptCount()).setHeader("Receipts")
                .setWidth("6rem").setFlexGrow(0).setTooltipGenerator(ComparisonView::receiptCounts);
        grid.addComponentColumn(this::decisionControl).setHeader("Decision").setWidth("10rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        // opening a change shows what accepting it does; the preview is read when opened
        grid.setDetailsVisibleOnClick(false);
        grid.addItemClickListener(click -> {
            if (comparison != null && comparison.pending()) {
                grid.setDetailsVisible(click.getItem(), !grid.isDetailsVisible(click.getItem()));
            }
        });
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::preview));
        grid.setEmptyStateText("No employee has a change of the selected kinds.");
        grid.setSizeFull();
    }

    /** What accepting this change does; a comparison applied or discarded meanwhile says so instead. */
    private com.vaadin.flow.component.Component preview(ChangeLine line) {
        try {
            return AcceptPreviewView.of(delta.preview(actor, sessionId, line.employeeId()));
        } catch (AppException e) {
            Paragraph gone = new Paragraph(e.getMessage());
            gone.addClassName("closed-note");
            return gone;
        }
    }

    private HorizontalLayout decisionControl(ChangeLine line) {
        HorizontalLayout control = new HorizontalLayout();
        control.setSpacing(false);
        control.addClassName("decision");
        if (!DecisionSheet.needsDecision(line)) {
            control.add(new Span("—"));
            return control;
        }
        Decision current = decisions.get(line.employeeId());
        boolean editable = comparison != null && comparison.pending() && !actor.impersonating();
        for (Decision decision : Decision.values()) {
            Button button = new Button(decision == Decision.ACCEPT ? "Accept" : "Reject", click -> {
                decisions.put(line.employeeId(), decision);
                updateSummary();
                grid.getDataProvider().refreshItem(line);
            });
            button.setId(decision.name().toLowerCase() + "-" + line.employeeId());
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            if (decision == current) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY,
                        decision == Decision.ACCEPT ? ButtonVariant.LUMO_SUCCESS : ButtonVariant.LUMO_ERROR);
            }
            button.setEnabled(editable);
            // deciding is not opening: the click stays with the button, the row's details stay as they are
            button.getElement().executeJs("this.addEventListener('click', e => e.stopPropagation())");
            control.add(button);
        }
        if (actor.impersonating()) {
            ReadOnlyActions.apply(control, actor);
        }
        return control;
    }

    private void decideAll(Decision decision) {
        decisions.putAll(DecisionSheet.all(java.util.Objects.requireNonNull(comparison).changes(), decision));
        updateSummary();
        grid.getDataProvider().refreshAll();
    }

    private String summaryText() {
        return DecisionSheet.tally(java.util.Objects.requireNonNull(comparison).changes(), decisions).text();
    }

    private void updateSummary() {
        decisionSummary.setText(summaryText());
    }

    private void confirmApply() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Apply the comparison?");
        Paragraph text = new Paragraph(summaryText() + ". Accepted changes become new employee revisions"
                + " (the previous amounts are kept) and the issues are checked again.");
        text.setId("apply-summary");
        dialog.add(text);
        Button apply = new Button("Apply", click -> {
            dialog.close();
            apply();
        });
        apply.setId("apply-confirm");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Back", click -> dialog.close()), apply);
        dialog.open();
    }

    private void apply() {
        ComparisonDetails c = java.util.Objects.requireNonNull(comparison);
        String summary = summaryText();
        try {
            delta.apply(actor, sessionId, DecisionSheet.selection(c.changes(), decisions));
            Notifications.success("Applied: " + summary + ".");
            getUI().ifPresent(ui -> ui.navigate(Routes.session(sessionId)));
        } catch (AppException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void confirmDiscard() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Discard the comparison?");
        dialog.add(new Paragraph("The session stays exactly as it was. The receipt version number stays used."));
        Button discard = new Button("Discard", click -> {
            dialog.close();
            try {
                delta.discard(actor, sessionId);
                Notifications.success("The comparison was discarded; the session is as it was.");
                getUI().ifPresent(ui -> ui.navigate(Routes.session(sessionId)));
            } catch (AppException e) {
                Notifications.error(e.getMessage());
            }
        });
        discard.setId("discard-confirm");
        discard.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button("Back", click -> dialog.close()), discard);
        dialog.open();
    }

    private void refreshGrid() {
        if (comparison == null) {
            return;
        }
        Set<ChangeType> types = typeFilter.getValue();
        grid.setItems(comparison.changes().stream().filter(l -> types.contains(l.type())).toList());
    }

    private static Span difference(ChangeLine line) {
        BigDecimal diff = line.difference();
        Span span = new Span(diff.signum() == 0 ? "—" : (diff.signum() > 0 ? "+" : "") + Formats.money(diff));
        span.addClassName(diff.signum() > 0 ? "amount-up" : diff.signum() < 0 ? "amount-down" : "amount-same");
        return span;
    }

    private static String receiptCounts(ChangeLine line) {
        String text = line.oldReceiptCount() + " → " + line.newReceiptCount();
        if (line.addedReceipts() > 0) {
            text += " (" + line.addedReceipts() + " new)";
        }
        if (line.changedReceipts() > 0) {
            text += " (" + line.changedReceipts() + " updated)";
        }
        return text;
    }

    private static Span badge(ChangeType type) {
        String tone = switch (type) {
            case NEW_EMPLOYEE -> "contrast";
            case REMOVED -> "error";
            case STILL_MISSING -> "warning";
            case AMOUNT_CHANGED -> "primary";
            case NO_CHANGE -> "success";
        };
        return Badges.of(label(type), tone);
    }

    private static String label(ChangeType type) {
        return switch (type) {
            case NEW_EMPLOYEE -> "New employee";
            case REMOVED -> "Removed";
            case STILL_MISSING -> "Still missing";
            case AMOUNT_CHANGED -> "Amount changed";
            case NO_CHANGE -> "No change";
        };
    }
}
