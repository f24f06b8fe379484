/** The comparison (diff-approval) view. */
@NullMarked
package com.ccp.delta.ui;

import org.jspecify.annotations.NullMarked;
