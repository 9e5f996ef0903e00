package io.planex.index;

/** Field names of the planex Lucene index. */
public final class IndexFields {
    private IndexFields() {}

    /** Document id: the sha256 of the file's content. */
    public static final String ID = "id";
    /** Every path at which the document's content was found; stored, exact match. */
    public static final String PATH = "path";
    /** Full text, analysed and stored (for snippets). */
    public static final String TEXT = "text";
    /** Title, analysed. */
    public static final String TITLE = "title";
    /** Canonical citation keys (number|TYPE|ISSUER), exact match, one value per cited document. */
    public static final String CITES = "cites";
    /** Canonical keys of the cited documents this plan implements. */
    public static final String IMPLEMENTS = "implements";
    /** The stored JSON record. */
    public static final String RECORD = "record";
}
