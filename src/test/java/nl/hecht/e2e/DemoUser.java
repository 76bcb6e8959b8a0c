package nl.hecht.e2e;

import java.util.List;

/**
 * The demo accounts of Regio Voorbeeld as the browser sees them: login name, the name in the header and the Dutch
 * role labels in the header.
 */
enum DemoUser {

    ADMIN("admin", "Anouk Beheer", "beheerder"),
    RESV("resv", "Ruben de Regio", "RESV-medewerker"),
    COORDINATOR("coordinator", "Carla de Vries", "coördinator", "professional"),
    NURSE("nurse", "Noor Jansen", "professional"),
    PHARMACIST("pharmacist", "Pieter Bakker", "professional"),
    SOCIAL_WORKER("socialworker", "Sanne Visser", "professional"),
    CLIENT("client", "Karel Smit", "cliënt");

    /** The password of every demo account. */
    static final String PASSWORD = "hecht-demo";

    /** The TOTP secret of every demo account (base32; accepted only in demo mode). */
    static final String TOTP_SECRET = "JBSWY3DPEHPK3PXP";

    final String username;
    final String displayName;
    final List<String> roleLabels;

    DemoUser(String username, String displayName, String... roleLabels) {
        this.username = username;
        this.displayName = displayName;
        this.roleLabels = List.of(roleLabels);
    }

    @Override
    public String toString() {
        return username;
    }
}
