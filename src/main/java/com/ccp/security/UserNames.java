package com.ccp.security;

import java.util.Locale;

/** Windows names arrive as {@code DOMAIN\\user} or {@code user@REALM}; both mean the lower-case {@code user}. */
public final class UserNames {

    private UserNames() {
    }

    public static String normalise(String name) {
        String user = name.strip();
        int backslash = user.lastIndexOf('\\');
        if (backslash >= 0) {
            user = user.substring(backslash + 1);
        }
        int at = user.indexOf('@');
        if (at >= 0) {
            user = user.substring(0, at);
        }
        return user.toLowerCase(Locale.ROOT);
    }
}
