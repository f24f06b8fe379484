package com.ccp.security;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.Configuration;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import org.apache.kerby.kerberos.kerb.KrbException;
import org.apache.kerby.kerberos.kerb.server.SimpleKdcServer;
import org.ietf.jgss.GSSContext;
import org.ietf.jgss.GSSException;
import org.ietf.jgss.GSSManager;
import org.ietf.jgss.GSSName;
import org.ietf.jgss.Oid;

/**
 * A real KDC in the test JVM (Apache Kerby), on TCP at localhost, with the app's service principal
 * {@code HTTP/localhost} exported to a keytab; and a client that gets a user a ticket with the
 * JDK's own Kerberos and turns it into a SPNEGO {@code Negotiate} token, as a browser would.
 * Kerby points {@code java.security.krb5.conf} at the realm file it writes: one KDC per JVM.
 */
public final class TestKdc implements AutoCloseable {

    public static final String REALM = "EXAMPLE.TEST";
    public static final String SERVICE = "HTTP/localhost@" + REALM;
    private static final Oid SPNEGO = oid("1.3.6.1.5.5.2");

    private final SimpleKdcServer kdc;
    private final Path keytab;

    private TestKdc(SimpleKdcServer kdc, Path keytab) {
        this.kdc = kdc;
        this.keytab = keytab;
    }

    public static TestKdc start(Path workDir) throws KrbException, IOException {
        Files.createDirectories(workDir);
        Path keytab = workDir.resolve("http.keytab");
        Files.deleteIfExists(keytab);
        SimpleKdcServer kdc = new SimpleKdcServer();
        kdc.setWorkDir(workDir.toFile());
        kdc.setKdcRealm(REALM);
        kdc.setKdcHost("localhost");
        kdc.setAllowUdp(false);
        kdc.setKdcTcpPort(freePort());
        kdc.init();
        kdc.start();
        kdc.createPrincipal(SERVICE);
        kdc.exportPrincipal(SERVICE, keytab.toFile());
        return new TestKdc(kdc, keytab);
    }

    public Path keytab() {
        return keytab;
    }

    public void addUser(String name, String password) throws KrbException {
        kdc.createPrincipal(name + "@" + REALM, password);
    }

    /** A principal the app has no key for: its tickets cannot be read by the app. */
    public void addService(String principal) throws KrbException {
        kdc.createPrincipal(principal);
    }

    /** The {@code Authorization} value a domain browser sends: the user's ticket for {@code service}. */
    public static String negotiate(String user, String password, String service) {
        try {
            Subject subject = login(user, password);
            byte[] token = Subject.callAs(subject, () -> {
                GSSManager manager = GSSManager.getInstance();
                GSSName server = manager.createName(service, GSSName.NT_HOSTBASED_SERVICE);
                GSSContext context = manager.createContext(server, SPNEGO, null, GSSContext.DEFAULT_LIFETIME);
                try {
                    return context.initSecContext(new byte[0], 0, 0);
                } finally {
                    context.dispose();
                }
            });
            return "Negotiate " + Base64.getEncoder().encodeToString(token);
        } catch (LoginException e) {
            throw new IllegalStateException("the KDC refused " + user, e);
        } catch (Exception e) {
            throw new IllegalStateException("no ticket for " + user + " to " + service, e);
        }
    }

    private static Subject login(String user, String password) throws LoginException {
        Configuration client = new Configuration() {
            @Override
            public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
                return new AppConfigurationEntry[] {new AppConfigurationEntry(
                        "com.sun.security.auth.module.Krb5LoginModule",
                        AppConfigurationEntry.LoginModuleControlFlag.REQUIRED,
                        Map.of("useTicketCache", "false", "storeKey", "false"))};
            }
        };
        LoginContext login = new LoginContext("", new Subject(), callbacks -> {
            for (var callback : callbacks) {
                if (callback instanceof NameCallback nameCallback) {
                    nameCallback.setName(user + "@" + REALM);
                } else if (callback instanceof PasswordCallback passwordCallback) {
                    passwordCallback.setPassword(password.toCharArray());
                }
            }
        }, client);
        login.login();
        return login.getSubject();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Oid oid(String value) {
        try {
            return new Oid(value);
        } catch (GSSException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            kdc.stop();
        } catch (KrbException e) {
            throw new IllegalStateException(e);
        }
    }
}
