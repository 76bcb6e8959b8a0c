package nl.hecht.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContactValuesTests {

    @Test
    void aPhoneNumberKeepsWhatWasTypedAndKnowsItsInternationalForm() {
        assertThat(PhoneNumber.parse("  06-0000 1234 ").value()).isEqualTo("06-0000 1234");
        assertThat(PhoneNumber.parse("06-1234 5678").international()).isEqualTo("+31612345678");
        assertThat(PhoneNumber.parse("+31 6 12345678").international()).isEqualTo("+31612345678");
        assertThat(PhoneNumber.parse("0031612345678").international()).isEqualTo("+31612345678");
        assertThat(PhoneNumber.parse("+31 (0)30 123 4567").international()).isEqualTo("+31301234567");
        assertThat(PhoneNumber.parse("030 (123) 45 67").international()).isEqualTo("+31301234567");
        assertThat(PhoneNumber.parse("+49 30 1234567").international()).isEqualTo("+49301234567");
    }

    @Test
    void anythingButDigitsSpacesBracketsHyphensAndALeadingPlusIsNoPhoneNumber() {
        for (String wrong : new String[] {"bel mij", "06", "(030) 123 45 67", "06-1234-5678 toestel 12", "++31612345678", "06.12345678",
                "1234567890123456789012"}) {
            assertThatThrownBy(() -> PhoneNumber.parse(wrong)).as(wrong).isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).messageKey()).isEqualTo(PhoneNumber.INVALID);
            assertThat(PhoneNumber.isValid(wrong)).as(wrong).isFalse();
        }
        assertThat(PhoneNumber.ofNullable("  ")).isNull();
        assertThat(PhoneNumber.isValid("030-1234567")).isTrue();
    }

    @Test
    void anEmailAddressIsStrippedWithItsDomainInLowerCase() {
        EmailAddress address = EmailAddress.parse(" Anna.de.Vries@Wijkteam.NL ");
        assertThat(address.value()).isEqualTo("Anna.de.Vries@wijkteam.nl");
        assertThat(address.domain()).isEqualTo("wijkteam.nl");
        assertThat(address).isEqualTo(EmailAddress.parse("Anna.de.Vries@WIJKTEAM.nl"));
        assertThat(EmailAddress.ofNullable("")).isNull();
    }

    @Test
    void anEmailAddressNeedsOneAtAndADotInTheDomain() {
        for (String wrong : new String[] {"geen-adres", "a@b", "a b@c.nl", "a@b@c.nl", "@c.nl",
                "a@" + "x".repeat(320) + ".nl"}) {
            assertThatThrownBy(() -> EmailAddress.parse(wrong)).as(wrong).isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).messageKey()).isEqualTo(EmailAddress.INVALID);
        }
    }

    @Test
    void aWebAddressIsHttpOrHttpsOnly() {
        assertThat(WebAddress.parse(" https://www.wijkteam.nl/over-ons?x=1 ").value())
                .isEqualTo("https://www.wijkteam.nl/over-ons?x=1");
        assertThat(WebAddress.parse("HTTP://Wijkteam.nl").value()).isEqualTo("http://Wijkteam.nl");
        assertThat(WebAddress.parse("https://wijkteam.nl").secure()).isTrue();
        assertThat(WebAddress.ofNullable(null)).isNull();
        for (String wrong : new String[] {"javascript:alert(1)", "JavaScript://x.nl/%0Aalert(1)", "data:text/html,x",
                "www.wijkteam.nl", "/relatief", "ftp://wijkteam.nl", "https://", "https:///pad", "https://a b.nl",
                "https://x.nl/" + "a".repeat(300)}) {
            assertThatThrownBy(() -> WebAddress.parse(wrong)).as(wrong).isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).messageKey()).isEqualTo(WebAddress.INVALID);
            assertThat(WebAddress.isValid(wrong)).as(wrong).isFalse();
        }
    }

    @Test
    void theValuesStoreAsTheirTextAndReadBack() {
        var phones = new PhoneNumber.JpaConverter();
        assertThat(phones.convertToDatabaseColumn(PhoneNumber.parse("06-0000 1234"))).isEqualTo("06-0000 1234");
        assertThat(phones.convertToEntityAttribute("06-0000 1234")).isEqualTo(PhoneNumber.parse("06-0000 1234"));
        assertThat(phones.convertToDatabaseColumn(null)).isNull();
        assertThat(phones.convertToEntityAttribute(null)).isNull();
        var emails = new EmailAddress.JpaConverter();
        assertThat(emails.convertToEntityAttribute("a@b.nl")).isEqualTo(EmailAddress.parse("a@b.nl"));
        var web = new WebAddress.JpaConverter();
        assertThat(web.convertToDatabaseColumn(WebAddress.parse("https://x.nl"))).isEqualTo("https://x.nl");
    }
}
