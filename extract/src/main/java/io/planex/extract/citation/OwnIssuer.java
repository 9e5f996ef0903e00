package io.planex.extract.citation;

import io.planex.extract.model.Citation;
import io.planex.extract.model.CitationKey;
import io.planex.extract.model.DocumentHeader;
import io.planex.extract.text.Words;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A cited document the text names no issuer for, whose symbol carries the document's own issuer code, is the issuing
 * body's own: a Sở's proposal "(chi tiết tại Báo cáo số 171/BC-SNNMT kèm theo)" or its "Công văn số 1402/SNNMT-MT"
 * cites the Sở's own papers, as the code says (codes are each body's own, Nghị định 30/2020/NĐ-CP). Not for the codes
 * every level prints alike ({@code level-shared-codes.txt}).
 */
public final class OwnIssuer {
    private OwnIssuer() {}

    private static final Set<String> LEVEL_SHARED = Set.copyOf(
            Words.raw(OwnIssuer.class, "level-shared-codes.txt").stream().map(OwnIssuer::bodyCode).toList());

    /** {@code cited} with the header's issuer given to each citation without one whose body code is the header's. */
    public static List<Citation> filled(List<Citation> cited, DocumentHeader header) {
        if (header.issuer() == null || header.symbol() == null) return cited;
        Optional<String> own = CitationKey.ofSymbol(header.symbol());
        if (own.isEmpty()) return cited;
        String ownCode = bodyCode(own.get().substring(own.get().lastIndexOf('|') + 1));
        if (ownCode.isEmpty() || LEVEL_SHARED.contains(ownCode)) return cited;
        return cited.stream().map(c -> c.issuer() == null && ownCode.equals(bodyCode(c.issuerCode()))
                ? c.withIssuer(header.issuer()) : c).toList();
    }

    /** The body's part of an issuer code: before its first dash ("SNNMT-MT" SNNMT), folded as keys are. */
    static String bodyCode(String code) {
        String folded = CitationKey.fold(code);
        int dash = folded.indexOf('-');
        return dash < 0 ? folded : folded.substring(0, dash);
    }
}
