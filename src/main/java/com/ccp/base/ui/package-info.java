/** What every screen shares: route names, formats, badges, figure cards, notifications and the error handler. */
@NullMarked
@NamedInterface("ui")
package com.ccp.base.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
