package com.ccp.ingestion.ui;

import com.ccp.profile.ProfileService;
import com.ccp.profile.ProfileSummary;
import com.ccp.report.ProfileKind;
import com.ccp.security.Actor;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * "Report format" of an upload: the profiles of one kind by name, or "Recognise automatically"
 * (no value), which reads the file with the profile whose title is its first line.
 */
public class ReportFormatSelect extends Select<ProfileSummary> {

    public static final String AUTOMATIC = "Recognise automatically";

    public ReportFormatSelect(ProfileService profiles, Actor actor, ProfileKind kind, String part) {
        setLabel("Report format");
        List<ProfileSummary> ofKind = profiles.list(actor).stream().filter(p -> p.kind() == kind).toList();
        Map<String, Long> byName = ofKind.stream().collect(Collectors.groupingBy(ProfileSummary::name,
                Collectors.counting()));
        setItems(ofKind);
        // The empty item is labelled through the generator too; a name two profiles share gets the id.
        setItemLabelGenerator(p -> p == null ? AUTOMATIC
                : byName.getOrDefault(p.name(), 1L) > 1 ? p.name() + " (" + p.id() + ")" : p.name());
        setEmptySelectionAllowed(true);
        setEmptySelectionCaption(AUTOMATIC);
        setId("format-" + part);
        setWidth("340px");
    }

    /** The chosen profile's id; null for "Recognise automatically". */
    public @Nullable String profileId() {
        ProfileSummary chosen = getValue();
        return chosen == null ? null : chosen.id();
    }
}
