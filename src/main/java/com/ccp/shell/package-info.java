/**
 * The application's frame: the layout around every signed-in page with its menu (built from the
 * routes marked {@code @Menu}), and the not-found and forbidden pages. Nothing depends on it.
 */
@NullMarked
package com.ccp.shell;

import org.jspecify.annotations.NullMarked;
