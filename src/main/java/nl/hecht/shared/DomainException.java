package nl.hecht.shared;

/**
 * A request that the domain refuses, with the message key (and arguments) of the reason that the user is shown.
 * Never carries personal data in its message.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
