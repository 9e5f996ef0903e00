package io.planex.solr;

/**
 * Field names of the planex configset ({@code managed-schema.xml}) that the local index does not have: the local
 * index keeps facet values in Lucene's facet doc values, Solr in docValues string fields of their own. Every
 * other field has the local index's name ({@link io.planex.index.IndexFields}).
 */
final class SolrFields {
    private SolrFields() {}

    static final String ISSUER_FACET = "issuer_facet";
    static final String TYPE_FACET = "type_facet";
    static final String UNIT_FACET = "unit_facet";
    static final String DEADLINE_MONTH = "deadline_month";
    /** "day/n": the n-th deadline of that day in a document, so that stats counts deadlines, not documents. */
    static final String DEADLINE_OCCURRENCE = "deadline_occurrence";
}
