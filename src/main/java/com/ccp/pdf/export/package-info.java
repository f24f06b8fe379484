/**
 * Writing the export's PDFs with PDFBox: employee documents cut from the uploaded reports, and
 * the laid-out report (title, facts, tables, page numbers) the exceptions report is made of.
 */
@NullMarked
@NamedInterface("export")
package com.ccp.pdf.export;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
