package io.planex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Item 2 of issue 14: a symbol typed as free text finds the documents citing it first, whatever its spelling,
 * and not those that print its parts ("57", "KL", "TW") apart; a plain query requires all its words.
 */
class SymbolQueryTest {
    @TempDir
    Path dir;

    @BeforeEach
    void index() throws IOException {
        Fixtures.Doc cites = new Fixtures.Doc("cites-57-kl.txt",
                "Thực hiện Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị về phát triển du lịch.")
                .cites("57-KL/TW", "57-KL/TW", "KL", "57", "TW", true);
        Fixtures.Doc other = new Fixtures.Doc("cites-57-nq.txt",
                "Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị; KL hội nghị TW lần thứ 57 về du lịch.")
                .cites("57-NQ/TW", "57-NQ/TW", "NQ", "57", "TW", true);
        Fixtures.Doc number = new Fixtures.Doc("so-57.txt", "Kế hoạch 57 về phát triển du lịch cộng đồng.");
        Fixtures.Doc unrelated = new Fixtures.Doc("khac.txt", "Kế hoạch phòng chống thiên tai năm 2024.");
        try (PlanIndex index = PlanIndex.open(dir)) {
            for (Fixtures.Doc d : List.of(other, number, unrelated, cites)) index.put(d.record(), d.text);
            index.commit();
        }
    }

    private SearchResult search(String q) throws IOException {
        try (PlanSearcher s = PlanSearcher.open(dir)) {
            return s.search(SearchRequest.builder().query(q).limit(10).build());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"57-KL/TW", "57- kl/tw", "57-kl/tw", "57 - KL / TW", "Kết luận 57-KL/TW"})
    void aSymbolFindsTheDocumentsCitingIt(String query) throws IOException {
        SearchResult r = search(query);
        assertFalse(r.hits().isEmpty(), query);
        assertEquals("cites-57-kl.txt", r.hits().get(0).file(), query);
        assertTrue(r.hits().stream().noneMatch(h -> h.file().equals("cites-57-nq.txt")),
                "57-NQ/TW is another directive: " + query);
        assertTrue(r.hits().get(0).snippets().stream().anyMatch(s -> s.contains("57-KL/TW")),
                r.hits().get(0).snippets().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "57 du lịch|3", "du lịch 57-KL/TW|1", "57-KL/TW thiên tai|0", "phát triển du lịch|2", "57 thiên tai|0"})
    void everyWordIsRequired(String query, long total) throws IOException {
        assertEquals(total, search(query).total(), query);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"57-KL/TW|1", "211/KH-TU|1", "du lịch 27/2019/QĐ-UBND tỉnh|1",
        "57-KL/TW và 08-NQ/TW|2", "\"57-KL/TW\"|0", "ngày 15/6/2023|0", "năm 2023-2025|0"})
    void symbolsAreFoundInQueries(String query, int n) {
        QuerySymbols s = QuerySymbols.of(query);
        assertEquals(n, s.keys().size(), query + " -> " + s);
    }
}
