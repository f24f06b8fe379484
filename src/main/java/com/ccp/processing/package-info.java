@NullMarked
package com.ccp.processing;

import org.jspecify.annotations.NullMarked;
