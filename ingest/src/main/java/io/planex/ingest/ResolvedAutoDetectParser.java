package io.planex.ingest;

import java.util.HashMap;
import java.util.Map;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;

/**
 * Tika's {@link AutoDetectParser} over a Tika configuration, with its map from type to parser worked out
 * once, down to the parser that reads the type (the PDF parser, not the default composite that holds it).
 *
 * <p>Why: {@link CompositeParser#getParsers(ParseContext)} rebuilds that map on every parse (every parser's
 * supported types, each normalised), and does it twice for a file, once in this parser and once in the
 * {@code DefaultParser} it hands the file to: 4 % of a worker's CPU when ingesting text PDFs. The map depends on
 * the context only through the parsers' configuration found in it (Tesseract's "skip OCR", for one), which
 * {@link DocumentReader} sets the same way for every file; so the first context's map stands for all. Resolving a
 * composite to the member it would choose gives the same parser for every type the map holds (a composite's map
 * has the same keys as the types it reports); only Tika's "parsed by" record loses the composite's name, which
 * planex does not read. Detection, the fallback parser, the zip-bomb limits and the embedded-document handling
 * are Tika's own, untouched.
 */
final class ResolvedAutoDetectParser extends AutoDetectParser {
    private static final long serialVersionUID = 1L;

    private transient volatile Map<MediaType, Parser> resolved;

    /** As {@code new AutoDetectParser(detector)} builds it, from {@code config} instead of Tika's default one. */
    ResolvedAutoDetectParser(TikaConfig config, Detector detector) {
        super(config);
        setDetector(detector);
    }

    @Override
    public Map<MediaType, Parser> getParsers(ParseContext context) {
        Map<MediaType, Parser> map = resolved;
        if (map == null) {
            map = new HashMap<>();
            for (Map.Entry<MediaType, Parser> e : super.getParsers(context).entrySet()) {
                map.put(e.getKey(), member(e.getValue(), e.getKey(), context));
            }
            map = Map.copyOf(map);
            resolved = map;
        }
        return map;
    }

    /** The parser a composite hands a file of {@code type} to (the parser itself when it is no composite). */
    private static Parser member(Parser parser, MediaType type, ParseContext context) {
        while (parser instanceof CompositeParser composite) {
            Parser inner = composite.getParsers(context).get(type);
            if (inner == null) return parser; // keep the composite: it knows how it reads this type
            parser = inner;
        }
        return parser;
    }
}
