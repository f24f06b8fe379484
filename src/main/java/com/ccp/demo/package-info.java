/** The demo session seeded with DEMO_DATA=true. */
@NullMarked
package com.ccp.demo;

import org.jspecify.annotations.NullMarked;
