package com.ccp.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A page the signed-in user may not open: the same page as an unknown address (see {@link PageNotFound}). */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class PageForbidden extends Div implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        PageNotFound.ErrorPages.fill(this, "/" + event.getLocation().getPath());
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
