package com.ccp.review.ui;

import com.ccp.base.Formats;
import com.ccp.employee.EmployeeDetail;
import com.ccp.employee.ResolutionReason;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;

/** The employee's issues; an open one offers "Resolve" (a reason and a note). */
final class IssuesPanel {

    interface Resolver {
        void resolve(EmployeeDetail.IssueLine issue, ResolutionReason reason, String note);
    }

    interface Reopener {
        void reopen(EmployeeDetail.IssueLine issue, String note);
    }

    private IssuesPanel() {
    }

    static Div of(List<EmployeeDetail.IssueLine> issues, boolean canResolve, Resolver resolver, Reopener reopener) {
        Div panel = new Div(new H3("Issues"));
        panel.addClassName("issues");
        panel.setId("issues");
        if (issues.isEmpty()) {
            panel.add(new Span("No issues: this employee is ready for export."));
        }
        for (EmployeeDetail.IssueLine issue : issues) {
            Div row = new Div(SessionBadges.flag(issue.flag()), new Span(Formats.datesIn(issue.detail())));
            row.addClassName("issue");
            if (issue.amountImpact() != null) {
                Span impact = new Span(Formats.money(issue.amountImpact()));
                impact.addClassName("impact");
                row.add(impact);
            }
            if (issue.resolved()) {
                row.addClassName("resolved");
                Span by = new Span("Resolved by " + issue.resolvedBy() + " on " + Formats.dateTime(issue.resolvedAt())
                        + " — " + ReasonLabels.of(String.valueOf(issue.resolutionReason()))
                        + (issue.note() == null || issue.note().isBlank() ? "" : ": " + issue.note()));
                by.addClassName("resolution");
                row.add(by);
                if (canResolve && !ReasonLabels.byLink(String.valueOf(issue.resolutionReason()))) {
                    Button reopen = new Button("Reopen…", click -> new NoteDialog<Void>("Reopen issue",
                            Formats.datesIn(issue.detail()), null, null, true, "Reopen", "reopen",
                            (none, note) -> reopener.reopen(issue, note)).open());
                    reopen.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    reopen.addClassName("reopen-button");
                    row.add(reopen);
                }
            } else {
                if (issue.note() != null && !issue.note().isBlank()) {
                    Span reopened = new Span("Reopened: " + issue.note());
                    reopened.addClassName("resolution");
                    row.add(reopened);
                }
            }
            if (!issue.resolved() && canResolve) {
                Button resolve = new Button("Resolve", click -> dialog(issue, resolver).open());
                resolve.addThemeVariants(ButtonVariant.LUMO_SMALL);
                resolve.addClassName("resolve-button");
                row.add(resolve);
            }
            panel.add(row);
        }
        return panel;
    }

    private static Dialog dialog(EmployeeDetail.IssueLine issue, Resolver resolver) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Resolve issue");
        Select<ResolutionReason> reason = new Select<>();
        reason.setLabel("Reason");
        reason.setItems(ResolutionReason.values());
        reason.setItemLabelGenerator(ResolutionReason::label);
        reason.setWidthFull();
        reason.setId("resolve-reason");
        TextArea note = new TextArea("Note");
        note.setWidthFull();
        note.setMaxLength(2000);
        note.setId("resolve-note");
        dialog.add(new Div(new Span(Formats.datesIn(issue.detail()))), reason, note);
        Button save = new Button("Resolve", click -> {
            if (reason.getValue() == null) {
                reason.setInvalid(true);
                reason.setErrorMessage("Choose a reason");
                return;
            }
            resolver.resolve(issue, reason.getValue(), note.getValue());
            dialog.close();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("resolve-save");
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        return dialog;
    }
}
