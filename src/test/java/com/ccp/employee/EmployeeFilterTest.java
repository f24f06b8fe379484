package com.ccp.employee;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmployeeFilterTest {

    @Test
    void aSearchIsALiteralCaseInsensitivePattern() {
        assertThat(new EmployeeFilter(null, null, false, " O'Brien ").searchPattern()).isEqualTo("%o'brien%");
        assertThat(new EmployeeFilter(null, null, false, "50%_x").searchPattern()).isEqualTo("%50\\%\\_x%");
        assertThat(new EmployeeFilter(null, null, false, "  ").searchPattern()).isNull();
    }
}
