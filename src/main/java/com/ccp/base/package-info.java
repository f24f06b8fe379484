@NullMarked
package com.ccp.base;

import org.jspecify.annotations.NullMarked;
