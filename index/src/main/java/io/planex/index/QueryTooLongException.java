package io.planex.index;

/** A free-text query with more words than a search can weigh (Lucene caps a query at 1,024 clauses). */
public final class QueryTooLongException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    QueryTooLongException(int words, int max) {
        super("query too long: " + words + " words, at most " + max + " (search for a distinctive phrase instead)");
    }
}
