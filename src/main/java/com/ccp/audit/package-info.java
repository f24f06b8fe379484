@NullMarked
package com.ccp.audit;

import org.jspecify.annotations.NullMarked;
