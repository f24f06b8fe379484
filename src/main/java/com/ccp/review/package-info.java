/** Reviewing a session's results: employees, their transactions and receipts, issues and resolutions. */
@NullMarked
package com.ccp.review;

import org.jspecify.annotations.NullMarked;
