@NullMarked
package com.ccp.security;

import org.jspecify.annotations.NullMarked;
