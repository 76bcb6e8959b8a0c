package nl.hecht.network;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import nl.hecht.HechtApplication;

/** The network and directory modules keep to their borders: only module roots are used across modules. */
class NetworkModuleStructureTests {

    @Test
    void modulesKeepTheirBorders() {
        ApplicationModules.of(HechtApplication.class).verify();
    }
}
