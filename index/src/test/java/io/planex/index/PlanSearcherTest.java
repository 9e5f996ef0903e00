package io.planex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanSearcherTest {
    @TempDir
    static Path dir;
    static PlanSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        try (PlanIndex index = PlanIndex.open(dir)) {
            for (Fixtures.Doc d : Fixtures.ALL) index.put(d.record(), d.text);
            index.commit();
        }
        searcher = PlanSearcher.open(dir);
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    private static SearchResult search(SearchRequest.Builder b) throws IOException {
        return searcher.search(b.limit(20).build());
    }

    private static Set<String> files(SearchResult r) {
        return r.hits().stream().map(SearchHit::file).collect(Collectors.toSet());
    }

    private static List<String> ranked(SearchResult r) {
        return r.hits().stream().map(SearchHit::file).toList();
    }

    private static Set<String> files(Fixtures.Doc... docs) {
        return java.util.Arrays.stream(docs).map(d -> d.file).collect(Collectors.toSet());
    }

    @Test
    void everyDocumentIsIndexedOnce() {
        assertEquals(5, searcher.documentCount());
    }

    @Test
    void queriesMatchWithOrWithoutDiacritics() throws IOException {
        Set<String> withMarks = files(search(SearchRequest.builder().query("kết luận")));
        Set<String> without = files(search(SearchRequest.builder().query("ket luan")));
        assertEquals(withMarks, without);
        assertTrue(without.containsAll(files(Fixtures.CENTRAL, Fixtures.PROVINCE, Fixtures.COMMUNE_OCR)));
        assertEquals(files(Fixtures.CENTRAL, Fixtures.PROVINCE, Fixtures.COMMUNE_OCR, Fixtures.DISTRICT), without);
        assertTrue(files(search(SearchRequest.builder().query("dang uy"))).contains(Fixtures.COMMUNE_OCR.file));
        // folded, "hoa phong" also finds "Phòng Văn hóa" (both words, apart): ranked below the two Hoà Phong plans
        List<String> r = ranked(search(SearchRequest.builder().query("hoa phong")));
        assertEquals(files(Fixtures.COMMUNE, Fixtures.COMMUNE_OCR), Set.copyOf(r.subList(0, 2)));
        assertEquals(List.of(), ranked(search(SearchRequest.builder().query("\"hoa phong\"").type("KL"))));
    }

    @Test
    void oldAndNewTonePlacementMatchAlike() throws IOException {
        // the text prints "Hoà Phong" (new style); both spellings find it as an exact match and rank it first
        assertEquals(Fixtures.COMMUNE.file, ranked(search(SearchRequest.builder().query("Hòa Phong"))).get(0));
        assertEquals(Fixtures.COMMUNE.file, ranked(search(SearchRequest.builder().query("Hoà Phong"))).get(0));
    }

    @Test
    void exactDiacriticsRankAboveFoldedMatches() throws IOException {
        assertEquals(List.of(Fixtures.COMMUNE.file, Fixtures.COMMUNE_OCR.file),
                ranked(search(SearchRequest.builder().query("hòa phong"))).subList(0, 2));
        // typed without marks, the text printed without marks is the exact match
        assertEquals(List.of(Fixtures.COMMUNE_OCR.file, Fixtures.COMMUNE.file),
                ranked(search(SearchRequest.builder().query("hoa phong"))).subList(0, 2));
    }

    @Test
    void phraseQueriesNeedAdjacentWords() throws IOException {
        Set<String> phrase = files(search(SearchRequest.builder().query("\"quảng bá du lịch\"")));
        assertEquals(files(Fixtures.PROVINCE, Fixtures.COMMUNE), phrase);
        Set<String> folded = files(search(SearchRequest.builder().query("\"quang ba du lich\"")));
        assertEquals(phrase, folded);
        Set<String> words = files(search(SearchRequest.builder().query("quảng bá du lịch")));
        assertTrue(words.contains(Fixtures.DISTRICT.file), "all words, apart");
    }

    @Test
    void adjacentSyllablePairsRankAboveScatteredWords() throws IOException {
        List<String> r = ranked(search(SearchRequest.builder().query("quảng bá du lịch")));
        assertEquals(Fixtures.DISTRICT.file, r.get(r.size() - 1), r.toString());
    }

    @Test
    void citesFilterMatchesByCanonicalKeyHoweverPrinted() throws IOException {
        Set<String> expected = files(Fixtures.PROVINCE, Fixtures.DISTRICT, Fixtures.COMMUNE_OCR);
        assertEquals(expected, files(search(SearchRequest.builder().cites("57-KL/TW"))));
        assertEquals(expected, files(search(SearchRequest.builder().cites("57 - kl/tw"))));
        assertEquals(0, search(SearchRequest.builder().cites("58-KL/TW")).total());
    }

    @Test
    void implementsFilterKeepsOnlyPlansCarryingTheDirectiveOut() throws IOException {
        assertEquals(files(Fixtures.PROVINCE, Fixtures.COMMUNE_OCR),
                files(search(SearchRequest.builder().implementsSymbol("57-KL/TW"))));
        assertEquals(files(Fixtures.COMMUNE), files(search(SearchRequest.builder().implementsSymbol("45-KH/HU"))));
    }

    @Test
    void issuerFilterIsDiacriticInsensitivePhrase() throws IOException {
        assertEquals(files(Fixtures.PROVINCE), files(search(SearchRequest.builder().issuer("tinh uy hung yen"))));
        assertEquals(files(Fixtures.COMMUNE, Fixtures.COMMUNE_OCR),
                files(search(SearchRequest.builder().issuer("Hòa Phong"))));
        assertEquals(0, search(SearchRequest.builder().issuer("phong hoa")).total(), "words in order");
    }

    @Test
    void levelFilterUsesTheInferredLevel() throws IOException {
        assertEquals(files(Fixtures.CENTRAL), files(search(SearchRequest.builder().level(IssuerLevel.CENTRAL))));
        assertEquals(files(Fixtures.PROVINCE), files(search(SearchRequest.builder().level(IssuerLevel.PROVINCE))));
        assertEquals(files(Fixtures.DISTRICT), files(search(SearchRequest.builder().level(IssuerLevel.DISTRICT))));
        assertEquals(files(Fixtures.COMMUNE, Fixtures.COMMUNE_OCR),
                files(search(SearchRequest.builder().level(IssuerLevel.COMMUNE))));
    }

    @Test
    void typeYearAndDateRangeFilters() throws IOException {
        assertEquals(files(Fixtures.CENTRAL), files(search(SearchRequest.builder().type("kl"))));
        assertEquals(4, search(SearchRequest.builder().type("KH")).total());
        assertEquals(files(Fixtures.COMMUNE_OCR), files(search(SearchRequest.builder().year(2022))));
        assertEquals(files(Fixtures.PROVINCE, Fixtures.DISTRICT), files(search(SearchRequest.builder()
                .from(LocalDate.parse("2023-08-10")).to(LocalDate.parse("2023-09-05")))));
        assertEquals(files(Fixtures.COMMUNE), files(search(SearchRequest.builder().from(LocalDate.parse("2023-09-06")))));
    }

    @Test
    void unitAndDeadlineFilters() throws IOException {
        assertEquals(files(Fixtures.PROVINCE, Fixtures.DISTRICT, Fixtures.COMMUNE),
                files(search(SearchRequest.builder().unit("van hoa"))));
        assertEquals(files(Fixtures.DISTRICT), files(search(SearchRequest.builder().unit("Phòng Văn hóa"))));
        assertEquals(files(Fixtures.PROVINCE, Fixtures.DISTRICT),
                files(search(SearchRequest.builder().deadlineBefore(LocalDate.parse("2023-12-15")))));
        assertEquals(files(Fixtures.PROVINCE, Fixtures.COMMUNE),
                files(search(SearchRequest.builder().deadlineAfter(LocalDate.parse("2023-12-16")))));
        assertEquals(files(Fixtures.COMMUNE), files(search(SearchRequest.builder()
                .deadlineAfter(LocalDate.parse("2023-12-16")).deadlineBefore(LocalDate.parse("2023-12-25")))));
    }

    @Test
    void filtersCombineWithFreeText() throws IOException {
        assertEquals(files(Fixtures.COMMUNE),
                files(search(SearchRequest.builder().query("du lich").level(IssuerLevel.COMMUNE))));
        assertEquals(files(Fixtures.PROVINCE), files(search(SearchRequest.builder().query("du lịch")
                .cites("57-KL/TW").deadlineAfter(LocalDate.parse("2023-12-01")))));
        assertEquals(0, search(SearchRequest.builder().query("nhãn lồng").year(2022)).total());
    }

    @Test
    void facetsCountMatchingDocumentsAndPrintCitedSymbols() throws IOException {
        SearchResult r = search(SearchRequest.builder()
                .facets(List.of("cites", "level", "year", "type", "issuer", "unit")));
        assertEquals(5, r.total());
        assertEquals(new FacetCount("57-KL/TW", 3), r.facets().get("cites").get(0));
        assertTrue(r.facets().get("cites").contains(new FacetCount("120-KH/TU", 1)));
        assertTrue(r.facets().get("level").contains(new FacetCount("commune", 2)));
        assertTrue(r.facets().get("year").contains(new FacetCount("2023", 4)));
        assertTrue(r.facets().get("year").contains(new FacetCount("2022", 1)));
        assertEquals(new FacetCount("KH", 4), r.facets().get("type").get(0));
        assertTrue(r.facets().get("issuer").contains(new FacetCount("Tỉnh ủy Hưng Yên", 1)), r.facets().toString());
        assertTrue(r.facets().get("unit").contains(new FacetCount("Phòng Văn hóa và Thông tin", 1)));

        SearchResult filtered = search(SearchRequest.builder().cites("57-KL/TW").facets(List.of("level", "cites")));
        assertEquals(List.of(new FacetCount("commune", 1), new FacetCount("district", 1),
                new FacetCount("province", 1)), sortByValue(filtered.facets().get("level")));
        assertEquals(new FacetCount("57-KL/TW", 3), filtered.facets().get("cites").get(0));
    }

    private static List<FacetCount> sortByValue(List<FacetCount> in) {
        return in.stream().sorted(java.util.Comparator.comparing(FacetCount::value)).toList();
    }

    @Test
    void snippetsHighlightTheMatchingSentence() throws IOException {
        SearchResult r = search(SearchRequest.builder().query("nhan long"));
        assertEquals(1, r.total());
        String s = r.hits().get(0).snippets().get(0);
        assertTrue(s.contains("<b>nhãn</b> <b>lồng</b>"), s);
        assertTrue(s.startsWith("Xã Hoà Phong tổ chức"), s);
        assertFalse(s.contains("Công chức"), "one sentence only: " + s);
        assertFalse(s.contains("KẾ HOẠCH"), "a heading line is a sentence of its own: " + s);
    }

    @Test
    void wordsTypedWithDiacriticsHighlightOnlyExactMatches() throws IOException {
        SearchResult r = search(SearchRequest.builder().query("nhãn"));
        List<String> snippets = r.hits().get(0).snippets();
        assertEquals(1, snippets.size(), snippets.toString());
        assertTrue(snippets.get(0).contains("<b>nhãn</b>"));
        // the same word typed bare also lights up "NHÂN" in the heading
        List<String> bare = search(SearchRequest.builder().query("nhan")).hits().stream()
                .filter(h -> h.file().equals(Fixtures.COMMUNE.file)).findFirst().orElseThrow().snippets();
        assertTrue(bare.stream().anyMatch(x -> x.contains("<b>NHÂN</b>")), bare.toString());
    }

    @Test
    void citesWithoutQueryShowsTheSentenceAroundTheMention() throws IOException {
        SearchResult r = search(SearchRequest.builder().cites("57-KL/TW"));
        for (SearchHit h : r.hits()) {
            assertEquals(1, h.snippets().size(), h.file());
            assertTrue(h.snippets().get(0).matches(".*<b>57- ?KL/TW</b>.*"), h.snippets().get(0));
        }
    }

    @Test
    void withoutTextNewestFirst() throws IOException {
        List<String> r = ranked(search(SearchRequest.builder().type("KH")));
        assertEquals(List.of(Fixtures.COMMUNE.file, Fixtures.DISTRICT.file, Fixtures.PROVINCE.file,
                Fixtures.COMMUNE_OCR.file), r);
    }

    @Test
    void badQuerySyntaxIsSearchedLiterally() throws IOException {
        assertTrue(search(SearchRequest.builder().query("quảng bá (du lịch")).total() > 0);
        assertEquals(0, search(SearchRequest.builder().query("\"")).total());
    }

    @Test
    void unknownFacetIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> SearchRequest.builder().facets(List.of("colour")).build());
    }

    @Test
    void findsRecordsByIdPrefixPathOrFileName() throws IOException {
        String id = Fixtures.DISTRICT.sha256();
        assertEquals(id, searcher.find(id).get(0).id());
        assertEquals(id, searcher.find(id.substring(0, 8)).get(0).id());
        assertEquals(id, searcher.find("docs/" + Fixtures.DISTRICT.file).get(0).id());
        assertEquals(id, searcher.find(Fixtures.DISTRICT.file).get(0).id());
        assertEquals(id, searcher.find("/elsewhere/" + Fixtures.DISTRICT.file).get(0).id());
        assertEquals("45-KH/HU", searcher.find(id).get(0).record().document().symbol());
        assertTrue(searcher.find("no-such-file.pdf").isEmpty());
    }

    @Test
    void statsSummariseTheIndex() throws IOException {
        IndexStats s = searcher.stats(10);
        assertEquals(5, s.documents());
        assertEquals(new FacetCount("57-KL/TW", 3), s.directives().get(0));
        assertEquals(List.of(new FacetCount("2022", 1), new FacetCount("2023", 4)), s.years());
        // deadlines, not documents: the provincial plan has two in December
        assertEquals(List.of(new FacetCount("2023-11", 1), new FacetCount("2023-12", 3)), s.deadlinesByMonth());
        assertEquals(5, s.issuers().size());
    }
}
