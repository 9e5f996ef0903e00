package io.planex.index.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link ToneMarkNormalizationFilter}, usable by name in Lucene's {@code CustomAnalyzer}:
 * {@code .addTokenFilter("vietnameseToneNormalization")}.
 */
public class ToneMarkNormalizationFilterFactory extends TokenFilterFactory {
    /** SPI name. */
    public static final String NAME = "vietnameseToneNormalization";

    public ToneMarkNormalizationFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) throw new IllegalArgumentException("unknown parameters: " + args);
    }

    /** Default constructor for SPI loading only. */
    public ToneMarkNormalizationFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new ToneMarkNormalizationFilter(input);
    }

    @Override
    public TokenStream normalize(TokenStream input) {
        return create(input);
    }
}
