package nl.hecht.directory;

/**
 * What an entry of the sociale kaart is: a professional service; a community initiative of the sociale basis
 * (residents' initiatives, associations, day activities, meal services, volunteers, experts by experience, key
 * figures; R071–R073, R210, R259); or an access point (toegangspoort: the Wmo counter, the social wijk team, an
 * information point with one phone number; R245–R247).
 */
public enum EntryKind {
    SERVICE, INITIATIVE, ACCESS_POINT
}
