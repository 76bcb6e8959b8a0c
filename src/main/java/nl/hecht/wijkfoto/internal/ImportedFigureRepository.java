package nl.hecht.wijkfoto.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ImportedFigureRepository extends JpaRepository<ImportedFigure, UUID> {

    List<ImportedFigure> findByNetworkId(UUID network);
}
