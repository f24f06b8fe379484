package com.ccp.admin.ui;

import com.ccp.admin.ActivityLine;
import com.ccp.admin.ActivityService;
import com.ccp.audit.ActivityEntry;
import com.ccp.audit.ActivityQuery;
import com.ccp.audit.AuditAction;
import com.ccp.base.AppException;
import com.ccp.base.Formats;
import com.ccp.base.ui.Notifications;
import com.ccp.security.Actor;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** The activity log, searched by user, action, session and dates, lazily paged, and downloadable as CSV. */
class ActivityPanel extends VerticalLayout {

    private final ActivityService activity;
    private final Actor actor;
    private final TextField user = new TextField("User");
    private final ComboBox<String> action = new ComboBox<>("Action");
    private final TextField session = new TextField("Session id");
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To (inclusive)");
    private final Grid<ActivityLine> grid = new Grid<>();

    ActivityPanel(ActivityService activity, Actor actor) {
        this.activity = activity;
        this.actor = actor;
        setPadding(false);
        setSizeFull();
        action.setItems(activity.actions(actor));
        action.setClearButtonVisible(true);
        action.setItemLabelGenerator(AuditAction::wordsOf);
        for (TextField field : java.util.List.of(user, session)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
            field.addValueChangeListener(e -> refresh());
        }
        for (com.vaadin.flow.component.HasSize field : java.util.List.of(user, action, session, from, to)) {
            field.setWidth("10rem");
        }
        user.setId("activity-user");
        session.setId("activity-session");
        action.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        Anchor csv = new Anchor(csvDownload(), "");
        csv.add(VaadinIcon.FILE_TABLE.create(), new com.vaadin.flow.component.html.Span("Download CSV"));
        csv.addClassName("download-link");
        csv.setId("activity-csv");
        HorizontalLayout filters = new HorizontalLayout(user, action, session, from, to, csv);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        grid.addColumn(l -> Formats.dateTime(l.entry().at())).setHeader("When").setWidth("9.5rem").setFlexGrow(0);
        grid.addColumn(l -> who(l.entry())).setHeader("Who").setWidth("5rem").setFlexGrow(1);
        grid.addColumn(ActivityLine::action).setHeader("Action").setWidth("9rem").setFlexGrow(1)
                .setTooltipGenerator(l -> l.entry().action());
        grid.addColumn(ActivityPanel::session).setHeader("Session").setWidth("8rem").setFlexGrow(1)
                .setResizable(true);
        grid.addColumn(l -> l.employee() == null ? "" : l.employee()).setHeader("Employee").setWidth("8rem")
                .setFlexGrow(1).setResizable(true);
        grid.addColumn(l -> outcome(l.entry().outcome())).setHeader("Outcome").setWidth("5.5rem").setFlexGrow(0);
        grid.addColumn(l -> l.entry().details() == null ? "" : Formats.datesIn(l.entry().details()))
                .setHeader("Details").setWidth("12rem").setFlexGrow(4).setResizable(true);
        // long details wrap rather than end in an ellipsis; the whole entry opens on a click
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.setId("activity-grid");
        grid.addItemClickListener(click -> details(click.getItem()));
        add(filters, grid);
        refresh();
    }

    private void refresh() {
        try {
            ActivityQuery query = query();
            grid.setItems(q -> activity.lines(actor, query, q.getOffset(), q.getLimit()).stream(),
                    q -> activity.count(actor, query));
        } catch (AppException e) {
            Notifications.error(e.getMessage());
        }
    }

    private DownloadHandler csvDownload() {
        return event -> {
            event.setFileName("activity.csv");
            event.setContentType("text/csv; charset=UTF-8");
            try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                activity.writeCsv(actor, query(), out);
            }
        };
    }

    private ActivityQuery query() {
        return new ActivityQuery(user.getValue(), action.getValue(), session.getValue(), startOf(from.getValue()),
                startOf(to.getValue() == null ? null : to.getValue().plusDays(1)));
    }

    private static @Nullable Instant startOf(@Nullable LocalDate date) {
        return date == null ? null : date.atStartOfDay(ZoneId.systemDefault()).toInstant();
    }

    private static String who(ActivityEntry entry) {
        return entry.actingAs() == null ? entry.actor() : entry.actor() + " as " + entry.actingAs();
    }

    /** The session by name; one deleted since shows its id, as the log keeps it. */
    private static String session(ActivityLine line) {
        String id = line.entry().sessionId();
        if (id == null) {
            return "";
        }
        return line.sessionName() != null ? line.sessionName() : "deleted session " + id;
    }

    private static String outcome(String outcome) {
        return switch (outcome) {
            case "OK" -> "done";
            case "REFUSED" -> "refused";
            case "FAILED" -> "failed";
            default -> outcome.toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** The whole entry, details uncut, on a click on its row. */
    private static void details(ActivityLine activityLine) {
        ActivityEntry entry = activityLine.entry();
        com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle(activityLine.action());
        dialog.setId("activity-details");
        dialog.setWidth("min(700px, 95vw)");
        com.vaadin.flow.component.html.Div body = new com.vaadin.flow.component.html.Div();
        body.addClassName("activity-details");
        java.util.function.BiConsumer<String, String> line = (label, value) -> {
            com.vaadin.flow.component.html.Div row = new com.vaadin.flow.component.html.Div(
                    new com.vaadin.flow.component.html.Span(label + ": "),
                    new com.vaadin.flow.component.html.Span(value));
            body.add(row);
        };
        line.accept("When", Formats.dateTime(entry.at()));
        line.accept("Who", who(entry));
        line.accept("Action", activityLine.action() + " (" + entry.action() + ")");
        line.accept("Session", entry.sessionId() == null ? "—" : (activityLine.sessionName() == null
                ? "deleted session" : activityLine.sessionName()) + " (" + entry.sessionId() + ")");
        if (activityLine.employee() != null) {
            line.accept("Employee", activityLine.employee());
        }
        line.accept("Outcome", outcome(entry.outcome()));
        line.accept("Details", entry.details() == null ? "—" : Formats.datesIn(entry.details()));
        if (entry.clientAddress() != null) {
            line.accept("From", entry.clientAddress());
        }
        dialog.add(body);
        dialog.getFooter().add(new com.vaadin.flow.component.button.Button("Close", click -> dialog.close()));
        dialog.open();
    }
}
