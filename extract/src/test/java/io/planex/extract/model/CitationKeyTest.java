package io.planex.extract.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitationKeyTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "57-KL/TW; 57|KL|TW",
        "57-kl/tw; 57|KL|TW",
        "57- KL/TW; 57|KL|TW",
        "08-HD/BTGDVTU; 8|HD|BTGDVTU",
        "211/KH-TU; 211|KH|TU",
        "27/2019/QĐ-UBND; 27|QD|UBND",
        "1079/QĐ-TTg; 1079|QD|TTG",
    })
    void userTypedSymbolsCanonicalise(String typed, String key) {
        assertEquals(key, CitationKey.ofSymbol(typed).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({"hello", "57", "'  '"})
    void nonSymbolsAreRejected(String typed) {
        assertTrue(CitationKey.ofSymbol(typed).isEmpty());
    }
}
