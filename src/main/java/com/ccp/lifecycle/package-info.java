/** The life of a session once created: pause, resume, cancel, close for good, delete. */
@NullMarked
package com.ccp.lifecycle;

import org.jspecify.annotations.NullMarked;
