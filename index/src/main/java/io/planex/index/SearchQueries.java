package io.planex.index;

import org.apache.lucene.search.Query;

/**
 * What a {@link SearchRequest} means as Lucene queries, so that another engine built on Lucene (SolrCloud) runs
 * the very search the local index runs.
 *
 * @param match     what a document must match: the text query (or match-all) as a MUST clause and each filter
 *                  as a FILTER clause of one boolean query
 * @param boosts    the re-ranking query added to the first-pass score of the top {@code window} matches, or null
 *                  when the request has no text (then hits come newest first)
 * @param window    how many first-pass matches are re-ranked
 * @param highlight the words snippets highlight
 * @param citedKey  the citation key hits show a citation snippet for: of {@code --cites}, else {@code --implements},
 *                  else the first document symbol typed in the query text; or null
 */
public record SearchQueries(Query match, Query boosts, int window, Snippets.Terms highlight, String citedKey) {}
