package nl.hecht.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import nl.hecht.directory.SocialMap;
import nl.hecht.directory.TaxonomyTerm;
import nl.hecht.directory.Vocabulary;

/** The search pages ask for the taxonomy at every search; it is read once, then cached. */
@SpringBootTest
@AutoConfigureMockMvc // the MockMvc tests' context, so the run boots one context fewer
class SocialMapTermsCacheIntegrationTests {

    @Autowired
    SocialMap socialMap;

    @Test
    void theTermsOfAVocabularyAreReadOnceAndThenServedFromTheCache() {
        List<TaxonomyTerm> categories = socialMap.terms(Vocabulary.CATEGORY);
        List<TaxonomyTerm> groups = socialMap.terms(Vocabulary.TARGET_GROUP);

        assertThat(categories).isNotEmpty().allMatch(term -> term.vocabulary() == Vocabulary.CATEGORY);
        assertThat(groups).isNotEmpty().allMatch(term -> term.vocabulary() == Vocabulary.TARGET_GROUP);
        assertThat(socialMap.terms(Vocabulary.CATEGORY)).isSameAs(categories);
        assertThat(socialMap.terms(Vocabulary.TARGET_GROUP)).isSameAs(groups);
    }
}
