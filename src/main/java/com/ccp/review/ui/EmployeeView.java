package com.ccp.review.ui;

import com.ccp.base.AppException;
import com.ccp.base.Formats;
import com.ccp.base.ui.Badges;
import com.ccp.base.ui.Notifications;
import com.ccp.base.ui.Routes;
import com.ccp.employee.EmployeeDetail;
import com.ccp.employee.EmployeeLink;
import com.ccp.employee.EmployeeRow;
import com.ccp.employee.ResolutionReason;
import com.ccp.processing.SessionDetails;
import com.ccp.processing.SessionService;
import com.ccp.processing.SessionStatus;
import com.ccp.reconciliation.LinkReason;
import com.ccp.review.EmployeeService;
import com.ccp.review.HintService;
import com.ccp.review.LinkRequest;
import com.ccp.review.LinkService;
import com.ccp.security.Actor;
import com.ccp.security.CurrentUser;
import com.ccp.security.ui.ReadOnlyActions;
import com.ccp.storage.ReportKind;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One employee: issues with "resolve", "reopen" and "resolve all", hints with "dismiss", the
 * suggested links with "accept", transactions and receipts side by side (matched by the rules or a
 * link, or linkable), the links with "unlink", and the CAR/receipt pages as images.
 */
@Route(Routes.EMPLOYEE)
@PageTitle("Employee · Credit Card Processor")
@PermitAll
public class EmployeeView extends VerticalLayout implements BeforeEnterObserver {

    private final EmployeeService employees;
    private final LinkService links;
    private final HintService hints;
    private final SessionService sessions;
    private final Actor actor;
    private String sessionId = "";
    private String employeeId = "";
    private EmployeeListState list = EmployeeListState.DEFAULT;

    public EmployeeView(EmployeeService employees, SessionService sessions, CurrentUser currentUser,
            LinkService links, HintService hints) {
        this.links = links;
        this.hints = hints;
        this.employees = employees;
        this.sessions = sessions;
        this.actor = currentUser.actor();
        addClassName("page");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        // Alt+N / Alt+P press the next / previous button; by key position (event.code), so the
        // shortcut also works where Alt+letter types another character
        event.getUI().getPage().executeJs("""
                if (!window.ccpEmployeeWalk) {
                  window.ccpEmployeeWalk = true;
                  document.addEventListener('keydown', e => {
                    if (!e.altKey || e.ctrlKey || e.metaKey) return;
                    const id = e.code === 'KeyN' ? 'next-employee' : e.code === 'KeyP' ? 'previous-employee' : null;
                    const button = id && document.getElementById(id);
                    if (button && !button.hasAttribute('disabled')) {
                      e.preventDefault();
                      button.click();
                    }
                  });
                }""");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = event.getRouteParameters().get("id").orElse("");
        employeeId = event.getRouteParameters().get("employeeId").orElse("");
        list = EmployeeListState.of(event.getLocation().getQueryParameters()).withRow(null);
        try {
            render();
        } catch (AppException e) {
            Notifications.error(e.getMessage());
            event.forwardTo(Routes.SESSIONS);
        }
    }

    private void render() {
        SessionDetails session = sessions.get(actor, sessionId);
        EmployeeDetail detail = employees.employee(actor, sessionId, employeeId);
        // support viewing as the owner sees the owner's actions, disabled by ReadOnlyActions below
        boolean canResolve = session.status() == SessionStatus.COMPLETED;
        removeAll();
        add(header(session, detail, canResolve),
                IssuesPanel.of(detail.issues(), canResolve, (issue, reason, note) -> {
                    employees.resolveIssue(actor, sessionId, issue.id(), reason, note);
                    Notifications.success("Issue resolved.");
                    render();
                }, (issue, note) -> {
                    employees.reopenIssue(actor, sessionId, issue.id(), note);
                    Notifications.success("Issue reopened.");
                    render();
                }));
        if (!detail.hints().isEmpty()) {
            add(HintsPanel.of(detail.hints(), canResolve, (hint, note) -> {
                hints.dismiss(actor, sessionId, hint.id(), note);
                Notifications.success("Hint dismissed.");
                render();
            }));
        }
        MatchingPanel.Actions matching = new MatchingPanel.Actions() {
            @Override
            public void link(List<String> references, List<String> receiptIds, LinkReason reason, String note) {
                links.link(actor, sessionId, employeeId, new LinkRequest(references, receiptIds, reason, note));
                Notifications.success("Linked (" + reason.label() + ").");
                render();
            }

            @Override
            public void unlink(EmployeeLink link) {
                links.unlink(actor, sessionId, employeeId, link.id());
                Notifications.success("Link removed; what it resolved is open again.");
                render();
            }
        };
        if (!detail.suggestions().isEmpty()) {
            add(MatchingPanel.suggestions(detail, canResolve, matching));
        }
        add(MatchingPanel.of(detail, canResolve && !actor.impersonating(), matching),
                new H3("Revision history"), RevisionsGrid.of(detail.revisions()));
        ReadOnlyActions.apply(this, actor);
    }

    private Div header(SessionDetails session, EmployeeDetail detail, boolean canResolve) {
        EmployeeRow employee = detail.employee();
        RouterLink back = new RouterLink("← " + session.name(), SessionView.class, new RouteParameters("id", sessionId));
        back.setQueryParameters(list.withRow(employeeId).query());
        back.setId("back-to-session");
        H2 name = new H2(employee.name());
        name.setId("employee-name");
        int open = employee.openIssues();
        Span status = employee.ready() ? Badges.of("ready", "success")
                : Badges.of(open + (open == 1 ? " open issue" : " open issues"), "warning");
        Div heading = new Div(name, status);
        heading.addClassName("session-heading");
        Div meta = new Div(new Span("Employee ID " + employee.employeeId()),
                new Span(employee.cardLast4() == null ? "No card in the CAR" : "Card ••" + employee.cardLast4()),
                new Span("CAR " + Formats.money(employee.carTotal())),
                new Span("Receipts " + Formats.money(employee.receiptTotal())),
                new Span("Revision " + employee.revision()));
        meta.addClassName("session-meta");
        HorizontalLayout pages = new HorizontalLayout();
        if (employee.carPages() != null) {
            pages.add(pageButton("CAR " + Formats.pages(employee.carPages().first(), employee.carPages().last()),
                    ReportKind.CAR, 1, employee.carPages().first(), employee.carPages().last(),
                    page -> "Cardholder activity report, page " + page + " — the section of " + employee.name()
                            + " (" + employee.employeeId() + ")"));
        }
        for (EmployeeRow.VersionPages version : employee.receiptPagesByVersion()) {
            pages.add(pageButton("Receipts v" + version.version() + " " + Formats.pages(version.first(), version.last()),
                    ReportKind.RECEIPTS, version.version(), version.first(), version.last(),
                    page -> receiptOnPage(detail, version.version(), page)));
        }
        HorizontalLayout flags = new HorizontalLayout();
        flags.setSpacing(false);
        flags.addClassName("flag-list");
        employee.flags().forEach(flag -> flags.add(SessionBadges.flag(flag)));
        if (canResolve && employee.openIssues() > 0) {
            Button resolveAll = new Button("Resolve all open issues…", click -> new NoteDialog<>(
                    "Resolve all open issues", "Every open issue of " + employee.name()
                    + " is resolved with one reason and note.", Arrays.asList(ResolutionReason.values()),
                    ResolutionReason::label, false, "Resolve all", "resolve-all", (reason, note) -> {
                        employees.resolveAll(actor, sessionId, employeeId, reason, note);
                        Notifications.success("Every open issue resolved.");
                        render();
                    }).open());
            resolveAll.addThemeVariants(ButtonVariant.LUMO_SMALL);
            resolveAll.setId("resolve-all");
            pages.add(resolveAll);
        }
        Div top = new Div(back, walker());
        top.addClassName("employee-walk");
        Div header = new Div(top, heading, meta, flags, pages);
        header.addClassName("employee-header");
        return header;
    }

    /** Previous / next employee of the list the session page showed (same tab, filter, search and order). */
    private Div walker() {
        EmployeeService.Neighbours around = employees.neighbours(actor, sessionId, list.filter(), list.sort(),
                list.descending(), employeeId);
        Button previous = new Button("Previous", VaadinIcon.ARROW_LEFT.create(), click -> go(around.previous()));
        previous.setId("previous-employee");
        previous.addClassName(ReadOnlyActions.NAVIGATION);
        previous.setEnabled(around.previous() != null);
        previous.setTooltipText("Previous employee (Alt+P)");
        Button next = new Button("Next", VaadinIcon.ARROW_RIGHT.create(), click -> go(around.next()));
        next.setIconAfterText(true);
        next.setId("next-employee");
        next.addClassName(ReadOnlyActions.NAVIGATION);
        next.setEnabled(around.next() != null);
        next.setTooltipText("Next employee (Alt+N)");
        previous.addThemeVariants(ButtonVariant.LUMO_SMALL);
        next.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Span position = new Span(around.position() == 0 ? "not in the list shown"
                : around.position() + " of " + around.count());
        position.setId("employee-position");
        position.addClassName("secondary");
        Div walker = new Div(previous, position, next);
        walker.addClassName("walker");
        return walker;
    }

    private void go(@Nullable String target) {
        if (target != null) {
            getUI().ifPresent(ui -> ui.navigate(Routes.employee(sessionId, target), list.query()));
        }
    }

    /** Which of the employee's receipts a page of a receipt file shows: its own page or an attachment's. */
    static String receiptOnPage(EmployeeDetail detail, int version, int page) {
        for (EmployeeDetail.ReceiptLine receipt : detail.receipts()) {
            if (receipt.fileVersion() == version && page >= receipt.page()
                    && page <= receipt.page() + receipt.attachmentPages()) {
                String what = "Receipt " + receipt.receiptId() + " · " + receipt.merchant() + " · "
                        + Formats.money(receipt.amount()) + " · " + Formats.date(receipt.date());
                return page == receipt.page() ? what
                        : what + " — attachment page " + (page - receipt.page()) + " of " + receipt.attachmentPages();
            }
        }
        return "Receipt report v" + version + ", page " + page + " — no receipt of " + detail.employee().name()
                + " starts here";
    }

    private Button pageButton(String label, ReportKind kind, int version, int first, int last,
            java.util.function.IntFunction<String> caption) {
        Button button = new Button(label, click -> new PagesDialog(sessionId, kind, version, first, last, caption)
                .open());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.addClassName(ReadOnlyActions.NAVIGATION);
        return button;
    }
}
