@NullMarked
package com.ccp.processing.ui;

import org.jspecify.annotations.NullMarked;
