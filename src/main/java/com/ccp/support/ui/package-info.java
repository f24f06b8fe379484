@NullMarked
package com.ccp.support.ui;

import org.jspecify.annotations.NullMarked;
