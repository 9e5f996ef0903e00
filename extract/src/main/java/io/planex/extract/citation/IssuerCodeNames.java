package io.planex.extract.citation;

import io.planex.extract.text.Words;

/**
 * Whether a body's name answers to an issuer code of a symbol ("UBND" to "Ủy ban nhân dân tỉnh Bắc Ninh", "CAT" to
 * "Công an tỉnh Quảng Bình"), for the header reader to tell which of a joint document's bodies its symbol names first:
 * by the initials of the name's words, or by the bodies {@code issuer-codes.tsv} lists for the code.
 */
public final class IssuerCodeNames {
    private IssuerCodeNames() {}

    /** The initials of the name's words ("Sở Giáo dục và Đào tạo" SGDĐT, "và" left out) open with the code. */
    public static boolean byInitials(String code, String body) {
        if (code == null || code.isEmpty() || body == null || body.isEmpty()) return false;
        StringBuilder initials = new StringBuilder();
        for (String w : body.strip().split("\\s+")) {
            if (w.isEmpty() || w.equalsIgnoreCase("và")) continue;
            initials.append(w.charAt(0));
        }
        // compared without marks: "Ủy" opens "UB", "Đảng ủy" is "ĐU" or "DU" as printed
        return Words.bare(initials.toString()).startsWith(Words.bare(code));
    }

    /** The code is one of {@code issuer-codes.tsv} and one of the bodies listed for it is in the name. */
    public static boolean byLexicon(String code, String body) {
        if (code == null || code.isEmpty() || body == null || body.isEmpty()) return false;
        Lexicon.IssuerCode known = Lexicon.get().issuer(code);
        return known != null && !known.foldedBodies().isEmpty() && Lexicon.get().fits(code, body);
    }
}
