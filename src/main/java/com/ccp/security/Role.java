package com.ccp.security;

/** Every signed-in user is a USER; ADMIN and SUPPORT come from configuration or directory groups. */
public enum Role {
    USER, ADMIN, SUPPORT;

    public String authority() {
        return "ROLE_" + name();
    }
}
