package com.ccp.export;

import com.ccp.report.NameOrder;
import tools.jackson.databind.JsonNode;

/** The name order of a standard month's API employee row: the CAR's, or the receipt report's without a CAR section. */
final class StandardNames {

    private StandardNames() {
    }

    static NameOrder of(JsonNode row) {
        return row.path("carPages").isNull() || row.path("carPages").isMissingNode() ? NameOrder.FIRST_LAST
                : NameOrder.LAST_FIRST;
    }
}
