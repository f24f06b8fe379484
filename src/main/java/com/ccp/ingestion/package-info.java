@NullMarked
package com.ccp.ingestion;

import org.jspecify.annotations.NullMarked;
