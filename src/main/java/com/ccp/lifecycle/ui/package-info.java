/** The session page's lifecycle actions and their confirmation dialogs. */
@NullMarked
@NamedInterface("ui")
package com.ccp.lifecycle.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
