/**
 * The one owner of a session's results: employees with their transactions, receipts, page ranges,
 * revisions and issues, the reading notes, links and hints. {@link com.ccp.employee.EmployeeWriter}
 * writes what a read, a late-receipt apply and an export change; the read models serve the modules
 * above. No other module names these tables.
 */
@NullMarked
package com.ccp.employee;

import org.jspecify.annotations.NullMarked;
