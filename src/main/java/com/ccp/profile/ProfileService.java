package com.ccp.profile;

import com.ccp.audit.ActivityLog;
import com.ccp.audit.AuditAction;
import com.ccp.audit.ChangeGuard;
import com.ccp.base.AppException;
import com.ccp.base.ErrorCode;
import com.ccp.report.BuiltInProfiles;
import com.ccp.report.InvalidProfileException;
import com.ccp.report.ProfileCatalog;
import com.ccp.report.ProfileKind;
import com.ccp.report.ProfileProblem;
import com.ccp.report.ReportProfile;
import com.ccp.report.Wording;
import com.ccp.security.Actor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Report profiles (formats.md §7, api.md "Report profiles"): the built-ins and the admin-written
 * ones, the choice of one for an uploaded report, and the compiled wording of a stored document.
 */
@Service
public class ProfileService {

    static final AuditAction CREATE = AuditAction.PROFILE_CREATE;
    static final AuditAction UPDATE = AuditAction.PROFILE_UPDATE;
    static final AuditAction DELETE = AuditAction.PROFILE_DELETE;

    private static final JsonMapper COPIER = JsonMapper.builder().build();

    private final StoredProfiles stored;
    private final ActivityLog activityLog;
    private final Clock clock;
    /** Compiled wordings by document: a document never changes, so neither does its wording. */
    private final Map<String, Wording> compiled = new ConcurrentHashMap<>();
    private final ChangeGuard guard;

    ProfileService(StoredProfiles stored, ActivityLog activityLog, Clock clock, ChangeGuard guard) {
        this.stored = stored;
        this.activityLog = activityLog;
        this.clock = clock;
        this.guard = guard;
        BuiltInProfiles.all().forEach(w -> compiled.put(w.profile().json(), w));
    }

    /** Built-ins first, then by id. */
    @Transactional(readOnly = true)
    public List<ProfileSummary> list(Actor actor) {
        List<ProfileSummary> list = new ArrayList<>();
        for (Wording builtIn : BuiltInProfiles.all()) {
            ReportProfile p = builtIn.profile();
            list.add(new ProfileSummary(p.id(), p.name(), p.kind(), p.title(), true, null, null));
        }
        for (StoredProfiles.Row row : stored.all()) {
            ReportProfile p = wording(row.document()).profile();
            list.add(new ProfileSummary(p.id(), p.name(), p.kind(), p.title(), false, row.updatedBy(),
                    row.updatedAt()));
        }
        return list;
    }

    /** The document as stored (a built-in's as shipped). */
    @Transactional(readOnly = true)
    public ReportProfile get(Actor actor, String id) {
        return find(id).orElseThrow(() -> AppException.notFound("Report profile '" + id + "'"));
    }

    /** True when a built-in or a stored profile has this id. */
    @Transactional(readOnly = true)
    public boolean exists(String id) {
        return find(id).isPresent();
    }

    /**
     * The document of a profile with its id replaced, to be edited and saved as a new profile;
     * nothing is stored.
     *
     * @throws AppException {@code BAD_INPUT} (with {@code details.problems}) for a bad id,
     *     {@code CONFLICT} when the id is taken
     */
    @Transactional(readOnly = true)
    public String copy(Actor actor, String sourceId, String newId) {
        ReportProfile source = get(actor, sourceId);
        String id = newId.strip();
        if (exists(id)) {
            throw new AppException(ErrorCode.CONFLICT, "There is already a report profile '" + id
                    + "'; choose another id.");
        }
        ObjectNode document = (ObjectNode) COPIER.readTree(source.json());
        document.put("id", id);
        return parse(COPIER.writeValueAsString(document)).json();
    }

    /** Creates or replaces an admin-written profile; returns the stored document. */
    @Transactional
    public ReportProfile put(Actor actor, String id, String document) {
        guard.requireAdmin(actor, UPDATE, null, "Only an admin may change report profiles.");
        ReportProfile profile = parse(document);
        if (!profile.id().equals(id)) {
            throw badInput(List.of(new ProfileProblem("id", "must equal the profile id in the address ('" + id
                    + "'), not '" + profile.id() + "'")));
        }
        if (BuiltInProfiles.isBuiltIn(id)) {
            throw conflict(actor, UPDATE, id, "'" + id + "' is a built-in profile and cannot be changed; create a"
                    + " copy under another id.");
        }
        for (Wording builtIn : BuiltInProfiles.all()) {
            if (builtIn.profile().kind() == profile.kind() && builtIn.profile().titleKey().equals(profile.titleKey())) {
                throw conflict(actor, UPDATE, id, "The built-in profile '" + builtIn.profile().id()
                        + "' already reads reports titled '" + builtIn.profile().title() + "'.");
            }
        }
        stored.titleUsedBy(profile.kind(), profile.titleKey(), id).ifPresent(other -> {
            throw conflict(actor, UPDATE, id, "The profile '" + other + "' already reads " + profile.kind()
                    + " reports titled '" + profile.title() + "'; titles are unique per kind.");
        });
        boolean created = stored.save(id, profile.kind(), profile.titleKey(), profile.json(), actor.username(),
                clock.instant());
        activityLog.success(actor, created ? CREATE : UPDATE, null, (created ? "created" : "changed")
                + " report profile " + id + " (" + profile.kind() + ", title '" + profile.title() + "')");
        return profile;
    }

    @Transactional
    public void delete(Actor actor, String id) {
        guard.requireAdmin(actor, DELETE, null, "Only an admin may change report profiles.");
        if (BuiltInProfiles.isBuiltIn(id)) {
            throw conflict(actor, DELETE, id, "'" + id + "' is a built-in profile and cannot be deleted.");
        }
        if (!stored.delete(id)) {
            throw AppException.notFound("Report profile '" + id + "'");
        }
        activityLog.success(actor, DELETE, null, "deleted report profile " + id);
    }

    /** Every profile the app knows, compiled, built-ins first: what uploads are matched against. */
    @Transactional(readOnly = true)
    public ProfileCatalog catalog() {
        List<Wording> wordings = new ArrayList<>(BuiltInProfiles.all());
        for (StoredProfiles.Row row : stored.all()) {
            wordings.add(wording(row.document()));
        }
        return new ProfileCatalog(wordings);
    }

    /** The named profile of a kind, for an upload that names it. */
    @Transactional(readOnly = true)
    public Wording named(ProfileKind kind, String id, String part) {
        ReportProfile profile = find(id).filter(p -> p.kind() == kind).orElseThrow(() -> new AppException(
                ErrorCode.BAD_INPUT, "There is no " + kind.label() + " profile '" + id + "'; leave the report format"
                        + " on 'Recognise automatically' or pick one of the list.", Map.of("file", part)));
        return wording(profile.json());
    }

    /** The wording of a document as a session stored it; null means the built-in of the kind (older sessions). */
    public Wording wording(ProfileKind kind, @Nullable String document) {
        if (document == null) {
            return kind == ProfileKind.CAR ? BuiltInProfiles.car() : BuiltInProfiles.receipts();
        }
        return wording(document);
    }

    /**
     * Checks a document without storing it.
     *
     * @throws AppException {@code BAD_INPUT} with {@code details.problems} when it is invalid
     */
    public ReportProfile parse(String document) {
        try {
            return ReportProfile.parse(document);
        } catch (InvalidProfileException e) {
            throw badInput(e.problems());
        }
    }

    private Wording wording(String document) {
        return compiled.computeIfAbsent(document, d -> ReportProfile.parse(d).compile());
    }

    private Optional<ReportProfile> find(String id) {
        for (Wording builtIn : BuiltInProfiles.all()) {
            if (builtIn.profile().id().equals(id)) {
                return Optional.of(builtIn.profile());
            }
        }
        return stored.find(id).map(row -> wording(row.document()).profile());
    }

    private AppException conflict(Actor actor, AuditAction action, String id, String message) {
        activityLog.refusal(actor, action, null, "report profile " + id + ": " + message);
        return new AppException(ErrorCode.CONFLICT, message);
    }

    static AppException badInput(List<ProfileProblem> problems) {
        List<Map<String, String>> list = problems.stream()
                .map(p -> Map.of("field", p.field(), "message", p.message())).toList();
        return new AppException(ErrorCode.BAD_INPUT, "The report profile is not valid: " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + " ("
                + String.join("; ", problems.stream().map(p -> p.field() + ": " + p.message()).toList()) + ").",
                Map.of("problems", list));
    }
}
