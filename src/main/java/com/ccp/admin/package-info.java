/**
 * The admin console's services: system statistics, bulk cleanup with its deletion audit log, orphaned
 * files and records, the activity log search and the legacy {@code activity.json} import. Every public
 * method is for admins only and checks it itself.
 */
@NullMarked
package com.ccp.admin;

import org.jspecify.annotations.NullMarked;
