/** The export dialog, the export history and the exceptions downloads of the session page. */
@NullMarked
package com.ccp.export.ui;

import org.jspecify.annotations.NullMarked;
