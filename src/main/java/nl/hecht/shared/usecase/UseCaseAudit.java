package nl.hecht.shared.usecase;

/**
 * Receives every call of a use case that declares an {@link UseCase#auditPurpose() audit purpose}, after the policy
 * decided and (when granted) after it ran; the {@code audit} module implements it. Because the boundary calls it, no
 * code path to client data can skip it.
 */
public interface UseCaseAudit {

    enum Outcome { DONE, FAILED, HIDDEN, DENIED }

    void record(UseCaseCall call, String purpose, Outcome outcome);
}
