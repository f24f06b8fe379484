package com.ccp.admin.ui;

import com.ccp.admin.AdminStats;
import com.ccp.admin.AdminStatsService;
import com.ccp.security.Actor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/** The dashboard: key figures, health, sessions by status and sessions/exports per month. */
class DashboardPanel extends VerticalLayout {

    private final AdminStatsService stats;
    private final Actor actor;
    private final Div content = new Div();

    DashboardPanel(AdminStatsService stats, Actor actor) {
        this.stats = stats;
        this.actor = actor;
        setPadding(false);
        Button refresh = new Button("Refresh", VaadinIcon.REFRESH.create(), click -> refresh());
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        refresh.setId("dashboard-refresh");
        content.setWidthFull();
        add(refresh, content);
        refresh();
    }

    private void refresh() {
        AdminStats s = stats.stats(actor);
        content.removeAll();
        Div figures = new Div(
                figure("Health", s.health().status(), "health", s.health().status().equals("UP") ? "ok" : "bad"),
                figure("Employees processed", String.valueOf(s.employees()), "employees", null),
                figure("Open issues", String.valueOf(s.openIssues()), "open-issues", null),
                figure("Export batches", String.valueOf(s.exports()), "exports", null),
                figure("Jobs running", String.valueOf(s.jobs().running()), "jobs-running", null),
                figure("Sessions failed", String.valueOf(s.jobs().failed()), "jobs-failed",
                        s.jobs().failed() > 0 ? "warn" : null),
                figure("Uploads on disk", Bytes.format(s.uploadBytes()), "upload-bytes", null),
                figure("Exports on disk", Bytes.format(s.exportBytes()), "export-bytes", null),
                figure("Database", Bytes.format(s.databaseBytes()), "database-bytes", null),
                figure("Free disk", Bytes.format(s.health().freeDiskBytes()), "free-disk", null));
        figures.addClassName("admin-figures");
        List<BarChart.Bar> byStatus = s.sessionsByStatus().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> new BarChart.Bar(e.getKey().replace('_', ' ').toLowerCase(), e.getValue())).toList();
        Div charts = new Div(new BarChart("Sessions by status", byStatus),
                new BarChart("Sessions created per month",
                        s.months().stream().map(m -> new BarChart.Bar(m.month(), m.sessions())).toList()),
                new BarChart("Export batches per month",
                        s.months().stream().map(m -> new BarChart.Bar(m.month(), m.exports())).toList()));
        charts.addClassName("admin-charts");
        content.add(figures, charts);
    }

    private static Div figure(String label, String value, String id, @org.jspecify.annotations.Nullable String tone) {
        Span number = new Span(value);
        number.addClassName("figure-value");
        number.setId("figure-" + id);
        Span caption = new Span(label);
        caption.addClassName("figure-label");
        Div figure = new Div(number, caption);
        figure.addClassName("admin-figure");
        if (tone != null) {
            figure.addClassName("figure-" + tone);
        }
        return figure;
    }
}
