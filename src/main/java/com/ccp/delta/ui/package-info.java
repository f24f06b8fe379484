/** The comparison (diff-approval) view. */
@NullMarked
@NamedInterface("ui")
package com.ccp.delta.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
