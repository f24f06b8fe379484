package com.ccp.shell;

import com.ccp.base.ui.Routes;
import com.ccp.security.Actor;
import com.ccp.security.CurrentUser;
import com.ccp.security.Role;
import com.ccp.support.ImpersonationService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The frame of every signed-in page: the product name, the menu (every route marked {@code @Menu}
 * that the user may open), who is signed in, sign-out and, while support views as someone, the
 * read-only banner with its exit.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser currentUser, ImpersonationService impersonations,
            AuthenticationContext authentication) {
        Actor actor = currentUser.actor();
        Actor signedIn = currentUser.signedIn();
        Anchor brand = new Anchor(Routes.SESSIONS, new Span("Credit Card Processor"));
        brand.getElement().setAttribute("router-link", true);
        brand.addClassName("brand");
        HorizontalLayout nav = new HorizontalLayout();
        nav.addClassName("main-nav");
        MenuConfiguration.getMenuEntries().stream().filter(entry -> allowed(entry, actor))
                .forEach(entry -> nav.add(link(entry)));
        Span user = new Span(signedIn.username());
        user.addClassName("user-name");
        user.setId("user-name");
        String roles = signedIn.roles().stream().filter(r -> r != Role.USER).map(r -> r.name().toLowerCase(Locale.ROOT))
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

    /**
     * Vaadin lists only the routes the signed-in user may open; while support views as someone, the
     * menu is that user's (a route needing roles they lack is left out), with its screens read-only.
     */
    private static boolean allowed(MenuEntry entry, Actor actor) {
        RolesAllowed roles = entry.menuClass().getAnnotation(RolesAllowed.class);
        return roles == null || Arrays.stream(roles.value()).map(Role::valueOf).anyMatch(actor.roles()::contains);
    }

    /** A menu link with an id to name it by: "admin-link" for /admin, "view-as-link" for /support/view-as. */
    private static RouterLink link(MenuEntry entry) {
        RouterLink link = new RouterLink(entry.title(), entry.menuClass());
        String route = route(entry);
        String path = route.isEmpty() ? "sessions" : route.substring(route.lastIndexOf('/') + 1);
        link.setId(path + "-link");
        return link;
    }

    /** The entry's route as {@link Routes} names it, without a leading slash. */
    private static String route(MenuEntry entry) {
        return entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
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
