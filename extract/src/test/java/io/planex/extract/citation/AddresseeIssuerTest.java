package io.planex.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.planex.extract.model.Citation;
import io.planex.extract.model.DocumentHeader;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A cited document's issuer printed as the addressee's polite referent is the letter's first addressee. */
class AddresseeIssuerTest {
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
        // issuer as read | recipients, ';' between | issuer expected
        "Quý cơ quan | Ban Quản lý các khu công nghiệp tỉnh Phú Thọ;Như trên | Ban Quản lý các khu công nghiệp tỉnh Phú Thọ",
        "Quý Sở | Sở Y tế tỉnh Nghệ An | Sở Y tế tỉnh Nghệ An",
        // no addressee to name: unknown, not the referent
        "Quý Công ty | Như trên;Lưu: VT | ",
        // a body's name is kept
        "Quỹ Bảo vệ môi trường tỉnh | Sở Tài chính | Quỹ Bảo vệ môi trường tỉnh",
        "Ủy ban nhân dân tỉnh | Sở Tài chính | Ủy ban nhân dân tỉnh",
    })
    void namesTheAddressee(String issuer, String recipients, String expected) {
        DocumentHeader header = new DocumentHeader("CV", null, "12/SXD-QLXD", null, "Sở Xây dựng", null, null, null, null,
                List.of(recipients.split(";")));
        Citation c = new Citation("367/BQLKCN-VP", "CV", null, "367", null, "BQLKCN-VP", null, issuer, false, List.of());
        assertEquals(expected, AddresseeIssuer.resolved(List.of(c), header).get(0).issuer());
    }
}
