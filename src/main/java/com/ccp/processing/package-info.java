/** Sessions: their state machine, progress and lists; every change of a session goes through {@code SessionService}. */
@NullMarked
package com.ccp.processing;

import org.jspecify.annotations.NullMarked;
