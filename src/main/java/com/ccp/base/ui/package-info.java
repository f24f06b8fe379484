/** The main layout, the error handler and small shared components of the views. */
@NullMarked
package com.ccp.base.ui;

import org.jspecify.annotations.NullMarked;
