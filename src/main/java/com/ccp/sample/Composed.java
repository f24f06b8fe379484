package com.ccp.sample;

import java.util.List;
import java.util.Map;

/** A laid-out report: its pages, each employee's page range and the layout facts worth a note. */
record Composed(List<Page> pages, Map<String, List<Integer>> ranges, Map<String, List<String>> notes) {

    int pageCount() {
        return pages.size();
    }

    List<String> notes(String employeeId) {
        return notes.getOrDefault(employeeId, List.of());
    }
}
