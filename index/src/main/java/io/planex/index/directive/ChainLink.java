package io.planex.index.directive;

/**
 * A document in a directive's chain: it cites {@code via} (the directive itself at depth 1, a document of the
 * chain deeper down), and {@code implementsVia} says whether it carries that one out.
 */
public record ChainLink(String id, String file, String symbol, String title, String issuer, String date,
                        String level, int depth, String via, boolean implementsVia) {}
