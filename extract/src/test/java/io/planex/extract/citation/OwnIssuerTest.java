package io.planex.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.planex.extract.model.Citation;
import io.planex.extract.model.DocumentHeader;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A citation the text names no issuer for takes the document's issuer when its symbol carries the document's code. */
class OwnIssuerTest {
    private static Citation cited(String symbol, String type, String number, String code, String issuer) {
        return new Citation(symbol, type, null, number, null, code, null, issuer, false, List.of());
    }

    @ParameterizedTest(name = "{0} cites {1}")
    @CsvSource(delimiter = '|', value = {
        // own symbol | cited symbol, type, number, code | issuer printed | issuer expected
        "218/TTr-SNNMT | 171/BC-SNNMT,BC,171,SNNMT | | Sở Nông nghiệp và Môi trường",
        // a letter's code holds its office's after a dash: the body's part is the same
        "218/TTr-SNNMT | 1402/SNNMT-MT,CV,1402,SNNMT-MT | | Sở Nông nghiệp và Môi trường",
        "1184/BDT-CSDT | 412/BC-BDT,BC,412,BDT | | Sở Nông nghiệp và Môi trường",
        "45-KH/ĐU | 12-NQ/ĐU,NQ,12,ĐU | | Sở Nông nghiệp và Môi trường",
        // another body's code, or an issuer the text gives: as it was
        "218/TTr-SNNMT | 96/BC-STP,BC,96,STP | | ",
        "218/TTr-SNNMT | 171/BC-SNNMT,BC,171,SNNMT | Sở Tư pháp | Sở Tư pháp",
        // a code every level prints alike: the province's, or the commune's own?
        "45/KH-UBND | 12/KH-UBND,KH,12,UBND | | ",
        "15/NQ-HĐND | 08/NQ-HĐND,NQ,08,HĐND | | ",
    })
    void fillsOnlyTheDocumentsOwnCode(String own, String citation, String printed, String expected) {
        String[] c = citation.split(",");
        DocumentHeader header = new DocumentHeader("KH", null, own, null, "Sở Nông nghiệp và Môi trường", null, null,
                null, null, List.of());
        List<Citation> out = OwnIssuer.filled(List.of(cited(c[0], c[1], c[2], c[3], printed)), header);
        assertEquals(expected, out.get(0).issuer());
    }
}
