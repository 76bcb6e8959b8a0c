/**
 * The sociale kaart: organisations (and, later, their services, locations and community initiatives). This first
 * part is the organisation register that networks refer to: name, type, AGB code, KvK number and, for GP practices,
 * the list size, with a list and a form for RESV staff. Its API is {@link nl.hecht.directory.Organisations} with the value types beside it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory", allowedDependencies = { "shared", "identity", "area" })
package nl.hecht.directory;
