/**
 * Delta processing: a late receipt report compared with a completed session, the comparison
 * reviewed per employee, and the accepted changes applied as new employee revisions.
 */
@NullMarked
package com.ccp.delta;

import org.jspecify.annotations.NullMarked;
