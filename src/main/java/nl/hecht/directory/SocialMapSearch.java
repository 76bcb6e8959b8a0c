package nl.hecht.directory;

/** Searching the sociale kaart (Hibernate Search: Lucene on one node, Elasticsearch/OpenSearch by configuration). */
public interface SocialMapSearch {

    SearchResult search(SearchQuery query);
}
