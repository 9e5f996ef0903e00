package io.planex.extract.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitationKeyTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "57-KL/TW; 57|KL|TW",
            "57-kl/tw; 57|KL|TW",
            "57- KL/TW; 57|KL|TW",
            "57 – KL / TW; 57|KL|TW",
            "Số: 57-KL/TW; 57|KL|TW",
            "211/KH-TU; 211|KH|TU",
            "211-KH/TU; 211|KH|TU",
            "08-HD/BTGĐVTU; 8|HD|BTGDVTU",
            "27/2019/QĐ-UBND; 27|QD|UBND",
            "27/2019/QÐ-UBND; 27|QD|UBND",
            "1079/QĐ-TTg; 1079|QD|TTG",
            "4250/BNNMT-ĐCKS; 4250|CV|BNNMT-DCKS",
            "1289/UBND-TH; 1289|CV|UBND-TH",
            "35/2021/QH15; 35||QH15",
    })
    void canonicalisesTypedSymbols(String typed, String key) {
        assertEquals(Optional.of(key), CitationKey.ofSymbol(typed));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"hello", "57", "15/6/2023", "''"})
    void rejectsWhatIsNoSymbol(String typed) {
        assertEquals(Optional.empty(), CitationKey.ofSymbol(typed));
    }
}
