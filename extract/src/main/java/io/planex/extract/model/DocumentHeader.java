package io.planex.extract.model;

import java.util.List;

/**
 * The document's own identity, read from its header, title and signature block.
 *
 * @param type       type code (KH, QĐ, CV, ...)
 * @param typeName   type in words ("Kế hoạch")
 * @param symbol     own number/symbol ("04-KH/ĐU"); null when absent or printed blank ("Số: /KH-UBND")
 * @param number     the number part of the symbol ("04")
 * @param issuer     issuing body in normal case ("Đảng ủy xã Thanh Miện")
 * @param date       ISO date, or a bare year when only the year is printed
 * @param place      place name from the date line
 * @param title      trích yếu, the lines after the type word, joined
 * @param signer     signer, or null
 * @param recipients "Nơi nhận" entries, "Lưu" excluded
 */
public record DocumentHeader(String type, String typeName, String symbol, String number, String issuer,
                             String date, String place, String title, Signer signer, List<String> recipients) {
    public DocumentHeader {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    public static DocumentHeader empty() {
        return new DocumentHeader(null, null, null, null, null, null, null, null, null, List.of());
    }
}
