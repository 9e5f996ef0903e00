package io.planex.extract.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One distinct cited document, with every mention of it.
 *
 * @param symbol     canonical symbol in the issuer's own form ("57-KL/TW", "27/2019/QĐ-UBND")
 * @param type       type code (KL, NQ, QĐ, CV, Luật, ...)
 * @param typeName   type in words ("Kết luận", "Chương trình hành động")
 * @param number     number as printed, leading zeros kept ("08")
 * @param year       year when part of the symbol ("2019"), else null
 * @param issuerCode the issuer part of the symbol ("TW", "UBND", "QH15", "UBND-KT")
 * @param date       ISO signing date when the text gives it
 * @param issuer     issuing body as the text names it ("Bộ Chính trị")
 * @param implementing true when this document says it carries the cited one out or is based on it
 * @param mentions   every place it is cited, in text order
 */
public record Citation(String symbol, String type, String typeName, String number, String year, String issuerCode,
                       String date, String issuer,
                       @JsonProperty("implements") boolean implementing, List<Mention> mentions) {
    public Citation {
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    /** This citation with {@code issuer} as its issuing body. */
    public Citation withIssuer(String issuer) {
        return new Citation(symbol, type, typeName, number, year, issuerCode, date, issuer, implementing, mentions);
    }

    /** This citation dated {@code date}. */
    public Citation withDate(String date) {
        return new Citation(symbol, type, typeName, number, year, issuerCode, date, issuer, implementing, mentions);
    }

    /** The matching key used across documents: number|TYPE|ISSUER, case, spaces, leading zeros and Đ folded. */
    public String key() {
        return CitationKey.of(number, type, issuerCode);
    }
}
