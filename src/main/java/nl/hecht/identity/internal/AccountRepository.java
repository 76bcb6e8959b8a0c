package nl.hecht.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccountRepository extends JpaRepository<Account, UUID> {

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    List<Account> findAllByOrderByDisplayNameAsc();

    List<Account> findByEmailIgnoreCase(String email);

    /** The security stamp alone, read on every request of a logged-in session: active accounts only. */
    @Query("select a.securityStamp from Account a where a.id = :id and a.active = true")
    Optional<Integer> findActiveSecurityStamp(@Param("id") UUID id);
}
