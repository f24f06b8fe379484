@NullMarked
package com.ccp.base.db;

import org.jspecify.annotations.NullMarked;
