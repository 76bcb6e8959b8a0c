/**
 * The wijkfoto of a network (seed 004 Wijkkompas; R194, R196, R197, R003, R004, R041, R099): who lives in its
 * service area by the CBS key figures compared with the region and the country, the supply of the sociale kaart per
 * 1,000 inhabitants with its gaps, the target groups the network chooses, what it sees in the wijk, and figures of
 * municipalities or insurers it imports per neighbourhood. One page per network and per neighbourhood.
 * <p>
 * Other modules add sections to the page through the SPI {@link nl.hecht.wijkfoto.WijkfotoSection}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Wijkfoto",
        allowedDependencies = { "shared", "identity", "area", "directory", "network" })
package nl.hecht.wijkfoto;
