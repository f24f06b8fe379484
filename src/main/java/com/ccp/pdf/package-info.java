/** The only package that imports PDFBox: read, validate, split, render and write PDFs. */
@NullMarked
package com.ccp.pdf;

import org.jspecify.annotations.NullMarked;
