package io.planex.extract.gold;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.planex.extract.PlanExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The same documents as {@link GoldCorpusTest}, each laid out as other sources print it, must score as they do as
 * printed: what a record holds must not depend on where a header's or a signature block's lines break.
 *
 * <p>Why: the held-out documents differ from ours in layout more than in wording. Legal portals and document
 * converters flatten a header onto one line ("ỦY BAN NHÂN DÂN TỈNH X CỘNG HÒA XÃ HỘI ... Số: 12/KH-UBND X, ngày ...
 * KẾ HOẠCH ..."), put "Nơi nhận" and the signature block on one line, end lines with CR LF or print non-breaking
 * spaces. Each variant is a rewrite of the printed text, so every gold item stays where it was in the words.
 */
class LayoutVariantsTest {
    private static final String DIR = "/io/planex/extract/gold/";
    /** How far a variant's figure may fall below the printed layout's on the same documents. */
    private static final double MARGIN = 0.02;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The first line of a document's body: the header and title lie above it. */
    private static final Pattern BODY_OPENING = Pattern.compile(
            "(?iu)^\\s*(?:căn cứ|thực hiện|kính gửi|triển khai|để |ngày \\d|[IVX]+\\s*[.)]|1\\s*[.)]|điều 1\\b)");
    /** Where the closing part begins: the recipients or the signature block's authority marker. */
    private static final Pattern CLOSING = Pattern.compile("^\\s*(?:Nơi nhận|TM\\.|KT\\.|T/M|TL\\.|TUQ\\.)");

    enum Variant {
        /** Header lines up to the body's first line joined with spaces, as a portal export prints them. */
        FLATTENED_HEADER(LayoutVariantsTest::flattenHeader),
        /** Recipients and signature block joined onto one line. */
        FLATTENED_SIGNATURE(LayoutVariantsTest::flattenSignature),
        /** Windows line ends. */
        CRLF(t -> t.replace("\n", "\r\n")),
        /** A non-breaking space for the first space of each line, and trailing spaces. */
        NO_BREAK_SPACES(t -> String.join("\n", t.lines().map(l -> l.replaceFirst(" ", "\u00a0") + "  ").toList()));

        final UnaryOperator<String> rewrite;

        Variant(UnaryOperator<String> rewrite) {
            this.rewrite = rewrite;
        }
    }

    static String flattenHeader(String text) {
        List<String> lines = text.lines().toList();
        int body = 0;
        while (body < lines.size() && !BODY_OPENING.matcher(lines.get(body)).find()) body++;
        if (body == lines.size() || body > 30) return text;
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < body; i++) {
            String l = lines.get(i).strip();
            if (!l.isEmpty()) head.append(head.length() > 0 ? " " : "").append(l);
        }
        return head + "\n" + String.join("\n", lines.subList(body, lines.size()));
    }

    static String flattenSignature(String text) {
        List<String> lines = text.lines().toList();
        int from = -1;
        for (int i = Math.max(0, lines.size() - 40); i < lines.size(); i++) {
            if (CLOSING.matcher(lines.get(i)).find()) {
                from = i;
                break;
            }
        }
        if (from < 0) return text;
        StringBuilder tail = new StringBuilder();
        for (String l : lines.subList(from, lines.size())) {
            if (!l.isBlank()) tail.append(tail.length() > 0 ? " " : "").append(l.strip());
        }
        return String.join("\n", lines.subList(0, from)) + "\n" + tail;
    }

    /** {citations F1, units F1, deadlines F1, citation attributes, document fields} over the corpus. */
    private static double[] score(UnaryOperator<String> rewrite) throws IOException {
        PlanExtractor extractor = new PlanExtractor();
        List<GoldScorer.DocScore> scores = new ArrayList<>();
        for (String name : read("index.txt").lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            JsonNode gold = JSON.readTree(read(name + ".json"));
            scores.add(GoldScorer.score(gold, extractor.extract(rewrite.apply(read(name)))));
        }
        GoldScorer.Counts[] totals = {GoldScorer.Counts.zero(), GoldScorer.Counts.zero(), GoldScorer.Counts.zero()};
        int attrOk = 0;
        int attrN = 0;
        int docOk = 0;
        int docN = 0;
        for (GoldScorer.DocScore s : scores) {
            totals[0] = totals[0].plus(s.citations());
            totals[1] = totals[1].plus(s.units());
            totals[2] = totals[2].plus(s.deadlines());
            attrOk += s.attrOk();
            attrN += s.attrN();
            docOk += s.docOk();
            docN += s.docN();
        }
        return new double[] {totals[0].f1(), totals[1].f1(), totals[2].f1(), attrN == 0 ? 1 : (double) attrOk / attrN,
                docN == 0 ? 0 : (double) docOk / docN};
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = LayoutVariantsTest.class.getResourceAsStream(DIR + resource)) {
            Objects.requireNonNull(in, "missing test resource " + DIR + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static double[] printed;

    @ParameterizedTest
    @EnumSource(Variant.class)
    void aVariantScoresAsThePrintedLayoutDoes(Variant variant) throws IOException {
        if (printed == null) printed = score(UnaryOperator.identity());
        double[] got = score(variant.rewrite);
        String[] names = {"citations F1", "units F1", "deadlines F1", "citation attributes", "document fields"};
        System.out.printf("%-20s %s%n", variant, java.util.Arrays.toString(got));
        for (int i = 0; i < names.length; i++) {
            assertTrue(got[i] >= printed[i] - MARGIN,
                    variant + ": " + names[i] + " " + got[i] + " against " + printed[i] + " as printed");
        }
    }
}
