package com.ccp.security;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFException;

/**
 * A real LDAP server in the test JVM (UnboundID in-memory) shaped like a small AD: people found by
 * {@code uid} or {@code sAMAccountName}, a support group of {@code member}s and an admin group of
 * {@code uniqueMember}s. carol and erin are support, dave is admin, alice is neither.
 */
public final class TestDirectory implements AutoCloseable {

    public static final String BASE_DN = "dc=example,dc=test";
    public static final String READER_DN = "cn=reader," + BASE_DN;
    public static final String READER_PASSWORD = "reader-secret";
    public static final String SUPPORT_GROUP = "ccp-support";
    public static final String ADMIN_GROUP_DN = "cn=ccp-admins,ou=groups," + BASE_DN;

    private final InMemoryDirectoryServer server;

    public TestDirectory() throws LDAPException, LDIFException {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
        config.addAdditionalBindCredentials(READER_DN, READER_PASSWORD);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
        config.setSchema(null); // AD attributes such as sAMAccountName are not in the standard schema
        server = new InMemoryDirectoryServer(config);
        server.add("dn: " + BASE_DN, "objectClass: domain", "dc: example");
        server.add("dn: ou=people," + BASE_DN, "objectClass: organizationalUnit", "ou: people");
        server.add("dn: ou=groups," + BASE_DN, "objectClass: organizationalUnit", "ou: groups");
        for (String uid : new String[] {"alice", "carol", "dave"}) {
            server.add("dn: uid=" + uid + ",ou=people," + BASE_DN, "objectClass: top", "objectClass: person",
                    "objectClass: organizationalPerson", "objectClass: inetOrgPerson", "uid: " + uid,
                    "cn: " + uid, "sn: " + uid);
        }
        server.add("dn: cn=Erin Example,ou=people," + BASE_DN, "objectClass: top", "objectClass: person",
                "objectClass: organizationalPerson", "objectClass: user",
                "sAMAccountName: erin", "cn: Erin Example", "sn: Example");
        server.add("dn: cn=" + SUPPORT_GROUP + ",ou=groups," + BASE_DN, "objectClass: groupOfNames",
                "cn: " + SUPPORT_GROUP, "member: uid=carol,ou=people," + BASE_DN,
                "member: cn=Erin Example,ou=people," + BASE_DN);
        server.add("dn: " + ADMIN_GROUP_DN, "objectClass: groupOfUniqueNames", "cn: ccp-admins",
                "uniqueMember: uid=dave,ou=people," + BASE_DN);
        server.add("dn: cn=ccp-other,ou=groups," + BASE_DN, "objectClass: groupOfNames", "cn: ccp-other",
                "member: uid=alice,ou=people," + BASE_DN);
        server.startListening();
    }

    public String url() {
        return "ldap://localhost:" + server.getListenPort();
    }

    @Override
    public void close() {
        server.shutDown(true);
    }
}
