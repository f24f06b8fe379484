package com.ccp.admin.ui;

import com.ccp.admin.ActivityService;
import com.ccp.admin.AdminStatsService;
import com.ccp.admin.CleanupService;
import com.ccp.admin.LegacyImportService;
import com.ccp.admin.OrphanService;
import com.ccp.base.ui.Routes;
import com.ccp.ingestion.ProfileCheckService;
import com.ccp.ingestion.UploadReceiver;
import com.ccp.profile.ProfileService;
import com.ccp.security.Actor;
import com.ccp.security.CurrentUser;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The admin console: dashboard, bulk cleanup, orphaned files, activity log, legacy import and report profiles. The
 * route is for admins; every service it calls checks that again.
 */
@Route(Routes.ADMIN)
@Menu(title = "Admin", order = 4)
@PageTitle("Admin · Credit Card Processor")
@RolesAllowed("ADMIN")
public class AdminView extends VerticalLayout {

    public AdminView(AdminStatsService stats, CleanupService cleanup, OrphanService orphans, ActivityService activity,
            LegacyImportService legacy, ProfileService profiles, ProfileCheckService checks, UploadReceiver uploads,
            CurrentUser currentUser) {
        Actor actor = currentUser.actor();
        addClassName("page");
        setSizeFull();
        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        tabs.setId("admin-tabs");
        tabs.add("Dashboard", new DashboardPanel(stats, actor));
        tabs.add("Bulk cleanup", new CleanupPanel(cleanup, actor));
        tabs.add("Orphaned files", new OrphansPanel(orphans, actor));
        tabs.add("Activity log", new ActivityPanel(activity, actor));
        tabs.add("Legacy import", new LegacyImportPanel(legacy, uploads, actor));
        tabs.add("Report profiles", new ProfilesPanel(profiles, checks, uploads, actor));
        add(new H2("Admin"), tabs);
    }
}
