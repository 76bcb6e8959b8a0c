package nl.hecht.directory.internal.exchange;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface DirectoryImportRunRepository extends JpaRepository<DirectoryImportRun, UUID> {

    List<DirectoryImportRun> findAllByOrderByStartedAtDesc(Limit limit);
}
