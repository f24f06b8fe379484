package com.ccp.api;

import com.ccp.ingestion.ProfileCheck;
import com.ccp.ingestion.ProfileCheckService;
import com.ccp.ingestion.UploadedFile;
import com.ccp.profile.ProfileService;
import com.ccp.profile.ProfileSummary;
import com.ccp.security.CurrentUser;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Report profiles (api.md "Report profiles"): documents go in and out as the JSON text stored. */
@RestController
class ProfileController {

    private final ProfileService profiles;
    private final ProfileCheckService checks;
    private final UploadParts uploads;
    private final CurrentUser currentUser;

    ProfileController(ProfileService profiles, ProfileCheckService checks, UploadParts uploads,
            CurrentUser currentUser) {
        this.profiles = profiles;
        this.checks = checks;
        this.uploads = uploads;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/profiles")
    List<ProfileSummary> list() {
        return profiles.list(currentUser.actor());
    }

    @GetMapping(path = "/api/profiles/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    String get(@PathVariable String id) {
        return profiles.get(currentUser.actor(), id).json();
    }

    @PutMapping(path = "/api/admin/profiles/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    String put(@PathVariable String id, @RequestBody(required = false) @Nullable String document) {
        return profiles.put(currentUser.actor(), id, document == null ? "" : document).json();
    }

    @DeleteMapping("/api/admin/profiles/{id}")
    Map<String, String> delete(@PathVariable String id) {
        profiles.delete(currentUser.actor(), id);
        return Map.of("id", id);
    }

    @PostMapping(path = "/api/admin/profiles/check", consumes = "multipart/form-data")
    ProfileCheck check(@RequestPart(name = "profile", required = false) @Nullable Part profile,
            @RequestPart(name = "file", required = false) @Nullable MultipartFile file) throws IOException {
        String document = profile == null ? "" : new String(profile.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        try (UploadedFile upload = uploads.receive(file, "file")) {
            return checks.check(currentUser.actor(), document, upload);
        }
    }
}
