package nl.hecht.directory.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Immutable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;

import nl.hecht.directory.TaxonomyTerm;
import nl.hecht.directory.Vocabulary;

/** A term of the managed taxonomy (rows come from the migrations); loaded in batches, like organisations. */
@Entity
@Immutable
@BatchSize(size = 100)
@Table(name = "directory_taxonomy_term")
public class Term {

    @Id
    private String code;

    @Enumerated(EnumType.STRING)
    private Vocabulary vocabulary;

    @Column(name = "parent_code")
    private String parentCode;

    @Column(name = "name_nl")
    @FullTextField(analyzer = DutchAnalysis.DUTCH, searchAnalyzer = DutchAnalysis.DUTCH_QUERY)
    @FullTextField(name = "nameNl_parts", analyzer = DutchAnalysis.PARTS, searchAnalyzer = DutchAnalysis.PARTS_QUERY)
    private String nameNl;

    @Column(name = "name_en")
    private String nameEn;

    private int position;

    protected Term() {
    }

    public String code() {
        return code;
    }

    public String parentCode() {
        return parentCode;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    int position() {
        return position;
    }

    public TaxonomyTerm toView() {
        return new TaxonomyTerm(code, vocabulary, parentCode, nameNl, nameEn);
    }
}
