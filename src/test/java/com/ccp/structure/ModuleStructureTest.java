package com.ccp.structure;

import com.ccp.Application;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModuleStructureTest {

    @Test
    void modulesDependOnEachOtherWithoutCyclesAndOnlyThroughTheirInterfaces() {
        ApplicationModules.of(Application.class).verify();
    }
}
