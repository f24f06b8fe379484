package com.ccp.security.ui;

import com.ccp.base.AppProperties;
import com.ccp.security.ConfiguredUsers;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The off-domain sign-in (development, demos): the configured or demo users. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Credit Card Processor")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    public LoginView(ConfiguredUsers users, AppProperties properties) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        H1 title = new H1("Credit Card Processor");
        title.addClassName("login-title");
        Paragraph subtitle = new Paragraph("Monthly corporate card reconciliation");
        subtitle.addClassName("login-subtitle");
        add(title, subtitle, login);
        if (properties.kerberos().enabled()) {
            Div windows = new Div("Your browser did not sign you in with Windows automatically: sign in with your"
                    + " Windows user name and password, or ask IT to allow this site for Windows sign-in.");
            windows.addClassName("hint");
            windows.setId("windows-hint");
            add(windows);
        }
        if (users.demo()) {
            Div demo = new Div("Demo mode: sign in as alice, bob, admin or support — the password is the name."
                    + " Never use demo users on a real server.");
            demo.addClassName("demo-hint");
            add(demo);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            login.setError(true);
        }
    }
}
