package nl.hecht.identity.internal;

/**
 * What the enrolment of a second factor shows: the new TOTP secret (also in groups of four, to type), and its QR code
 * for the authenticator app.
 */
public record SecondFactorEnrolment(String secret, String secretGroups, String qr) {

    static SecondFactorEnrolment of(TotpService totp, String secret, String username) {
        return new SecondFactorEnrolment(secret, secret.replaceAll("(.{4})(?!$)", "$1 "),
                totp.qrDataUri(secret, username));
    }
}
