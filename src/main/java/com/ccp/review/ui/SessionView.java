package com.ccp.review.ui;

import com.ccp.base.AppException;
import com.ccp.base.Formats;
import com.ccp.base.ui.Badges;
import com.ccp.base.ui.Notifications;
import com.ccp.base.ui.Routes;
import com.ccp.employee.EmployeeRow;
import com.ccp.employee.ReadingWarning;
import com.ccp.export.ExportJobs;
import com.ccp.export.ExportService;
import com.ccp.export.ui.ExportPanel;
import com.ccp.ingestion.IngestionService;
import com.ccp.ingestion.UploadReceiver;
import com.ccp.ingestion.ui.LateReceiptsDialog;
import com.ccp.lifecycle.LifecycleService;
import com.ccp.lifecycle.ui.SessionActions;
import com.ccp.processing.LiveProgress;
import com.ccp.processing.SessionAction;
import com.ccp.processing.SessionDetails;
import com.ccp.processing.SessionService;
import com.ccp.processing.SessionStateMachine;
import com.ccp.processing.SessionStatus;
import com.ccp.profile.ProfileService;
import com.ccp.reconciliation.Flag;
import com.ccp.review.EmployeeService;
import com.ccp.review.EmployeeSort;
import com.ccp.review.HintService;
import com.ccp.security.Actor;
import com.ccp.security.CurrentUser;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One session: its summary, live progress while reading, and its employees with their flags. */
@Route(Routes.SESSION)
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
    private final TextField search = new TextField();
    private final HintService hints;
    private final ExportService exportService;
    private final Grid<EmployeeRow> grid = new Grid<>();
    private final Map<EmployeeSort, Grid.Column<EmployeeRow>> columns = new EnumMap<>(EmployeeSort.class);
    private final Div notes = new Div();
    /** The width below which the page is laid out compactly (as in styles.css). */
    private static final int NARROW = 1280;
    private @Nullable Registration resizing;
    private String sessionId = "";
    private EmployeeListState state = EmployeeListState.DEFAULT;
    private @Nullable EmployeeRow focused;
    private boolean restoring;
    private @Nullable Runnable unsubscribe;

    public SessionView(SessionService sessions, EmployeeService employees, LiveProgress liveProgress,
            LifecycleService lifecycle, IngestionService ingestion, UploadReceiver uploadReceiver,
            ExportService exportService, ExportJobs exportJobs, ProfileService profiles, CurrentUser currentUser,
            HintService hints) {
        this.hints = hints;
        this.exportService = exportService;
        this.sessions = sessions;
        this.employees = employees;
        this.liveProgress = liveProgress;
        this.ingestion = ingestion;
        this.uploadReceiver = uploadReceiver;
        this.profiles = profiles;
        this.actor = currentUser.actor();
        this.actions = new SessionActions(lifecycle, actor, this::refresh,
                () -> getUI().ifPresent(ui -> ui.navigate(Routes.SESSIONS)));
        this.exports = new ExportPanel(exportService, exportJobs, actor, this::refresh);
        addClassName("page");
        addClassName("session-page");
        setSizeFull();
        setSpacing(false);
        progressBar.setId("progress");
        progressText.setId("progress-text");
        progressBox.add(progressText, progressBar);
        progressBox.addClassName("progress-box");
        summary.setWidthFull();
        notes.addClassName("session-notes");
        Div bar = new Div(actions, notes);
        bar.addClassName("session-bar");
        add(summary, bar, exports, progressBox, employeeToolbar(), configureGrid());
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = event.getRouteParameters().get("id").orElse("");
        try {
            sessions.requireVisible(actor, sessionId);
        } catch (AppException e) {
            Notifications.error(e.getMessage());
            event.forwardTo(Routes.SESSIONS);
            return;
        }
        state = EmployeeListState.of(event.getLocation().getQueryParameters());
        restoring = true;
        try {
            filterTabs.setSelectedIndex(state.tab().ordinal());
            flagFilter.setValue(state.flag());
            search.setValue(state.search() == null ? "" : state.search());
            hasHints.setValue(state.hasHints());
            Grid.Column<EmployeeRow> column = columns.get(state.sort());
            if (state.sort() == EmployeeSort.EMPLOYEE_ID && !state.descending()) {
                grid.sort(List.of());
            } else {
                grid.sort(List.of(new GridSortOrder<>(column,
                        state.descending() ? SortDirection.DESCENDING : SortDirection.ASCENDING)));
            }
        } finally {
            restoring = false;
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        reportScrolling();
        ui.getPage().retrieveExtendedClientDetails(details -> fitColumns(details.getWindowInnerWidth()));
        resizing = ui.getPage().addBrowserWindowResizeListener(resize -> fitColumns(resize.getWidth()));
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
        if (resizing != null) {
            resizing.remove();
        }
        super.onDetach(event);
    }

    private void refresh() {
        render(sessions.get(actor, sessionId));
    }

    private void render(SessionDetails session) {
        summary.removeAll();
        notes.removeAll();
        summary.add(SessionSummaryPanel.of(session, hints.openCount(actor, sessionId)));
        actions.show(session, readButtons(session), featureButtons(session));
        exports.show(session);
        List<ReadingWarning> warnings = employees.warnings(actor, sessionId);
        if (!warnings.isEmpty()) {
            Div list = new Div();
            warnings.forEach(w -> list.add(new Div(ReadingNotes.text(w))));
            Details details = new Details(warnings.size() + (warnings.size() == 1 ? " reading note" : " reading notes"),
                    list);
            details.addClassName("warnings");
            details.setId("reading-warnings");
            notes.add(details);
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
                    click -> getUI().ifPresent(ui -> ui.navigate(Routes.comparison(sessionId))));
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
        String phase = progress.phase() == null ? "Starting" : progress.phase().label();
        progressText.setText(phase + " — " + progress.pagesDone() + " of " + progress.pagesTotal() + " pages, "
                + progress.employeesFound() + " employees found");
    }

    private HorizontalLayout employeeToolbar() {
        filterTabs.addSelectedChangeListener(e -> listChanged());
        filterTabs.setId("employee-filter");
        flagFilter.setItems(Arrays.stream(Flag.values()).map(Flag::name).toList());
        flagFilter.setItemLabelGenerator(f -> SessionBadges.words(Flag.valueOf(f)));
        flagFilter.setPlaceholder("Any flag");
        flagFilter.setClearButtonVisible(true);
        flagFilter.setId("flag-filter");
        flagFilter.setWidth("14rem");
        flagFilter.addValueChangeListener(e -> listChanged());
        search.setPlaceholder("Search name or ID");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("employee-search");
        search.setWidth("14rem");
        search.addValueChangeListener(e -> listChanged());
        hasHints.setId("has-hints");
        hasHints.addValueChangeListener(e -> listChanged());
        H2 title = new H2("Employees");
        title.addClassName("toolbar-title");
        HorizontalLayout toolbar = new HorizontalLayout(title, filterTabs, search, flagFilter, hasHints);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.addClassName("employee-toolbar");
        toolbar.setWidthFull();
        return toolbar;
    }

    private Grid<EmployeeRow> configureGrid() {
        column(EmployeeSort.EMPLOYEE_ID, grid.addColumn(EmployeeRow::employeeId), "ID").setWidth("4.5rem")
                .setFlexGrow(0);
        column(EmployeeSort.NAME, grid.addColumn(EmployeeRow::name), "Name").setWidth("6.5rem").setFlexGrow(2)
                .setTooltipGenerator(SessionView::nameTooltip);
        column(EmployeeSort.CAR_TOTAL, grid.addColumn(e -> Formats.money(e.carTotal())), "CAR total")
                .setTextAlign(ColumnTextAlign.END).setWidth("6.25rem").setFlexGrow(0);
        column(EmployeeSort.RECEIPT_TOTAL, grid.addColumn(e -> Formats.money(e.receiptTotal())), "Receipts")
                .setTextAlign(ColumnTextAlign.END).setWidth("6.25rem").setFlexGrow(0);
        column(EmployeeSort.DIFFERENCE, grid.addColumn(new ComponentRenderer<>(SessionView::difference)), "Difference")
                .setTextAlign(ColumnTextAlign.END).setWidth("7rem").setFlexGrow(0);
        column(EmployeeSort.TRANSACTIONS, grid.addColumn(e -> e.transactionCount() + " / " + e.receiptCount()),
                "Counts").setTextAlign(ColumnTextAlign.END).setWidth("5.25rem").setFlexGrow(0)
                .setTooltipGenerator(e -> e.transactionCount() + " card charges, " + e.receiptCount() + " receipts");
        column(EmployeeSort.FLAGS, grid.addColumn(new ComponentRenderer<>(SessionView::flags)), "Flags")
                .setWidth("7rem").setFlexGrow(3)
                .setTooltipGenerator(e -> e.flags().isEmpty() ? "No flags"
                        : String.join(", ", e.flags().stream().map(f -> f.replace('_', ' ').toLowerCase()).toList()));
        column(EmployeeSort.HINTS, grid.addColumn(new ComponentRenderer<>(e -> e.hints() == 0 ? new Span("—")
                : Badges.of(String.valueOf(e.hints()), "info"))), "Hints")
                .setTextAlign(ColumnTextAlign.CENTER).setWidth("4.5rem").setFlexGrow(0);
        column(EmployeeSort.STATUS, grid.addColumn(new ComponentRenderer<>(e -> e.ready() ? Badges.of("ready", "success")
                : Badges.of(e.openIssues() + " open", "warning"))), "Status").setWidth("6.25rem").setFlexGrow(0);
        column(EmployeeSort.EXPORTED, grid.addColumn(new ComponentRenderer<>(SessionView::exported)), "Export")
                .setWidth("5.75rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText("No employees (yet).");
        grid.setId("employees-grid");
        grid.setWidthFull();
        grid.setMinHeight("16rem");
        grid.addSortListener(e -> {
            if (!restoring) {
                listChanged();
            }
        });
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.addCellFocusListener(e -> focused = e.getItem().orElse(null));
        grid.getElement().addEventListener("keydown", e -> {
            if (focused != null) {
                open(focused);
            }
        }).setFilter("event.key === 'Enter'");
        return grid;
    }

    /**
     * Below 1280 px the flags show one short badge (CSS), so their column keeps a fixed width; the
     * counts and hints columns step aside (the name's tooltip says them) and the name takes the room.
     * Wider windows give the flags room for two in full.
     */
    private void fitColumns(int windowWidth) {
        boolean narrow = windowWidth > 0 && windowWidth < NARROW;
        columns.get(EmployeeSort.NAME).setFlexGrow(narrow ? 1 : 2);
        columns.get(EmployeeSort.FLAGS).setWidth(narrow ? "10rem" : "7rem").setFlexGrow(narrow ? 0 : 3);
        columns.get(EmployeeSort.TRANSACTIONS).setVisible(!narrow);
        columns.get(EmployeeSort.HINTS).setVisible(!narrow);
    }

    private static String nameTooltip(EmployeeRow e) {
        return e.name() + (e.cardLast4() == null ? ", no card in the CAR" : ", card ••" + e.cardLast4()) + "; "
                + e.transactionCount() + " card charges, " + e.receiptCount() + " receipts"
                + (e.hints() == 0 ? "" : ", " + e.hints() + (e.hints() == 1 ? " hint" : " hints"));
    }

    private Grid.Column<EmployeeRow> column(EmployeeSort sort, Grid.Column<EmployeeRow> column, String header) {
        columns.put(sort, column);
        return column.setHeader(header).setKey(sort.key()).setComparator(sort.comparator()).setSortable(true)
                .setResizable(true);
    }

    /** Opens an employee; the row and the scroll position go into this page's URL first, so Back returns to them. */
    private void open(EmployeeRow row) {
        state = state.withRow(row.employeeId()).withTop(state.top());
        writeUrl();
        getUI().ifPresent(ui -> ui.navigate(Routes.employee(sessionId, row.employeeId()),
                state.withRow(null).query()));
    }

    private static Span difference(EmployeeRow row) {
        BigDecimal diff = row.difference();
        Span span = new Span(diff.signum() == 0 ? "—" : Formats.money(diff));
        // a difference the clerk has explained (every issue resolved) is no longer an exception
        if (diff.signum() != 0) {
            span.addClassName(row.ready() ? "resolved-difference" : "attention");
        }
        return span;
    }

    private static Span exported(EmployeeRow row) {
        if (row.exportedBatch() == null) {
            Span none = new Span("—");
            none.setTitle("Not exported yet");
            return none;
        }
        Span badge = Badges.of("batch " + row.exportedBatch(), "neutral");
        badge.setTitle("Sent in export batch " + row.exportedBatch() + " of this session");
        return badge;
    }

    /**
     * A row stays one line high: wide windows show two flags in full, narrow ones (CSS) one in its
     * short form; a "+n" badge counts the rest, and the cell's tooltip names them all.
     */
    private static Div flags(EmployeeRow row) {
        Div flags = new Div();
        flags.addClassName("grid-flags");
        List<String> all = row.flags();
        for (int i = 0; i < all.size(); i++) {
            String flag = all.get(i);
            Span badge = SessionBadges.flag(flag);
            Span full = new Span(badge.getText());
            full.addClassName("flag-full");
            Span brief = new Span(SessionBadges.shortWords(flag));
            brief.addClassName("flag-short");
            badge.setText("");
            badge.add(full, brief);
            if (i >= 1) {
                badge.addClassName("flag-extra-narrow");
            }
            if (i >= 2) {
                badge.addClassName("flag-extra-wide");
            }
            flags.add(badge);
        }
        if (all.size() > 1) {
            flags.add(more(all.size() - 1, "flag-more-narrow"));
        }
        if (all.size() > 2) {
            flags.add(more(all.size() - 2, "flag-more-wide"));
        }
        return flags;
    }

    private static Span more(int count, String className) {
        Span more = Badges.of("+" + count, "neutral");
        more.addClassName(className);
        return more;
    }

    /** A filter, search or order changed: read the list again and keep it in the URL. */
    private void listChanged() {
        if (restoring) {
            return;
        }
        List<GridSortOrder<EmployeeRow>> order = grid.getSortOrder();
        EmployeeSort sort = EmployeeSort.EMPLOYEE_ID;
        boolean descending = false;
        if (!order.isEmpty()) {
            sort = EmployeeSort.ofKey(order.getFirst().getSorted().getKey()).orElse(EmployeeSort.EMPLOYEE_ID);
            descending = order.getFirst().getDirection() == SortDirection.DESCENDING;
        }
        EmployeeListState.Tab tab = EmployeeListState.Tab.values()[Math.max(0, filterTabs.getSelectedIndex())];
        state = new EmployeeListState(tab, flagFilter.getValue(), search.getValue(), hasHints.getValue(), sort,
                descending, null, null);
        writeUrl();
        refreshEmployees();
        // another list starts at its top
        grid.scrollToStart();
    }

    /**
     * The grid says, a moment after the user stops scrolling, which row is the first in view (the
     * grid has no server-side scroll event); the index goes into the URL like the filter.
     */
    private void reportScrolling() {
        grid.getElement().executeJs("""
                const grid = this;
                const view = $0;
                customElements.whenDefined('vaadin-grid').then(() => {
                  if (grid.__scrollReported) return;
                  grid.__scrollReported = true;
                  const table = grid.shadowRoot.querySelector('#table');
                  let timer;
                  table.addEventListener('scroll', () => {
                    clearTimeout(timer);
                    timer = setTimeout(() => {
                      const head = grid.shadowRoot.querySelector('#header').getBoundingClientRect().bottom;
                      const rows = [...grid.shadowRoot.querySelectorAll('#items tr')]
                        .filter(tr => !tr.hidden && tr.index >= 0 && tr.getBoundingClientRect().bottom > head + 1);
                      if (rows.length && view.$server) {
                        view.$server.gridScrolled(Math.min(...rows.map(tr => tr.index)));
                      }
                    }, 250);
                  });
                });""", getElement());
    }

    @ClientCallable
    private void gridScrolled(int firstVisible) {
        if (firstVisible < 0 || (state.top() == null ? 0 : state.top()) == firstVisible) {
            return;
        }
        state = state.withTop(firstVisible);
        writeUrl();
    }

    private void writeUrl() {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location(Routes.session(sessionId), state.query())));
    }

    private void refreshEmployees() {
        if (sessionId.isEmpty()) {
            return;
        }
        List<EmployeeRow> rows = employees.employees(actor, sessionId, state.filter());
        grid.setItems(rows);
        String row = state.row();
        Integer top = state.top();
        if (top != null) {
            grid.scrollToIndex(top);
        }
        if (row != null) {
            List<EmployeeRow> shown = employees.employees(actor, sessionId, state.filter(), state.sort(),
                    state.descending());
            for (int i = 0; i < shown.size(); i++) {
                if (shown.get(i).employeeId().equals(row)) {
                    EmployeeRow item = shown.get(i);
                    grid.select(item);
                    if (top == null) {
                        grid.scrollToIndex(Math.max(0, i - 3));
                    }
                    break;
                }
            }
        }
    }
}
