@NullMarked
package com.ccp.review.ui;

import org.jspecify.annotations.NullMarked;
