package com.ccp.base.ui;

import com.ccp.security.Actor;
import com.ccp.security.CurrentUser;
import com.ccp.security.Role;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.stream.Collectors;

/** The frame of every signed-in page: the product name, navigation, who is signed in, sign-out. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser currentUser, AuthenticationContext authentication) {
        Actor actor = currentUser.actor();
        RouterLink brand = new RouterLink("", com.ccp.processing.ui.SessionsView.class);
        brand.add(new Span("Credit Card Processor"));
        brand.addClassName("brand");
        RouterLink sessions = new RouterLink("Sessions", com.ccp.processing.ui.SessionsView.class);
        RouterLink create = new RouterLink("New session", com.ccp.ingestion.ui.NewSessionView.class);
        HorizontalLayout nav = new HorizontalLayout(sessions, create);
        nav.addClassName("main-nav");
        Span user = new Span(actor.username());
        user.addClassName("user-name");
        String roles = actor.roles().stream().filter(r -> r != Role.USER).map(r -> r.name().toLowerCase())
                .collect(Collectors.joining(", "));
        Span roleBadge = new Span(roles);
        roleBadge.addClassName("role");
        roleBadge.setVisible(!roles.isEmpty());
        Button signOut = new Button("Sign out", click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout right = new HorizontalLayout(user, roleBadge, signOut);
        right.setAlignItems(HorizontalLayout.Alignment.CENTER);
        right.addClassName("user-box");
        Div bar = new Div(brand, nav, right);
        bar.addClassName("top-bar");
        addToNavbar(bar);
        setDrawerOpened(false);
    }
}
