package io.planex.solr;

import io.planex.extract.json.RecordJson;
import io.planex.extract.model.Citation;
import io.planex.extract.model.CitationKey;
import io.planex.extract.model.Deadline;
import io.planex.extract.model.DocumentHeader;
import io.planex.extract.model.PlanRecord;
import io.planex.extract.model.Unit;
import io.planex.index.IndexFields;
import io.planex.index.IssuerLevels;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.solr.common.SolrInputDocument;

/**
 * A plan record as a Solr document with the local index's fields and values (see {@code PlanIndex}), so that the
 * same queries find the same documents and facets count the same labels.
 */
final class SolrDocuments {
    /** Longest facet label kept for a unit or issuer, as in the local index. */
    private static final int MAX_FACET_LABEL = 160;
    private static final IssuerLevels LEVELS = IssuerLevels.defaults();

    private SolrDocuments() {}

    static SolrInputDocument of(PlanRecord record, String text, List<String> paths) {
        SolrInputDocument doc = new SolrInputDocument();
        doc.addField(IndexFields.ID, record.source().sha256());
        Set<String> files = new LinkedHashSet<>();
        if (record.source().file() != null) files.add(record.source().file());
        for (String p : paths) {
            if (p == null) continue;
            doc.addField(IndexFields.PATH, p);
            String name = fileName(p);
            if (name != null) files.add(name);
        }
        for (String f : files) doc.addField(IndexFields.FILE, f);

        String body = text == null ? "" : text;
        doc.addField(IndexFields.TEXT, body);
        doc.addField(IndexFields.TEXT_FOLDED, body);
        doc.addField(IndexFields.TEXT_SHINGLES, body);

        DocumentHeader h = record.document();
        if (h.title() != null) {
            doc.addField(IndexFields.TITLE, h.title());
            doc.addField(IndexFields.TITLE_FOLDED, h.title());
            doc.addField(IndexFields.TITLE_SHINGLES, h.title());
        }
        CitationKey.ofSymbol(h.symbol()).ifPresent(k -> doc.addField(IndexFields.SYMBOL_KEY, k));
        String issuer = IndexFields.displayName(h.issuer());
        if (issuer != null) {
            doc.addField(IndexFields.ISSUER, issuer);
            if (issuer.length() <= MAX_FACET_LABEL) doc.addField(SolrFields.ISSUER_FACET, issuer);
        }
        LEVELS.infer(h.issuer(), h.symbol()).ifPresent(l -> doc.addField(IndexFields.LEVEL, l.label()));
        String type = IndexFields.typeKey(h.type());
        if (type != null) {
            doc.addField(IndexFields.TYPE, type);
            doc.addField(SolrFields.TYPE_FACET, h.type().strip());
        }
        OptionalInt year = IndexFields.year(h.date());
        if (year.isPresent()) doc.addField(IndexFields.YEAR, year.getAsInt());
        OptionalLong date = IndexFields.epochDay(h.date());
        if (date.isPresent()) doc.addField(IndexFields.DATE, date.getAsLong());
        if (date.isPresent() || year.isPresent()) {
            long sortDay = date.isPresent() ? date.getAsLong() : LocalDate.of(year.getAsInt(), 1, 1).toEpochDay();
            doc.addField(IndexFields.DATE_SORT, sortDay);
        }

        Set<String> citedKeys = new LinkedHashSet<>();
        for (Citation c : record.citations()) {
            String key = c.key();
            if (!citedKeys.add(key)) continue;
            doc.addField(IndexFields.CITES, key);
            doc.addField(IndexFields.CITES_LABEL, key + '\t' + (c.symbol() == null ? key : c.symbol()));
            if (c.implementing()) doc.addField(IndexFields.IMPLEMENTS, key);
        }
        Set<String> units = new LinkedHashSet<>();
        for (Unit u : record.units()) {
            String name = IndexFields.displayName(u.name());
            if (name == null || !units.add(name)) continue;
            doc.addField(IndexFields.UNIT, name);
            if (name.length() <= MAX_FACET_LABEL) doc.addField(SolrFields.UNIT_FACET, name);
        }
        Set<String> months = new LinkedHashSet<>();
        Map<String, Integer> perDay = new HashMap<>();
        for (Deadline d : record.deadlines()) {
            OptionalLong day = IndexFields.epochDay(d.date());
            if (day.isEmpty()) continue;
            doc.addField(IndexFields.DEADLINE, day.getAsLong());
            int n = perDay.merge(d.date(), 1, Integer::sum) - 1;
            doc.addField(SolrFields.DEADLINE_OCCURRENCE, d.date() + "/" + n);
            if (months.add(d.date().substring(0, 7))) doc.addField(SolrFields.DEADLINE_MONTH, d.date().substring(0, 7));
        }
        doc.addField(IndexFields.RECORD, RecordJson.toLine(record));
        return doc;
    }

    private static String fileName(String path) {
        try {
            Path name = Path.of(path).getFileName();
            return name == null ? null : name.toString();
        } catch (RuntimeException e) {
            int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
            String name = path.substring(slash + 1);
            return name.isEmpty() ? null : name;
        }
    }
}
