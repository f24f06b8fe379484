package com.ccp.admin.ui;

import com.ccp.base.AppException;
import com.ccp.base.Formats;
import com.ccp.base.ui.Badges;
import com.ccp.base.ui.Notifications;
import com.ccp.ingestion.ProfileCheckService;
import com.ccp.ingestion.UploadReceiver;
import com.ccp.profile.ProfileService;
import com.ccp.profile.ProfileSummary;
import com.ccp.security.Actor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Report profiles (formats.md §7): the list, and the selected one in the editor; copy and delete. */
class ProfilesPanel extends VerticalLayout {

    private final ProfileService profiles;
    private final Actor actor;
    private final Grid<ProfileSummary> grid = new Grid<>();
    private final Button copy = new Button("Create from copy…", VaadinIcon.COPY.create());
    private final Button delete = new Button("Delete…", VaadinIcon.TRASH.create());
    private final ProfileEditor editor;

    ProfilesPanel(ProfileService profiles, ProfileCheckService checks, UploadReceiver uploads, Actor actor) {
        this.profiles = profiles;
        this.actor = actor;
        setPadding(false);
        editor = new ProfileEditor(profiles, checks, uploads, actor, this::refresh);
        grid.addComponentColumn(ProfilesPanel::idCell).setHeader("Id").setWidth("13rem").setFlexGrow(0);
        grid.addColumn(ProfileSummary::name).setHeader("Name").setWidth("10em").setFlexGrow(1)
                .setTooltipGenerator(ProfileSummary::name);
        grid.addColumn(p -> p.kind().name()).setHeader("Kind").setWidth("6.5em").setFlexGrow(0);
        grid.addColumn(ProfileSummary::title).setHeader("Title").setWidth("10em").setFlexGrow(2)
                .setTooltipGenerator(ProfileSummary::title);
        grid.addColumn(p -> p.updatedBy() == null ? "" : p.updatedBy()).setHeader("Updated by").setWidth("7em")
                .setFlexGrow(0);
        grid.addColumn(p -> Formats.dateTime(p.updatedAt())).setHeader("Updated at").setWidth("9.5em")
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setId("profiles-grid");
        grid.asSingleSelect().addValueChangeListener(e -> selected(e.getValue()));
        copy.setId("profile-copy");
        copy.addClickListener(click -> {
            ProfileSummary source = grid.asSingleSelect().getValue();
            if (source != null) {
                askCopy(source);
            }
        });
        delete.setId("profile-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> {
            ProfileSummary chosen = grid.asSingleSelect().getValue();
            if (chosen != null) {
                confirmDelete(chosen);
            }
        });
        Span hint = new Span("A profile describes the wording of one issuer's CAR or one expense tool's receipt"
                + " report. Uploads are read with the profile whose title is their first line. Built-ins are"
                + " read-only; copy one to start a new wording.");
        hint.addClassName("hint");
        add(hint, new HorizontalLayout(copy, delete), grid, editor);
        refresh(null);
    }

    private static HorizontalLayout idCell(ProfileSummary profile) {
        HorizontalLayout cell = new HorizontalLayout(new Span(profile.id()));
        cell.setSpacing(false);
        cell.getStyle().set("gap", "var(--lumo-space-s)");
        if (profile.builtIn()) {
            cell.add(Badges.of("built-in", "info"));
        }
        return cell;
    }

    /** Reloads the list, keeping {@code select} (or nothing) selected. */
    private void refresh(@Nullable String select) {
        List<ProfileSummary> list = profiles.list(actor);
        grid.setItems(list);
        list.stream().filter(p -> p.id().equals(select)).findFirst().ifPresentOrElse(p -> {
            if (!p.equals(grid.asSingleSelect().getValue())) {
                grid.asSingleSelect().setValue(p);
            }
        }, this::updateButtons);
    }

    private void selected(@Nullable ProfileSummary chosen) {
        updateButtons();
        if (chosen == null) {
            return;
        }
        if (chosen.id().equals(editor.shownId())) {
            return;
        }
        try {
            editor.open(profiles.get(actor, chosen.id()));
        } catch (AppException e) {
            Notifications.error(e.getMessage());
            refresh(null);
        }
    }

    private void updateButtons() {
        ProfileSummary chosen = grid.asSingleSelect().getValue();
        copy.setEnabled(chosen != null);
        delete.setEnabled(chosen != null && !chosen.builtIn());
    }

    private void askCopy(ProfileSummary source) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Create a profile from a copy of " + source.id());
        TextField newId = new TextField("New id");
        newId.setId("profile-copy-id");
        newId.setHelperText("Lower-case letters, digits and -, 3 to 60 characters; unique.");
        newId.setWidthFull();
        Paragraph hint = new Paragraph("The copy opens in the editor with the new id and is stored when you save"
                + " it. Give it the title of the reports it is for: titles are unique per kind.");
        hint.addClassName("hint");
        dialog.add(hint, newId);
        dialog.setWidth("480px");
        Button create = new Button("Create copy", click -> {
            try {
                String document = profiles.copy(actor, source.id(), newId.getValue());
                dialog.close();
                grid.asSingleSelect().clear();
                editor.openNew(newId.getValue().strip(), document);
            } catch (AppException e) {
                newId.setInvalid(true);
                newId.setErrorMessage(e.details().get("problems") instanceof List<?> problems && !problems.isEmpty()
                        && problems.get(0) instanceof Map<?, ?> problem ? String.valueOf(problem.get("message"))
                        : e.getMessage());
            }
        });
        create.setId("profile-copy-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), create);
        dialog.open();
        newId.focus();
    }

    private void confirmDelete(ProfileSummary profile) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Delete the report profile " + profile.id() + "?");
        dialog.add(new Paragraph("“" + profile.name() + "” is deleted for good. Sessions already read with it keep"
                + " their results; reports titled '" + profile.title() + "' are refused until another profile"
                + " reads them."));
        dialog.setWidth("520px");
        Button confirm = new Button("Delete", click -> {
            dialog.close();
            try {
                profiles.delete(actor, profile.id());
                Notifications.success("Report profile " + profile.id() + " deleted.");
                if (profile.id().equals(editor.shownId())) {
                    editor.close();
                }
            } catch (AppException e) {
                Notifications.error(e.getMessage());
            }
            grid.asSingleSelect().clear();
            refresh(null);
        });
        confirm.setId("profile-delete-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button("Keep it", click -> dialog.close()), confirm);
        dialog.open();
    }
}
