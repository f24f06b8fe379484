package com.ccp.base;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The product's own settings (product.md "Configuration"); application.yml maps the documented
 * environment variables onto them.
 */
@ConfigurationProperties("app")
public record AppProperties(
        Path dataDir,
        Path uploadPath,
        Path exportPath,
        int maxFileSizeMb,
        int maxPages,
        Duration parseTimeout,
        boolean demoData,
        String users,
        List<String> adminUsers,
        List<String> supportUsers) {

    public AppProperties {
        adminUsers = adminUsers == null ? List.of() : List.copyOf(adminUsers);
        supportUsers = supportUsers == null ? List.of() : List.copyOf(supportUsers);
        users = users == null ? "" : users;
    }

    public long maxFileSizeBytes() {
        return maxFileSizeMb * 1024L * 1024L;
    }
}
