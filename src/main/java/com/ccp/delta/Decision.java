package com.ccp.delta;

/** What the user decided for one employee's change. */
public enum Decision { ACCEPT, REJECT }
