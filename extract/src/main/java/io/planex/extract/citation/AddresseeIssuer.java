package io.planex.extract.citation;

import io.planex.extract.model.Citation;
import io.planex.extract.model.DocumentHeader;
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
        String addressee = header.recipients().isEmpty() ? "" : header.recipients().get(0).strip();
        String body = addressee.isEmpty() || NO_BODY.matcher(addressee).matches() ? null : addressee;
        return cited.stream().map(c -> c.issuer() != null && REFERENT.matcher(c.issuer().strip()).matches()
                ? c.withIssuer(body) : c).toList();
    }
}
