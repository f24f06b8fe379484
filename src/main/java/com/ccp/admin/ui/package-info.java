/** The admin console view. */
@NullMarked
package com.ccp.admin.ui;

import org.jspecify.annotations.NullMarked;
