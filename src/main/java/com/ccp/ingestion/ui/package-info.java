@NullMarked
@NamedInterface("ui")
package com.ccp.ingestion.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
