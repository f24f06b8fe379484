/** The session page's lifecycle actions and their confirmation dialogs. */
@NullMarked
package com.ccp.lifecycle.ui;

import org.jspecify.annotations.NullMarked;
