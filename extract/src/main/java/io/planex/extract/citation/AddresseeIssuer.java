package io.planex.extract.citation;

import io.planex.extract.model.Citation;
import io.planex.extract.model.DocumentHeader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A letter's reply names the document it answers by its addressee's polite referent: "Phúc đáp Công văn số
 * 367/BQLKCN-VP ngày ... của Quý cơ quan", "theo đề nghị của Quý Sở tại Văn bản số ...". The referent is no body's
 * name; the body is the letter's addressee, the first the header's "Kính gửi" names. Without one the issuer is left
 * unknown rather than "Quý cơ quan".
 */
public final class AddresseeIssuer {
    private AddresseeIssuer() {}

    /** "Quý cơ quan", "Quý Sở", "Quý Công ty", "Quý đơn vị", "Quý Ban": a polite referent to the addressee. */
    private static final Pattern REFERENT = Pattern.compile("(?u)^Quý\\s+\\p{L}[\\p{L} ]{0,20}$");
    /** Recipients that name no body: "Như trên" (as above), "Lưu: VT". */
    private static final Pattern NO_BODY = Pattern.compile("(?iu)^(?:như\\s+trên|lưu\\b).*");

    /** {@code cited} with each issuer that is a polite referent replaced by the letter's first addressee. */
    public static List<Citation> resolved(List<Citation> cited, DocumentHeader header) {
        List<Citation> out = null;
        for (int i = 0; i < cited.size(); i++) {
            Citation c = cited.get(i);
            if (c.issuer() == null || !REFERENT.matcher(c.issuer().strip()).matches()) continue;
            String addressee = header.recipients().isEmpty() ? null : header.recipients().get(0).strip();
            if (addressee != null && (addressee.isEmpty() || NO_BODY.matcher(addressee).matches())) addressee = null;
            if (out == null) out = new ArrayList<>(cited);
            out.set(i, new Citation(c.symbol(), c.type(), c.typeName(), c.number(), c.year(), c.issuerCode(), c.date(),
                    addressee, c.implementing(), c.mentions()));
        }
        return out == null ? cited : List.copyOf(out);
    }
}
