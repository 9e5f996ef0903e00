package io.planex.index;

import io.planex.extract.model.CitationKey;
import io.planex.extract.model.PageMap;
import io.planex.index.analysis.VietnameseTones;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.apache.lucene.facet.FacetsConfig;

/** Field names of the planex Lucene index, and the small normalisations their values go through. */
public final class IndexFields {
    private IndexFields() {}

    /** Document id: the sha256 of the file's content. */
    public static final String ID = "id";
    /** Every path at which the document's content was found; stored, exact match. */
    public static final String PATH = "path";
    /** File name of every path (for "planex show plan.pdf"); exact match. */
    public static final String FILE = "file";
    /** Full text with diacritics (tone placement normalised), analysed and stored (for snippets). */
    public static final String TEXT = "text";
    /** Full text, diacritics folded away: what free text must match. */
    public static final String TEXT_FOLDED = "text_folded";
    /** Folded syllable pairs of the text, for ranking multi-syllable words. */
    public static final String TEXT_SHINGLES = "text_shingles";
    /** Title (trích yếu), with diacritics. */
    public static final String TITLE = "title";
    /** Title, folded. */
    public static final String TITLE_FOLDED = "title_folded";
    /** Title, folded syllable pairs. */
    public static final String TITLE_SHINGLES = "title_shingles";
    /** Canonical citation keys (number|TYPE|ISSUER), exact match, one value per cited document. */
    public static final String CITES = "cites";
    /** Canonical keys of the cited documents this plan implements. */
    public static final String IMPLEMENTS = "implements";
    /** "key TAB symbol" of each citation, to print a cited key as a symbol. */
    public static final String CITES_LABEL = "cites_label";
    /** The citation key of the document's own symbol. */
    public static final String SYMBOL_KEY = "symbol_key";
    /** Issuer name, folded (diacritic-insensitive phrase filter). */
    public static final String ISSUER = "issuer";
    /** Issuer level: central, province, district, commune. */
    public static final String LEVEL = "level";
    /** Document type code, folded (KH, QD, ...). */
    public static final String TYPE = "type";
    /** Year of the document's date (IntPoint). */
    public static final String YEAR = "year";
    /** Document date as epoch day (LongPoint), when the full date is known. */
    public static final String DATE = "date";
    /** Document date as epoch day doc values, for newest-first order when there is no text to rank by. */
    public static final String DATE_SORT = "date_sort";
    /** Responsible unit names, folded; one value per unit. */
    public static final String UNIT = "unit";
    /** Deadline dates as epoch days (LongPoint), one value per dated deadline. */
    public static final String DEADLINE = "deadline";
    /** The stored JSON record. */
    public static final String RECORD = "record";
    /**
     * Where each page starts in the stored text (see {@link #pageStarts}): stored only, for the page numbers of
     * {@code planex serve}'s document page. Absent when the text's pages are not known (records indexed from
     * JSON, indexes made before it).
     */
    public static final String PAGE_STARTS = "page_starts";

    /** Facet dimensions (Lucene sorted-set doc-values facets). */
    public static final String FACET_CITES = "cites";
    public static final String FACET_ISSUER = "issuer";
    public static final String FACET_LEVEL = "level";
    public static final String FACET_YEAR = "year";
    public static final String FACET_UNIT = "unit";
    public static final String FACET_TYPE = "type";
    public static final String FACET_DEADLINE_MONTH = "deadline_month";

    /** Every facet dimension a search may ask for. */
    public static final java.util.List<String> FACETS = java.util.List.of(
            FACET_CITES, FACET_ISSUER, FACET_LEVEL, FACET_YEAR, FACET_UNIT, FACET_TYPE, FACET_DEADLINE_MONTH);

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(FACET_CITES, true);
        config.setMultiValued(FACET_UNIT, true);
        config.setMultiValued(FACET_DEADLINE_MONTH, true);
        return config;
    }

    /** Type code as matched: upper case, Đ -> D ("QĐ" -> "QD"); null for null or blank. */
    public static String typeKey(String type) {
        if (type == null || type.isBlank()) return null;
        String k = CitationKey.of("0", type, "");
        return k.substring(k.indexOf('|') + 1, k.lastIndexOf('|'));
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * A name as shown in facets: NFC, canonical tone placement, single spaces, no control characters. Case is
     * kept; empty becomes null.
     */
    public static String displayName(String name) {
        if (name == null) return null;
        String[] words = SPACES.split(name.strip());
        StringBuilder b = new StringBuilder(name.length());
        for (String w : words) {
            if (w.isEmpty()) continue;
            if (b.length() > 0) b.append(' ');
            b.append(VietnameseTones.toTraditional(w)); // one spelling per name, as official names print it
        }
        for (int i = 0; i < b.length(); i++) {
            if (Character.isISOControl(b.charAt(i))) b.setCharAt(i, ' ');
        }
        String s = b.toString().strip();
        return s.isEmpty() ? null : s;
    }

    /** Epoch day of an ISO date ("2023-12-15"), or empty when it is not a full date. */
    public static OptionalLong epochDay(String isoDate) {
        if (isoDate == null || isoDate.length() != 10) return OptionalLong.empty();
        try {
            return OptionalLong.of(LocalDate.parse(isoDate).toEpochDay());
        } catch (DateTimeParseException e) {
            return OptionalLong.empty();
        }
    }

    /** The year an ISO date or bare year starts with ("2023-12-15", "2023"), or empty. */
    public static OptionalInt year(String isoDateOrYear) {
        if (isoDateOrYear == null || isoDateOrYear.length() < 4) return OptionalInt.empty();
        for (int i = 0; i < 4; i++) {
            if (!Character.isDigit(isoDateOrYear.charAt(i))) return OptionalInt.empty();
        }
        if (isoDateOrYear.length() > 4 && isoDateOrYear.charAt(4) != '-') return OptionalInt.empty();
        return OptionalInt.of(Integer.parseInt(isoDateOrYear.substring(0, 4)));
    }

    /** A page map as the {@link #PAGE_STARTS} field stores it: the start offsets, comma-separated ("0,812,1630"). */
    public static String pageStarts(PageMap pages) {
        StringBuilder sb = new StringBuilder();
        for (int p = 1; p <= pages.pageCount(); p++) {
            if (p > 1) sb.append(',');
            sb.append(pages.startOf(p));
        }
        return sb.toString();
    }

    /** The page map of a stored {@link #PAGE_STARTS} value; null for null or a value that is not one. */
    public static PageMap pageMap(String stored) {
        if (stored == null || stored.isEmpty()) return null;
        try {
            List<Integer> starts = new ArrayList<>();
            for (String s : stored.split(",")) starts.add(Integer.parseInt(s));
            return PageMap.ofStarts(starts);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
