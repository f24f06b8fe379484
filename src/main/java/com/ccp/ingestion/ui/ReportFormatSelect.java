package com.ccp.ingestion.ui;

import com.ccp.profile.ProfileService;
import com.ccp.profile.ProfileSummary;
import com.ccp.report.ProfileKind;
import com.ccp.security.Actor;
import com.vaadin.flow.component.select.Select;
import org.jspecify.annotations.Nullable;

/**
 * "Report format" of an upload: the profiles of one kind by name, or "Recognise automatically"
 * (no value), which reads the file with the profile whose title is its first line.
 */
public class ReportFormatSelect extends Select<ProfileSummary> {

    public static final String AUTOMATIC = "Recognise automatically";

    public ReportFormatSelect(ProfileService profiles, Actor actor, ProfileKind kind, String part) {
        setLabel("Report format");
        setItems(profiles.list(actor).stream().filter(p -> p.kind() == kind).toList());
        // The empty item is labelled through the generator too.
        setItemLabelGenerator(p -> p == null ? AUTOMATIC : p.name());
        setEmptySelectionAllowed(true);
        setEmptySelectionCaption(AUTOMATIC);
        setHelperText("Automatic picks the format whose title is the file's first line.");
        setId("format-" + part);
        setWidth("24em");
    }

    /** The chosen profile's id; null for "Recognise automatically". */
    public @Nullable String profileId() {
        ProfileSummary chosen = getValue();
        return chosen == null ? null : chosen.id();
    }
}
