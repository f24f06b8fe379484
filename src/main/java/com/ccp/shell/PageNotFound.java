package com.ccp.shell;

import com.ccp.base.ui.Routes;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address that leads nowhere, or to a page this user may not open (the app does not say which:
 * a page one may not see is, for them, not there), in the app's frame with a way back.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class PageNotFound extends Div implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        ErrorPages.fill(this, "/" + event.getLocation().getPath());
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** The shared body of the not-found and the access-denied page. */
    static final class ErrorPages {

        private ErrorPages() {
        }

        static void fill(Div page, String path) {
            page.removeAll();
            page.addClassNames("page", "narrow-page", "error-page");
            page.setId("page-not-found");
            H2 title = new H2("This page is not available");
            Paragraph text = new Paragraph("There is no page at " + path
                    + " that you can open. It may have moved, or it needs a role you do not have"
                    + " (the Admin pages need the admin role).");
            Anchor home = new Anchor(Routes.SESSIONS, "Go to your sessions");
            home.getElement().setAttribute("router-link", true);
            home.setId("go-home");
            page.add(title, text, home);
        }
    }
}
