package com.ccp.support.ui;

import com.ccp.base.AppException;
import com.ccp.base.ui.Notifications;
import com.ccp.base.ui.Routes;
import com.ccp.security.Actor;
import com.ccp.security.CurrentUser;
import com.ccp.support.ImpersonationService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Support picks a user (never an admin, never themselves) and sees the app as they do, read-only. */
@Route(Routes.VIEW_AS)
@Menu(title = "View as…", order = 3)
@PageTitle("View as a user · Credit Card Processor")
@RolesAllowed("SUPPORT")
public class ImpersonateView extends VerticalLayout {

    public ImpersonateView(ImpersonationService impersonations, CurrentUser currentUser) {
        addClassNames("page", "narrow-page");
        Actor actor = currentUser.actor();
        add(new H2("View as a user"));
        if (actor.impersonating()) {
            add(new Paragraph("You are viewing as " + actor.actingAs() + ". Exit with the banner's button first."));
            return;
        }
        add(new Paragraph("See the app exactly as a user sees it, to help them. Nothing can be changed while you"
                + " view as someone; the start and the end are recorded in the activity log. Admins cannot be"
                + " chosen."));
        ComboBox<String> user = new ComboBox<>("User");
        user.setItems(impersonations.candidates(actor));
        user.setAllowCustomValue(true);
        user.addCustomValueSetListener(event -> user.setValue(event.getDetail()));
        user.setPlaceholder("user name");
        user.setId("impersonate-user");
        user.setWidth("18em");
        Button start = new Button("View as this user", VaadinIcon.EYE.create(), click -> {
            try {
                impersonations.start(currentUser.actor(), user.getValue());
                // a fresh page, so every view is built for the user now seen
                UI.getCurrent().getPage().setLocation("/");
            } catch (AppException e) {
                Notifications.error(e.getMessage());
            }
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setId("impersonate-start");
        HorizontalLayout row = new HorizontalLayout(user, start);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(row);
    }
}
