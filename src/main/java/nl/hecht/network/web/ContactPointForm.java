package nl.hecht.network.web;

import jakarta.validation.constraints.Size;

import nl.hecht.network.internal.network.ContactPoint;

/** The network's contact point as typed (R054, R092); all fields empty removes it. */
record ContactPointForm(@Size(max = 200, message = "{network.error.contact-name}") String name,
        @Size(max = 40, message = "{value.error.phone}") String phone,
        @Size(max = 320, message = "{value.error.email}") String email,
        @Size(max = 200, message = "{network.error.contact-too-long}") String hours,
        @Size(max = 1000, message = "{network.error.contact-too-long}") String reachableFor) {

    static ContactPointForm of(ContactPoint contact) {
        return contact == null ? new ContactPointForm(null, null, null, null, null)
                : new ContactPointForm(contact.name(), contact.phoneText(), contact.emailText(), contact.hours(),
                        contact.reachableFor());
    }

    /** The contact point, or null when nothing was typed; refuses an invalid phone number or e-mail address. */
    ContactPoint toContactPoint() {
        return ContactPoint.typed(name, phone, email, hours, reachableFor);
    }
}
