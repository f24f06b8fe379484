package com.ccp.admin.ui;

import com.ccp.base.AppException;
import com.ccp.base.ui.Badges;
import com.ccp.base.ui.Notifications;
import com.ccp.ingestion.ProfileCheckService;
import com.ccp.ingestion.UploadReceiver;
import com.ccp.profile.ProfileService;
import com.ccp.report.BuiltInProfiles;
import com.ccp.report.ReportProfile;
import com.ccp.security.Actor;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One profile's JSON in a monospace editor: read-only for a built-in, saved through the service,
 * which lists every problem by field; beside it the check against a sample PDF.
 */
class ProfileEditor extends VerticalLayout {

    private final ProfileService profiles;
    private final Actor actor;
    private final Consumer<String> saved;
    private final H3 heading = new H3();
    private final Span state = new Span();
    private final TextArea editor = new TextArea();
    private final Button save = new Button("Save", VaadinIcon.CHECK.create());
    private final Span readOnlyNote = new Span("A built-in profile is read-only: create a copy to change it.");
    private final ProfileProblems problems = new ProfileProblems();
    private final ProfileCheckPanel check;
    private @Nullable String id;
    private boolean creating;

    /** @param saved told the id of each profile saved */
    ProfileEditor(ProfileService profiles, ProfileCheckService checks, UploadReceiver uploads, Actor actor,
            Consumer<String> saved) {
        this.profiles = profiles;
        this.actor = actor;
        this.saved = saved;
        check = new ProfileCheckPanel(checks, uploads, actor, editor::getValue,
                refusal -> problems.show("Cannot check", refusal));
        setPadding(false);
        setId("profile-editor-box");
        heading.setId("profile-heading");
        heading.addClassName("profile-heading");
        state.setId("profile-state");
        editor.setId("profile-editor");
        editor.addClassName("profile-editor");
        editor.setLabel("Profile document (JSON, formats.md §7)");
        editor.setWidthFull();
        editor.setHeight("40em");
        editor.getElement().setAttribute("spellcheck", "false");
        save.setId("profile-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        readOnlyNote.addClassName("hint");
        VerticalLayout side = new VerticalLayout(save, readOnlyNote, problems, check.controls());
        side.setPadding(false);
        side.addClassName("profile-side");
        side.setWidth("30em");
        side.getStyle().set("flex-shrink", "0");
        HorizontalLayout body = new HorizontalLayout(editor, side);
        body.setWidthFull();
        body.setAlignItems(FlexComponent.Alignment.START);
        body.setFlexGrow(1, editor);
        HorizontalLayout title = new HorizontalLayout(heading, state);
        title.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(title, body, check.details());
        setVisible(false);
    }

    /** Opens a stored or built-in profile. */
    void open(ReportProfile profile) {
        show(profile.id(), profile.json(), false);
    }

    /** Opens a new profile's document, not stored until saved. */
    void openNew(String newId, String document) {
        show(newId, document, true);
    }

    /** The id of the profile shown, if any. */
    @Nullable String shownId() {
        return id;
    }

    void close() {
        id = null;
        check.reset();
        setVisible(false);
    }

    private void show(String profileId, String document, boolean isNew) {
        id = profileId;
        creating = isNew;
        boolean builtIn = BuiltInProfiles.isBuiltIn(profileId);
        editor.setValue(document);
        editor.setReadOnly(builtIn);
        save.setVisible(!builtIn);
        readOnlyNote.setVisible(builtIn);
        problems.clear();
        check.reset();
        showState(builtIn);
        setVisible(true);
    }

    private void showState(boolean builtIn) {
        heading.setText(creating ? "New profile " + id : "Profile " + id);
        state.removeAll();
        if (builtIn) {
            state.add(Badges.of("built-in", "info"), Badges.of("read-only", "neutral"));
        } else if (creating) {
            state.add(Badges.of("not saved yet", "warning"));
        }
    }

    private void save() {
        String profileId = id;
        if (profileId == null) {
            return;
        }
        problems.clear();
        if (creating && profiles.exists(profileId)) {
            problems.show("Not saved", "There is already a report profile '" + profileId
                    + "'; create the copy again under another id.");
            return;
        }
        try {
            ReportProfile stored = profiles.put(actor, profileId, editor.getValue());
            creating = false;
            editor.setValue(stored.json());
            showState(false);
            Notifications.success("Report profile " + profileId + " saved.");
            saved.accept(profileId);
        } catch (AppException e) {
            problems.show("Not saved", e);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        check.reset();
        super.onDetach(event);
    }
}
