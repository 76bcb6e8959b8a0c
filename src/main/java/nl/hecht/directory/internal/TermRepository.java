package nl.hecht.directory.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import nl.hecht.directory.Vocabulary;

public interface TermRepository extends JpaRepository<Term, String> {

    List<Term> findByVocabularyOrderByPosition(Vocabulary vocabulary);
}
