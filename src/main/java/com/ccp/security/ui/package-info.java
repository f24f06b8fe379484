/** The sign-in page and what every screen needs of the signed-in user (read-only actions while viewing as someone). */
@NullMarked
@NamedInterface("ui")
package com.ccp.security.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
