package com.ccp.review.ui;

import com.ccp.employee.EmployeeFilter;
import com.ccp.review.EmployeeSort;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the session page's employee list shows — tab, flag, search, hints, order, the row last
 * opened and the index of the first row scrolled into view ({@code top}) — as URL query parameters,
 * so Back, a bookmark and the employee page's previous/next all see the same list at the same place.
 * Defaults are left out of the URL.
 */
record EmployeeListState(Tab tab, @Nullable String flag, @Nullable String search, boolean hasHints,
        EmployeeSort sort, boolean descending, @Nullable String row, @Nullable Integer top) {

    enum Tab {
        ALL, EXCEPTIONS, READY;

        String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static final EmployeeListState DEFAULT = new EmployeeListState(Tab.ALL, null, null, false,
            EmployeeSort.EMPLOYEE_ID, false, null, null);

    static EmployeeListState of(QueryParameters query) {
        Map<String, List<String>> params = query.getParameters();
        Tab tab = Optional.ofNullable(first(params, "tab")).flatMap(key -> java.util.Arrays.stream(Tab.values())
                .filter(t -> t.key().equals(key)).findFirst()).orElse(Tab.ALL);
        EmployeeSort sort = Optional.ofNullable(first(params, "sort")).flatMap(EmployeeSort::ofKey)
                .orElse(EmployeeSort.EMPLOYEE_ID);
        return new EmployeeListState(tab, first(params, "flag"), first(params, "q"), "1".equals(first(params, "hints")),
                sort, "desc".equals(first(params, "dir")), first(params, "row"), index(first(params, "top")));
    }

    QueryParameters query() {
        Map<String, String> params = new LinkedHashMap<>();
        if (tab != Tab.ALL) {
            params.put("tab", tab.key());
        }
        if (flag != null && !flag.isBlank()) {
            params.put("flag", flag);
        }
        if (search != null && !search.isBlank()) {
            params.put("q", search.strip());
        }
        if (hasHints) {
            params.put("hints", "1");
        }
        if (sort != EmployeeSort.EMPLOYEE_ID || descending) {
            params.put("sort", sort.key());
        }
        if (descending) {
            params.put("dir", "desc");
        }
        if (row != null && !row.isBlank()) {
            params.put("row", row);
        }
        if (top != null && top > 0) {
            params.put("top", String.valueOf(top));
        }
        return QueryParameters.simple(params);
    }

    /**
     * The list with this row opened (or, with null, none) and no scroll position, as the employee
     * page's links carry it.
     */
    EmployeeListState withRow(@Nullable String employeeId) {
        return new EmployeeListState(tab, flag, search, hasHints, sort, descending, employeeId, null);
    }

    /** The same list scrolled so that the row at {@code index} is the first in view. */
    EmployeeListState withTop(@Nullable Integer index) {
        return new EmployeeListState(tab, flag, search, hasHints, sort, descending, row,
                index == null || index <= 0 ? null : index);
    }

    EmployeeFilter filter() {
        EmployeeFilter.Status status = switch (tab) {
            case ALL -> null;
            case EXCEPTIONS -> EmployeeFilter.Status.EXCEPTION;
            case READY -> EmployeeFilter.Status.READY;
        };
        return new EmployeeFilter(flag, status, hasHints, search);
    }

    /** "?tab=ready&q=smith" or "" — appended to a route path. */
    String queryString() {
        String query = query().getQueryString();
        return query.isEmpty() ? "" : "?" + query;
    }

    private static @Nullable Integer index(@Nullable String value) {
        if (value == null || !value.matches("\\d{1,7}")) {
            return null;
        }
        int index = Integer.parseInt(value);
        return index == 0 ? null : index;
    }

    private static @Nullable String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst();
    }
}
