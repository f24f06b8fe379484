/** The export dialog, the export history and the exceptions downloads of the session page. */
@NullMarked
@NamedInterface("ui")
package com.ccp.export.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
