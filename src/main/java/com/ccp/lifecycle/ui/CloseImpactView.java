package com.ccp.lifecycle.ui;

import com.ccp.lifecycle.CloseImpact;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;

/** Says, before a close, what it leaves undone: per session, open issues and ready employees never exported. */
public final class CloseImpactView {

    private CloseImpactView() {
    }

    /** The warning for closing one session. */
    public static Component of(CloseImpact impact) {
        Paragraph text = new Paragraph(impact.leavesWork() ? "Closing now leaves " + leftUndone(impact)
                + " for good." : "Every issue is resolved and every ready employee has been exported.");
        text.setId("close-impact");
        text.addClassName(impact.leavesWork() ? "danger-text" : "muted");
        return text;
    }

    /** The sessions "Close all" will close, each with what it leaves undone. */
    public static Component list(List<CloseImpact> impacts) {
        Div list = new Div();
        list.setId("close-all-list");
        list.add(new Paragraph(impacts.size() == 1 ? "This session will be closed:"
                : "These " + impacts.size() + " sessions will be closed:"));
        UnorderedList items = new UnorderedList();
        for (CloseImpact impact : impacts) {
            ListItem item = new ListItem(impact.name() + " (" + impact.status().toLowerCase(Locale.ROOT) + ")"
                    + (impact.leavesWork() ? " — leaves " + leftUndone(impact) : ""));
            if (impact.leavesWork()) {
                item.addClassName("danger-text");
            }
            items.add(item);
        }
        items.getStyle().set("max-height", "220px").set("overflow-y", "auto").set("margin", "0");
        list.add(items);
        return list;
    }

    static String leftUndone(CloseImpact impact) {
        String issues = impact.openIssues() == 1 ? "1 open issue" : impact.openIssues() + " open issues";
        String ready = impact.readyNeverExported() == 1 ? "1 ready employee never exported"
                : impact.readyNeverExported() + " ready employees never exported";
        if (impact.openIssues() > 0 && impact.readyNeverExported() > 0) {
            return issues + " and " + ready;
        }
        return impact.openIssues() > 0 ? issues : ready;
    }
}
