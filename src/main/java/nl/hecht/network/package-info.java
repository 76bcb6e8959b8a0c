/**
 * Regions (RESV) and their neighbourhood networks (hechte wijkverbanden and thematic networks): whose population
 * a network serves, who its members are and how to reach them, whether its core composition is complete, and the
 * region's coverage analysis. Its API is {@link nl.hecht.network.Networks} and {@link nl.hecht.network.Regions}
 * with the ids, value types and events beside them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Network",
        allowedDependencies = { "shared", "identity", "area", "directory" })
package nl.hecht.network;
