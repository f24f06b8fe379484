@NullMarked
package com.ccp.api;

import org.jspecify.annotations.NullMarked;
