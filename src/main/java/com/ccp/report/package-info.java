/**
 * The parsed content of the two input reports (formats.md §1–2): plain records with no Spring,
 * no database and no PDFBox, produced by the parsers from page texts.
 */
@NullMarked
package com.ccp.report;

import org.jspecify.annotations.NullMarked;
