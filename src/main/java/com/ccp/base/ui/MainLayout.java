package com.ccp.base.ui;

import com.ccp.security.Actor;
import com.ccp.security.CurrentUser;
import com.ccp.security.Role;
import com.ccp.support.ImpersonationService;
import com.ccp.support.ui.ImpersonateView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.stream.Collectors;

/**
 * The frame of every signed-in page: the product name, navigation, who is signed in, sign-out and,
 * while support views as someone, the read-only banner with its exit.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser currentUser, ImpersonationService impersonations,
            AuthenticationContext authentication) {
        Actor actor = currentUser.actor();
        Actor signedIn = currentUser.signedIn();
        RouterLink brand = new RouterLink("", com.ccp.processing.ui.SessionsView.class);
        brand.add(new Span("Credit Card Processor"));
        brand.addClassName("brand");
        RouterLink sessions = new RouterLink("Sessions", com.ccp.processing.ui.SessionsView.class);
        RouterLink create = new RouterLink("New session", com.ccp.ingestion.ui.NewSessionView.class);
        create.setVisible(!actor.impersonating());
        RouterLink viewAs = new RouterLink("View as…", ImpersonateView.class);
        viewAs.setId("view-as-link");
        viewAs.setVisible(signedIn.roles().contains(Role.SUPPORT) && !actor.impersonating());
        RouterLink admin = new RouterLink("Admin", com.ccp.admin.ui.AdminView.class);
        admin.setId("admin-link");
        admin.setVisible(actor.isAdmin());
        HorizontalLayout nav = new HorizontalLayout(sessions, create, viewAs, admin);
        nav.addClassName("main-nav");
        Span user = new Span(signedIn.username());
        user.addClassName("user-name");
        user.setId("user-name");
        String roles = signedIn.roles().stream().filter(r -> r != Role.USER).map(r -> r.name().toLowerCase())
                .collect(Collectors.joining(", "));
        Span roleBadge = new Span(roles);
        roleBadge.addClassName("role");
        roleBadge.setVisible(!roles.isEmpty());
        Button signOut = new Button("Sign out", click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");
        HorizontalLayout right = new HorizontalLayout(user, roleBadge, signOut);
        right.setAlignItems(HorizontalLayout.Alignment.CENTER);
        right.addClassName("user-box");
        Div bar = new Div(brand, nav, right);
        bar.addClassName("top-bar");
        Div navbar = new Div(bar);
        navbar.addClassName("navbar-stack");
        if (actor.impersonating()) {
            navbar.add(impersonationBanner(actor, currentUser, impersonations));
        }
        addToNavbar(navbar);
        setDrawerOpened(false);
    }

    private static Div impersonationBanner(Actor actor, CurrentUser currentUser, ImpersonationService impersonations) {
        Span text = new Span("Viewing as " + actor.actingAs() + " — read-only");
        text.setId("impersonation-text");
        Button exit = new Button("Exit", VaadinIcon.SIGN_OUT.create(), click -> {
            impersonations.exit(currentUser.actor());
            // a fresh page, so no component built for the impersonated user survives
            UI.getCurrent().getPage().setLocation("/");
        });
        exit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
        exit.setId("exit-impersonation");
        Div banner = new Div(VaadinIcon.EYE.create(), text, exit);
        banner.addClassName("impersonation-banner");
        banner.setId("impersonation-banner");
        return banner;
    }
}
