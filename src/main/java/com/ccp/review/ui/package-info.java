@NullMarked
@NamedInterface("ui")
package com.ccp.review.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
