package com.ccp.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.base.AppProperties;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Group membership → role against a real in-process LDAP server. */
class DirectoryGroupsTest {

    static TestDirectory directory;

    @BeforeAll
    static void startDirectory() throws Exception {
        directory = new TestDirectory();
    }

    @AfterAll
    static void stopDirectory() {
        directory.close();
    }

    @Test
    void membersOfTheConfiguredGroupsGetTheirRoles() {
        DirectoryGroups groups = groups(directory.url(), TestDirectory.READER_DN, TestDirectory.READER_PASSWORD);
        assertThat(groups.rolesOf("carol")).containsExactly(Role.SUPPORT);
        assertThat(groups.rolesOf("dave")).as("admin group named by its DN").containsExactly(Role.ADMIN);
        assertThat(groups.rolesOf("erin")).as("found by sAMAccountName, as in AD").containsExactly(Role.SUPPORT);
    }

    @Test
    void otherGroupsAndUnknownUsersGiveNoRole() {
        DirectoryGroups groups = groups(directory.url(), TestDirectory.READER_DN, TestDirectory.READER_PASSWORD);
        assertThat(groups.rolesOf("alice")).isEmpty();
        assertThat(groups.rolesOf("mallory")).isEmpty();
        assertThat(groups.rolesOf("*")).as("the name is a value, never a filter").isEmpty();
    }

    @Test
    void anonymousSearchWorksWhenNoAccountIsConfigured() {
        assertThat(groups(directory.url(), "", "").rolesOf("carol")).containsExactly(Role.SUPPORT);
    }

    @Test
    void anUnreachableOrRefusingDirectoryGrantsNothing() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThat(groups("ldap://localhost:" + closedPort, "", "").rolesOf("carol")).isEmpty();
        assertThat(groups(directory.url(), TestDirectory.READER_DN, "wrong").rolesOf("carol")).isEmpty();
    }

    @Test
    void withoutLdapUrlThereAreNoGroupRoles() {
        assertThat(groups("", "", "").rolesOf("carol")).isEmpty();
    }

    static DirectoryGroups groups(String url, String user, String password) {
        AppProperties properties = new AppProperties(Path.of("target"), Path.of("target"), Path.of("target"), 1, 1,
                Duration.ofSeconds(1), false, "", List.of(), List.of(), null,
                new AppProperties.Ldap(url, TestDirectory.BASE_DN,
                        "CN=CCP-Admins, OU=groups, DC=example, DC=test", TestDirectory.SUPPORT_GROUP, user, password),
                null);
        return new DirectoryGroups(properties, Clock.systemUTC());
    }
}
