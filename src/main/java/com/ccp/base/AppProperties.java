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
        List<String> supportUsers,
        Kerberos kerberos,
        Ldap ldap,
        Mail mail) {

    public AppProperties {
        adminUsers = adminUsers == null ? List.of() : List.copyOf(adminUsers);
        supportUsers = supportUsers == null ? List.of() : List.copyOf(supportUsers);
        users = users == null ? "" : users;
        kerberos = kerberos == null ? new Kerberos("", "") : kerberos;
        ldap = ldap == null ? new Ldap("", "", "", "", "", "") : ldap;
        mail = mail == null ? new Mail("", "", "") : mail;
    }

    /**
     * The "processing complete" e-mail: its sender, the domain of the owners' addresses
     * ({@code user@domain}; empty = no e-mail) and the app's address for the link.
     */
    public record Mail(String from, String domain, String appUrl) {

        public Mail {
            domain = domain == null ? "" : domain.strip();
            from = from == null || from.isBlank() ? "credit-card-processor@" + (domain.isEmpty() ? "localhost" : domain)
                    : from.strip();
            appUrl = appUrl == null ? "" : appUrl.strip();
        }
    }

    /** Windows SSO: the service principal (e.g. {@code HTTP/ccp.corp.example.com@CORP.EXAMPLE.COM}) and its keytab. */
    public record Kerberos(String principal, String keytab) {

        public Kerberos {
            principal = principal == null ? "" : principal.strip();
            keytab = keytab == null ? "" : keytab.strip();
        }

        public boolean enabled() {
            return !principal.isEmpty();
        }
    }

    /**
     * Roles from directory groups: the server, where users and groups live, the two groups (a name or a
     * full DN) and an optional account to search with (anonymous search when empty).
     */
    public record Ldap(String url, String baseDn, String adminGroup, String supportGroup, String user,
            String password) {

        public Ldap {
            url = url == null ? "" : url.strip();
            baseDn = baseDn == null ? "" : baseDn.strip();
            adminGroup = adminGroup == null ? "" : adminGroup.strip();
            supportGroup = supportGroup == null ? "" : supportGroup.strip();
            user = user == null ? "" : user.strip();
            password = password == null ? "" : password;
        }

        public boolean enabled() {
            return !url.isEmpty();
        }
    }

    public long maxFileSizeBytes() {
        return maxFileSizeMb * 1024L * 1024L;
    }
}
