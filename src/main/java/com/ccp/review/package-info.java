/**
 * Reviewing a session's results: the sessions list, the session page and the employee page, and
 * the clerk's actions on them (resolving and reopening issues, links, dismissing hints).
 */
@NullMarked
package com.ccp.review;

import org.jspecify.annotations.NullMarked;
