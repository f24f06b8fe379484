/** Support's read-only impersonation: viewing the app exactly as a user sees it, logged with both names. */
@NullMarked
package com.ccp.support;

import org.jspecify.annotations.NullMarked;
