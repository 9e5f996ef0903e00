package io.planex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "35/2021/QH15" prints no type code: the text's word makes it NQ or Luật, so a typed bare symbol finds either. */
class TypelessSymbolSearchTest {
    @TempDir
    Path dir;

    @Test
    void bareSymbolFindsTheCitationWhateverTypeTheWordGaveIt() throws IOException {
        Fixtures.Doc resolution = new Fixtures.Doc("nq.txt",
                "Thực hiện Nghị quyết số 35/2021/QH15 của Quốc hội về dự toán ngân sách.")
                .cites("35/2021/QH15", "35/2021/QH15", "NQ", "35", "QH15", true);
        Fixtures.Doc law = new Fixtures.Doc("luat.txt", "Căn cứ Luật Du lịch số 09/2017/QH14 ngày 19/6/2017;")
                .cites("09/2017/QH14", "09/2017/QH14", "Luật", "09", "QH14", true);
        try (PlanIndex index = PlanIndex.open(dir)) {
            index.put(resolution.record(), resolution.text);
            index.put(law.record(), law.text);
            index.commit();
        }
        try (PlanSearcher searcher = PlanSearcher.open(dir)) {
            SearchResult r = searcher.search(SearchRequest.builder().cites("35/2021/QH15").limit(5).build());
            assertEquals(1, r.total());
            assertEquals("nq.txt", r.hits().get(0).file());
            assertFalse(r.hits().get(0).snippets().isEmpty(), "the citing sentence is the snippet");
            assertEquals(1, searcher.search(SearchRequest.builder().cites("9/2017/QH14").limit(5).build()).total());
            assertEquals(0, searcher.search(SearchRequest.builder().cites("35/2021/QH14").limit(5).build()).total());
        }
    }

    @Test
    void typelessKeysMatchAnyTypeButTheSameNumberAndIssuer() {
        assertTrue(PlanSearcher.keysMatch("35|NQ|QH15", "35||QH15"));
        assertTrue(PlanSearcher.keysMatch("35|LUẬT|QH15", "35||QH15"));
        assertFalse(PlanSearcher.keysMatch("35|NQ|QH14", "35||QH15"));
        assertFalse(PlanSearcher.keysMatch("36|NQ|QH15", "35||QH15"));
        assertTrue(PlanSearcher.keysMatch("57|KL|TW", "57|KL|TW"));
    }
}
