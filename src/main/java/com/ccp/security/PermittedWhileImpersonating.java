package com.ccp.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the few service methods that take an impersonating {@link Actor} and still write: ending
 * the impersonation and recording the activity log. Every other changing service method refuses
 * with {@code READ_ONLY}; a test enumerates them all.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface PermittedWhileImpersonating {

    /** Why this write is harmless while support views as someone else. */
    String value();
}
