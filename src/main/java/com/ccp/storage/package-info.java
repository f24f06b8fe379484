/** Uploaded files, stored by content, and which of them each session uses. */
@NullMarked
package com.ccp.storage;

import org.jspecify.annotations.NullMarked;
