package com.ccp.export;

/** DELTA sends the ready employees whose current revision was never exported; ALL every ready employee. */
public enum ExportMode {
    DELTA, ALL
}
