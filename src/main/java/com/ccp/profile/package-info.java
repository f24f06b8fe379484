/**
 * Report profiles (formats.md §7): the built-in and admin-written wordings the readers use, stored
 * as JSON documents; the choice of a profile for an uploaded report.
 */
@NullMarked
package com.ccp.profile;

import org.jspecify.annotations.NullMarked;
