@NullMarked
package com.ccp.ingestion.ui;

import org.jspecify.annotations.NullMarked;
