package com.ccp.employee;

/** What matched a transaction or receipt: the rules of formats.md §3, or a clerk's link. */
public enum MatchedBy {
    RULES,
    LINK
}
