@NullMarked
@NamedInterface("db")
package com.ccp.base.db;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
