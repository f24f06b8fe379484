package com.ccp.review.ui;

import com.ccp.base.Formats;
import com.ccp.base.ui.Notifications;
import com.ccp.base.ui.Routes;
import com.ccp.lifecycle.CloseImpact;
import com.ccp.lifecycle.LifecycleService;
import com.ccp.lifecycle.ui.CloseImpactView;
import com.ccp.lifecycle.ui.CloseSessionDialog;
import com.ccp.processing.SessionFilter;
import com.ccp.processing.SessionService;
import com.ccp.processing.SessionStatus;
import com.ccp.processing.SessionSummary;
import com.ccp.security.Actor;
import com.ccp.security.CurrentUser;
import com.ccp.security.ui.ReadOnlyActions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** The session list: newest first, lazily loaded, filtered by status, name/period and (admins) owner. */
@Route(Routes.SESSIONS)
@Menu(title = "Sessions", order = 1)
@PageTitle("Sessions · Credit Card Processor")
@PermitAll
public class SessionsView extends VerticalLayout {

    private final SessionService sessions;
    private final Actor actor;
    private final Grid<SessionSummary> grid = new Grid<>();
    private final MultiSelectComboBox<SessionStatus> status = new MultiSelectComboBox<>("Status");
    private final TextField text = new TextField("Name or period");
    private final TextField owner = new TextField("Owner");

    public SessionsView(SessionService sessions, LifecycleService lifecycle, CurrentUser currentUser) {
        this.sessions = sessions;
        this.actor = currentUser.actor();
        addClassName("page");
        setSizeFull();
        Button create = new Button("New session", VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(Routes.NEW_SESSION)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-session");
        Button closeAll = new Button("Close all…", VaadinIcon.LOCK.create(), click -> {
            List<CloseImpact> closeable = lifecycle.closeable(actor);
            if (closeable.isEmpty()) {
                Notifications.success("You have no completed, failed or cancelled session to close.");
                return;
            }
            List<String> ids = closeable.stream().map(CloseImpact::sessionId).toList();
            new CloseSessionDialog("Close all your finished sessions",
                    "Every session listed is closed with this reason.", CloseImpactView.list(closeable),
                    (reason, confirmation) -> {
                        int closed = lifecycle.closeListed(actor, reason, confirmation, ids);
                        return closed + (closed == 1 ? " session" : " sessions") + " closed.";
                    }, this::refresh).open();
        });
        closeAll.setId("close-all");
        closeAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(closeAll, create);
        ReadOnlyActions.apply(actions, actor);
        HorizontalLayout header = new HorizontalLayout(new H2("Sessions"), actions);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        add(header, filters(), configureGrid());
        refresh();
    }

    private HorizontalLayout filters() {
        status.setItems(SessionStatus.values());
        status.setItemLabelGenerator(s -> s.name().replace('_', ' ').toLowerCase());
        status.addValueChangeListener(e -> refresh());
        text.setPlaceholder("e.g. March or 2025-03");
        text.setWidth("15rem");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> refresh());
        owner.setClearButtonVisible(true);
        owner.setValueChangeMode(ValueChangeMode.LAZY);
        owner.addValueChangeListener(e -> refresh());
        owner.setVisible(actor.isAdmin());
        HorizontalLayout filters = new HorizontalLayout(text, status, owner);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        return filters;
    }

    private Grid<SessionSummary> configureGrid() {
        grid.addColumn(SessionSummary::name).setHeader("Name").setWidth("8rem").setFlexGrow(1)
                .setTooltipGenerator(SessionSummary::name);
        grid.addColumn(s -> Formats.period(s.period())).setHeader("Period").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(s -> SessionBadges.status(s.status()))).setHeader("Status")
                .setAutoWidth(true).setFlexGrow(0);
        // a user sees only their own sessions: the owner is worth a column to an admin only
        grid.addColumn(SessionSummary::owner).setHeader("Owner").setAutoWidth(true).setFlexGrow(0)
                .setVisible(actor.isAdmin());
        grid.addColumn(s -> Formats.dateTime(s.createdAt())).setHeader("Created").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.ready() + " / " + s.employees()).setHeader("Ready").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(s -> s.ready() + " of " + s.employees() + " employees ready");
        grid.addColumn(new ComponentRenderer<>(s -> openIssues(s.openIssues()))).setHeader("Open issues")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> Formats.money(s.carTotal())).setHeader("CAR total").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> Formats.money(s.receiptTotal())).setHeader("Receipt total")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText("No sessions yet: start one with \"New session\".");
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(Routes.session(click.getItem().id()))));
        grid.setSizeFull();
        grid.setId("sessions-grid");
        return grid;
    }

    private static Span openIssues(int count) {
        Span span = new Span(String.valueOf(count));
        if (count > 0) {
            span.addClassName("attention");
        }
        return span;
    }

    private void refresh() {
        SessionFilter filter = new SessionFilter(status.getValue(), actor.isAdmin() ? owner.getValue() : null,
                text.getValue());
        grid.setItems(query -> sessions.list(actor, filter, query.getOffset(), query.getLimit()).stream(),
                query -> sessions.count(actor, filter));
    }
}
