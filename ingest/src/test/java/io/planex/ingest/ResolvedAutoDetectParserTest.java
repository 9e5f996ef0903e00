package io.planex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planex.testkit.Documents;
import io.planex.testkit.Layout;
import io.planex.testkit.corpus.RealSizePlans;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.Test;

/** The resolved map against Tika's own two-level lookup, type by type, and the same text from both parsers. */
class ResolvedAutoDetectParserTest {
    private static final AutoDetectParser TIKA = new AutoDetectParser(DocumentReader.TIKA);
    private static final ResolvedAutoDetectParser RESOLVED =
            new ResolvedAutoDetectParser(DocumentReader.TIKA, DocumentReader.TIKA.getDetector());

    @Test
    void everyTypeGoesToTheParserTikasCompositesChoose() {
        ParseContext context = new ParseContext();
        Map<MediaType, Parser> tika = TIKA.getParsers(context);
        Map<MediaType, Parser> resolved = RESOLVED.getParsers(context);
        assertEquals(tika.keySet(), resolved.keySet());
        assertTrue(tika.size() > 100, "types: " + tika.size());
        for (MediaType type : tika.keySet()) {
            Parser p = tika.get(type);
            while (p instanceof CompositeParser c && c.getParsers(context).get(type) != null) {
                p = c.getParsers(context).get(type);
            }
            assertEquals(p.getClass(), resolved.get(type).getClass(), type.toString());
        }
        assertSame(resolved, RESOLVED.getParsers(new ParseContext()), "worked out once");
    }

    /**
     * planex's Tika configuration is Tika's default less the two parsers that probe for programs when it loads:
     * every other parser and every type that another parser reads are the same.
     */
    @Test
    void planexConfigurationDropsOnlyTheProbingParsers() {
        ParseContext context = new ParseContext();
        Map<MediaType, Parser> tika = new AutoDetectParser(TikaConfig.getDefaultConfig()).getParsers(context);
        Map<MediaType, Parser> planex = TIKA.getParsers(context);
        java.util.Set<String> dropped = new java.util.TreeSet<>(leafNames(TikaConfig.getDefaultConfig().getParser()));
        dropped.removeAll(leafNames(DocumentReader.TIKA.getParser()));
        assertEquals(java.util.Set.of("org.apache.tika.parser.external.CompositeExternalParser",
                "org.apache.tika.parser.ocr.TesseractOCRParser"), dropped);
        for (MediaType type : planex.keySet()) assertTrue(tika.containsKey(type), type.toString());
        assertTrue(planex.containsKey(MediaType.application("pdf")));
        assertTrue(planex.containsKey(MediaType.parse("application/vnd.openxmlformats-officedocument.wordprocessingml.document")));
    }

    private static List<String> leafNames(Parser parser) {
        return ((CompositeParser) parser).getAllComponentParsers().stream().map(p -> p.getClass().getName()).toList();
    }

    @Test
    void readsTheSameTextAsTika() throws Exception {
        RealSizePlans plans = new RealSizePlans(21);
        List<byte[]> files = List.of(Documents.textPdf(plans.text(0).substring(0, 3000), Layout.standard()),
                Documents.docx(plans.text(1).substring(0, 3000)), plans.text(2).getBytes("UTF-8"));
        for (byte[] file : files) {
            assertEquals(text(TIKA, file), text(RESOLVED, file));
        }
    }

    private static String text(Parser parser, byte[] file) throws Exception {
        BodyContentHandler handler = new BodyContentHandler(-1);
        try (TikaInputStream in = TikaInputStream.get(new ByteArrayInputStream(file))) {
            parser.parse(in, handler, new Metadata(), new ParseContext());
        }
        return handler.toString();
    }
}
