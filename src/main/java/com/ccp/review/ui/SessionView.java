package com.ccp.review.ui;

import com.ccp.export.ExportJobs;
import com.ccp.export.ExportService;
import com.ccp.export.ui.ExportPanel;
import com.ccp.ingestion.IngestionService;
import com.ccp.ingestion.UploadReceiver;
import com.ccp.ingestion.ui.LateReceiptsDialog;
import com.ccp.lifecycle.LifecycleService;
import com.ccp.profile.ProfileService;
import com.ccp.lifecycle.ui.SessionActions;
import com.ccp.processing.SessionAction;
import com.ccp.processing.SessionStateMachine;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import com.ccp.base.AppException;
import com.ccp.base.ui.Badges;
import com.ccp.base.ui.Notifications;
import com.ccp.processing.ui.SessionsView;
import com.ccp.base.ui.Formats;
import com.ccp.processing.LiveProgress;
import com.ccp.processing.SessionDetails;
import com.ccp.processing.SessionService;
import com.ccp.processing.SessionStatus;
import com.ccp.review.EmployeeFilter;
import com.ccp.review.EmployeeRow;
import com.ccp.review.EmployeeService;
import com.ccp.review.HintService;
import com.ccp.security.Actor;
import com.ccp.security.CurrentUser;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One session: its summary, live progress while reading, and its employees with their flags. */
@Route("sessions/:id")
@PageTitle("Session · Credit Card Processor")
@PermitAll
public class SessionView extends VerticalLayout implements BeforeEnterObserver {

    private final SessionService sessions;
    private final EmployeeService employees;
    private final LiveProgress liveProgress;
    private final Actor actor;
    private final SessionActions actions;
    private final ExportPanel exports;
    private final IngestionService ingestion;
    private final UploadReceiver uploadReceiver;
    private final ProfileService profiles;
    private final Div summary = new Div();
    private final Div progressBox = new Div();
    private final ProgressBar progressBar = new ProgressBar();
    private final Span progressText = new Span();
    private final Tabs filterTabs = new Tabs(new Tab("All"), new Tab("Exceptions"), new Tab("Ready"));
    private final ComboBox<String> flagFilter = new ComboBox<>();
    private final Checkbox hasHints = new Checkbox("Has hints");
    private final HintService hints;
    private final Grid<EmployeeRow> grid = new Grid<>();
    private String sessionId = "";
    private @Nullable Runnable unsubscribe;

    public SessionView(SessionService sessions, EmployeeService employees, LiveProgress liveProgress,
            LifecycleService lifecycle, IngestionService ingestion, UploadReceiver uploadReceiver,
            ExportService exportService, ExportJobs exportJobs, ProfileService profiles, CurrentUser currentUser,
            HintService hints) {
        this.hints = hints;
        this.sessions = sessions;
        this.employees = employees;
        this.liveProgress = liveProgress;
        this.ingestion = ingestion;
        this.uploadReceiver = uploadReceiver;
        this.profiles = profiles;
        this.actor = currentUser.actor();
        this.actions = new SessionActions(lifecycle, actor, this::refresh,
                () -> getUI().ifPresent(ui -> ui.navigate(SessionsView.class)));
        this.exports = new ExportPanel(exportService, exportJobs, actor, this::refresh);
        addClassName("page");
        setSizeFull();
        progressBar.setId("progress");
        progressText.setId("progress-text");
        progressBox.add(progressText, progressBar);
        progressBox.addClassName("progress-box");
        summary.setWidthFull();
        add(summary, actions, progressBox, exports, employeeToolbar(), configureGrid());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = event.getRouteParameters().get("id").orElse("");
        try {
            sessions.get(actor, sessionId);
        } catch (AppException e) {
            Notifications.error(e.getMessage());
            event.forwardTo(SessionsView.class);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        unsubscribe = liveProgress.subscribe(sessionId, update -> ui.access(() -> {
            if (update.finished()) {
                render(sessions.get(actor, sessionId));
            } else {
                showProgress(update.progress());
            }
        }));
        render(sessions.get(actor, sessionId));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unsubscribe != null) {
            unsubscribe.run();
        }
        super.onDetach(event);
    }

    private void refresh() {
        render(sessions.get(actor, sessionId));
    }

    private void render(SessionDetails session) {
        summary.removeAll();
        summary.add(SessionSummaryPanel.of(session, hints.openCount(actor, sessionId)));
        actions.show(session, readButtons(session), featureButtons(session));
        exports.show(session);
        List<EmployeeService.ReadingWarning> warnings = employees.warnings(actor, sessionId);
        if (!warnings.isEmpty()) {
            Div list = new Div();
            warnings.forEach(w -> list.add(new Div((w.page() > 0 ? w.source() + " p. " + w.page() + ": " : "")
                    + w.message())));
            Details details = new Details(warnings.size() + (warnings.size() == 1 ? " reading note" : " reading notes"),
                    list);
            details.addClassName("warnings");
            details.setId("reading-warnings");
            summary.add(details);
        }
        boolean running = session.status().running() || session.status() == SessionStatus.PENDING;
        progressBox.setVisible(running || session.status() == SessionStatus.PAUSED);
        if (running) {
            showProgress(session.progress());
        } else if (session.status() == SessionStatus.PAUSED) {
            progressBar.setIndeterminate(false);
            progressBar.setValue(session.progress().fraction());
            progressText.setText("Paused after " + session.progress().pagesDone() + " of "
                    + session.progress().pagesTotal() + " pages — Resume reads the files again from page 1.");
        }
        refreshEmployees();
    }

    /** Buttons that only lead somewhere: shown to support viewing as the owner too. */
    private List<Component> readButtons(SessionDetails session) {
        List<Component> buttons = new ArrayList<>();
        if (session.status() == SessionStatus.COMPARING_RECEIPTS) {
            Button review = new Button("Review the comparison", VaadinIcon.SPLIT.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate("sessions/" + sessionId + "/comparison")));
            review.setId("review-comparison");
            review.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(review);
        }
        return buttons;
    }

    private Component[] featureButtons(SessionDetails session) {
        List<Component> buttons = new ArrayList<>();
        exports.exportButton(session).ifPresent(buttons::add);
        if (SessionStateMachine.allows(session.status(), SessionAction.REPROCESS, actor.isAdmin())) {
            Button upload = new Button("Upload late receipts…", VaadinIcon.UPLOAD.create(), click ->
                    new LateReceiptsDialog(ingestion, uploadReceiver, profiles, actor, sessionId, version -> refresh()).open());
            upload.setId("late-receipts");
            buttons.add(upload);
        }
        return buttons.toArray(Component[]::new);
    }

    private void showProgress(SessionDetails.Progress progress) {
        progressBox.setVisible(true);
        progressBar.setIndeterminate(progress.pagesTotal() == 0);
        progressBar.setValue(progress.fraction());
        String phase = progress.phase() == null ? "Starting" : switch (progress.phase()) {
            case "EXTRACTING" -> "Reading pages";
            case "ANALYZING" -> "Matching receipts and checking";
            case "DONE" -> "Finishing";
            default -> progress.phase();
        };
        progressText.setText(phase + " — " + progress.pagesDone() + " of " + progress.pagesTotal() + " pages, "
                + progress.employeesFound() + " employees found");
    }

    private HorizontalLayout employeeToolbar() {
        filterTabs.addSelectedChangeListener(e -> refreshEmployees());
        filterTabs.setId("employee-filter");
        flagFilter.setItems(List.of("FILE_INTEGRITY", "MISSING_ATTACHMENT", "MISSING_CODING", "MISSING_RECEIPT",
                "RECEIPT_WITHOUT_CARDHOLDER", "TOTAL_MISMATCH"));
        flagFilter.setItemLabelGenerator(f -> f.replace('_', ' ').toLowerCase());
        flagFilter.setPlaceholder("Any flag");
        flagFilter.setClearButtonVisible(true);
        flagFilter.addValueChangeListener(e -> refreshEmployees());
        hasHints.setId("has-hints");
        hasHints.addValueChangeListener(e -> refreshEmployees());
        HorizontalLayout toolbar = new HorizontalLayout(new H2("Employees"), filterTabs, flagFilter, hasHints);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.setWidthFull();
        return toolbar;
    }

    private Grid<EmployeeRow> configureGrid() {
        grid.addColumn(EmployeeRow::employeeId).setHeader("Employee ID").setAutoWidth(true).setSortable(true);
        grid.addColumn(EmployeeRow::name).setHeader("Name").setAutoWidth(true).setSortable(true);
        grid.addColumn(e -> e.cardLast4() == null ? "—" : "••" + e.cardLast4()).setHeader("Card").setAutoWidth(true);
        grid.addColumn(e -> Formats.money(e.carTotal())).setHeader("CAR total").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(e -> Formats.money(e.receiptTotal())).setHeader("Receipts").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(SessionView::difference)).setHeader("Difference")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(e -> e.transactionCount() + " / " + e.receiptCount()).setHeader("Trans. / receipts")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(SessionView::flags)).setHeader("Flags").setWidth("300px")
                .setFlexGrow(3);
        grid.addColumn(new ComponentRenderer<>(e -> e.hints() == 0 ? new Span("—")
                : Badges.of(e.hints() + (e.hints() == 1 ? " hint" : " hints"), "info"))).setHeader("Hints")
                .setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(e -> e.ready() ? Badges.of("ready", "success")
                : Badges.of(e.openIssues() + " open", "warning"))).setHeader("Status").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No employees (yet).");
        grid.setId("employees-grid");
        grid.setSizeFull();
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(EmployeeView.class,
                new RouteParameters(java.util.Map.of("id", sessionId, "employeeId", click.getItem().employeeId())))));
        return grid;
    }

    private static Span difference(EmployeeRow row) {
        BigDecimal diff = row.carTotal().subtract(row.receiptTotal());
        Span span = new Span(diff.signum() == 0 ? "—" : Formats.money(diff));
        if (diff.signum() != 0) {
            span.addClassName("attention");
        }
        return span;
    }

    private static HorizontalLayout flags(EmployeeRow row) {
        HorizontalLayout flags = new HorizontalLayout();
        flags.setSpacing(false);
        flags.addClassName("flag-list");
        row.flags().forEach(flag -> flags.add(Badges.flag(flag)));
        return flags;
    }

    private void refreshEmployees() {
        if (sessionId.isEmpty()) {
            return;
        }
        int tab = filterTabs.getSelectedIndex();
        EmployeeFilter.Status status = tab == 1 ? EmployeeFilter.Status.EXCEPTION
                : tab == 2 ? EmployeeFilter.Status.READY : null;
        grid.setItems(employees.employees(actor, sessionId, new EmployeeFilter(flagFilter.getValue(), status,
                hasHints.getValue())));
    }
}
