package com.ccp;

/** The JDK does not read {@code KRB5_CONFIG} by itself (MIT tools do): hand it over before anything logs in. */
final class KerberosConfigFile {

    private KerberosConfigFile() {
    }

    static void handOverToJdk() {
        String file = System.getenv("KRB5_CONFIG");
        if (file != null && !file.isBlank() && System.getProperty("java.security.krb5.conf") == null) {
            System.setProperty("java.security.krb5.conf", file);
        }
    }
}
