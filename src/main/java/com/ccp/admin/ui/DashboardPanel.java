package com.ccp.admin.ui;

import com.ccp.admin.AdminStats;
import com.ccp.admin.AdminStatsService;
import com.ccp.base.Formats;
import com.ccp.base.ui.FigureCard;
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
        FigureCard failed = new FigureCard("Sessions failed", String.valueOf(s.jobs().failed()), "figure-jobs-failed");
        if (s.jobs().failed() > 0) {
            failed.tone(FigureCard.Tone.WARN);
        }
        Div figures = new Div(
                new FigureCard("Health", s.health().status(), "figure-health")
                        .tone(s.health().status().equals("UP") ? FigureCard.Tone.OK : FigureCard.Tone.BAD),
                new FigureCard("Employees processed", String.valueOf(s.employees()), "figure-employees"),
                new FigureCard("Open issues", String.valueOf(s.openIssues()), "figure-open-issues"),
                new FigureCard("Export batches", String.valueOf(s.exports()), "figure-exports"),
                new FigureCard("Jobs running", String.valueOf(s.jobs().running()), "figure-jobs-running"),
                failed,
                new FigureCard("Uploads on disk", Bytes.format(s.uploadBytes()), "figure-upload-bytes"),
                new FigureCard("Exports on disk", Bytes.format(s.exportBytes()), "figure-export-bytes"),
                new FigureCard("Database", Bytes.format(s.databaseBytes()), "figure-database-bytes"),
                new FigureCard("Free disk", Bytes.format(s.health().freeDiskBytes()), "figure-free-disk"));
        figures.addClassName("admin-figures");
        AdminStats.Health health = s.health();
        Div checks = new Div(new Span("Health checks: "),
                check("the database answers", health.database()),
                check("the uploads folder is writable", health.uploadsWritable()),
                check("the exports folder is writable", health.exportsWritable()),
                new Span(Bytes.format(health.freeDiskBytes()) + " free on the data disk"));
        checks.setId("health-checks");
        checks.addClassName("health-checks");
        List<BarChart.Bar> byStatus = s.sessionsByStatus().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> new BarChart.Bar(e.getKey().replace('_', ' ').toLowerCase(), e.getValue())).toList();
        Div charts = new Div(new BarChart("Sessions by status", byStatus),
                new BarChart("Sessions created per month",
                        s.months().stream().map(m -> new BarChart.Bar(Formats.period(m.month()), m.sessions())).toList()),
                new BarChart("Export batches per month",
                        s.months().stream().map(m -> new BarChart.Bar(Formats.period(m.month()), m.exports())).toList()));
        charts.addClassName("admin-charts");
        content.add(figures, checks, charts);
    }

    private static Span check(String what, boolean ok) {
        Span check = new Span((ok ? "✓ " : "✗ ") + what);
        check.addClassName(ok ? "check-ok" : "check-bad");
        return check;
    }
}
