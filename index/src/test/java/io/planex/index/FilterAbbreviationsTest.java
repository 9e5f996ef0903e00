package io.planex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Item 13 of issue 14: "--issuer 'UBND tỉnh'" finds "Ủy ban nhân dân tỉnh ..." (and the other way round). */
class FilterAbbreviationsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void index() throws IOException {
        Fixtures.Doc province = new Fixtures.Doc("kh-ubnd.txt", "Kế hoạch phát triển du lịch.")
                .header("KH", "Kế hoạch", "38/KH-UBND", "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", "2023-06-15",
                        "Phát triển du lịch");
        Fixtures.Doc council = new Fixtures.Doc("nq-hdnd.txt", "Nghị quyết về ngân sách.")
                .header("NQ", "Nghị quyết", "12/NQ-HĐND", "HĐND thành phố Vũng Tàu", "2023-07-01", "Ngân sách");
        try (PlanIndex index = PlanIndex.open(dir)) {
            index.put(province.record(), province.text);
            index.put(council.record(), council.text);
            index.commit();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"UBND tỉnh|1", "ubnd tinh ba ria|1", "Ủy ban nhân dân tỉnh|1",
        "HĐND tỉnh|0", "Hội đồng nhân dân thành phố|1", "HĐND TP. Vũng Tàu|1", "HDND TP Vung Tau|1", "Vũng Tàu|2"})
    void issuerFilterExpandsAbbreviations(String issuer, long total) throws IOException {
        try (PlanSearcher s = PlanSearcher.open(dir)) {
            assertEquals(total, s.search(SearchRequest.builder().issuer(issuer).limit(5).build()).total(), issuer);
        }
    }
}
