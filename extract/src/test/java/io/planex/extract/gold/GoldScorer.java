package io.planex.extract.gold;

import com.fasterxml.jackson.databind.JsonNode;
import io.planex.extract.model.Citation;
import io.planex.extract.model.Deadline;
import io.planex.extract.model.DocumentHeader;
import io.planex.extract.model.Extraction;
import io.planex.extract.model.Unit;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A port of the shared scorer's matching rules (keys, name normalisation, unit matching with the split-heading
 * rule, deadline multiset, document fields), so the gold corpus in test resources is scored the same way
 * without Python or the shared folder.
 */
final class GoldScorer {
    /** True positives, predicted and gold counts of one category; tpPred counts predictions used (units). */
    record Counts(int tp, int tpPred, int pred, int gold, List<String> missed, List<String> spurious) {
        Counts plus(Counts o) {
            return new Counts(tp + o.tp, tpPred + o.tpPred, pred + o.pred, gold + o.gold, List.of(), List.of());
        }

        double precision() {
            return pred == 0 ? (gold == 0 ? 1.0 : 0.0) : (double) tpPred / pred;
        }

        double recall() {
            return gold == 0 ? 1.0 : (double) tp / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }

        static Counts zero() {
            return new Counts(0, 0, 0, 0, List.of(), List.of());
        }
    }

    record DocScore(Counts citations, int attrOk, int attrN, List<String> attrMiss, Counts units, Counts deadlines,
                    int docOk, int docN, List<String> docWrong) {}

    private static final Map<String, String> ABBREVIATIONS = Map.of(
            "ubnd", "uy ban nhan dan", "hdnd", "hoi dong nhan dan", "mttq", "mat tran to quoc", "ub", "uy ban",
            "vh", "van hoa", "tt", "thong tin", "xh", "xa hoi", "ct", "chinh tri");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}_\\s]");
    private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");

    private GoldScorer() {}

    static String fold(String s) {
        String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFC);
        return t.replace('Đ', 'D').replace('đ', 'd');
    }

    static String citeKey(String number, String type, String issuerCode) {
        String n = fold(number).toUpperCase(Locale.ROOT).replace(" ", "");
        String stripped = n.replaceFirst("^0+", "");
        n = stripped.isEmpty() ? n : stripped;
        return n + "|" + fold(type).toUpperCase(Locale.ROOT).replace(" ", "") + "|"
                + fold(issuerCode).toUpperCase(Locale.ROOT).replace(" ", "");
    }

    static String normName(String s) {
        String t = fold(s).toLowerCase(Locale.ROOT).replace("&", " và ");
        t = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("");
        t = NON_WORD.matcher(t).replaceAll(" ");
        List<String> out = new ArrayList<>();
        for (String w : t.trim().split("\\s+")) {
            if (!w.isEmpty()) out.add(ABBREVIATIONS.getOrDefault(w, w));
        }
        return String.join(" ", out);
    }

    static boolean namesMatch(String a, String b, boolean containedOk, double containedMin) {
        String x = normName(a);
        String y = normName(b);
        if (x.equals(y)) return true;
        if (!x.isEmpty() && !y.isEmpty() && ((" " + y + " ").contains(" " + x + " ") || (" " + x + " ").contains(" " + y + " "))) {
            int lx = x.split(" ").length;
            int ly = y.split(" ").length;
            int shortLen = Math.min(lx, ly);
            int longLen = Math.max(lx, ly);
            if (containedOk || (containedMin > 0 && shortLen >= 3 && (double) shortLen / longLen >= containedMin)) return true;
        }
        Set<String> ta = words(x);
        Set<String> tb = words(y);
        if (ta.isEmpty() || tb.isEmpty()) return false;
        Set<String> inter = new HashSet<>(ta);
        inter.retainAll(tb);
        Set<String> union = new HashSet<>(ta);
        union.addAll(tb);
        return (double) inter.size() / union.size() >= 0.8;
    }

    private static Set<String> words(String normalised) {
        return normalised.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(normalised.split(" ")));
    }

    static String deadlineKey(String date, String recurrence) {
        String d = date == null ? "-" : date;
        String rec = recurrence == null ? "once" : recurrence;
        if (rec.equals("annual") && d.length() == 10) d = d.substring(5);
        else if (rec.equals("monthly") && d.length() == 10) d = d.substring(8);
        return d + "|" + rec;
    }

    static DocScore score(JsonNode gold, Extraction pred) {
        // Citations
        Map<String, JsonNode> g = new LinkedHashMap<>();
        for (JsonNode c : gold.path("citations")) {
            g.put(citeKey(c.path("number").asText(""), c.path("type").asText(""), c.path("issuerCode").asText("")), c);
        }
        Map<String, Citation> p = new LinkedHashMap<>();
        for (Citation c : pred.citations()) p.putIfAbsent(citeKey(c.number(), c.type(), c.issuerCode()), c);
        int tp = 0;
        int attrOk = 0;
        int attrN = 0;
        List<String> attrMiss = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : g.entrySet()) {
            Citation c = p.get(e.getKey());
            if (c == null) {
                missed.add(e.getKey());
                continue;
            }
            tp++;
            JsonNode gc = e.getValue();
            if (gc.hasNonNull("date")) {
                attrN++;
                if (gc.get("date").asText().equals(c.date())) attrOk++;
                else attrMiss.add(e.getKey() + ".date gold=" + gc.get("date").asText() + " pred=" + c.date());
            }
            if (gc.has("implements") && !gc.get("implements").isNull()) {
                attrN++;
                if (gc.get("implements").asBoolean() == c.implementing()) attrOk++;
                else attrMiss.add(e.getKey() + ".implements gold=" + gc.get("implements").asBoolean());
            }
            if (gc.hasNonNull("issuer") && !gc.get("issuer").asText().isEmpty()) {
                attrN++;
                if (namesMatch(gc.get("issuer").asText(), c.issuer() == null ? "" : c.issuer(), true, 0)) attrOk++;
                else attrMiss.add(e.getKey() + ".issuer gold=" + gc.get("issuer").asText() + " pred=" + c.issuer());
            }
        }
        List<String> spurious = p.keySet().stream().filter(k -> !g.containsKey(k)).toList();
        Counts citations = new Counts(tp, tp, p.size(), g.size(), missed, spurious);

        // Units, one-to-one, then gold headings split into their bodies by the output
        List<String> gu = new ArrayList<>();
        for (JsonNode u : gold.path("units")) gu.add(u.path("name").asText(""));
        List<String> pu = pred.units().stream().filter(Unit::lead).map(Unit::name).toList();
        Set<Integer> used = new HashSet<>();
        int tpu = 0;
        List<String> umissed = new ArrayList<>();
        for (String name : gu) {
            int hit = -1;
            for (int i = 0; i < pu.size(); i++) {
                if (!used.contains(i) && namesMatch(name, pu.get(i), false, 0.7)) {
                    hit = i;
                    break;
                }
            }
            if (hit < 0) umissed.add(name);
            else {
                used.add(hit);
                tpu++;
            }
        }
        for (String name : List.copyOf(umissed)) {
            String gn = normName(name);
            List<Integer> parts = new ArrayList<>();
            for (int i = 0; i < pu.size(); i++) {
                String q = normName(pu.get(i));
                if (!used.contains(i) && !q.isEmpty() && (" " + gn + " ").contains(" " + q + " ")) parts.add(i);
            }
            Set<String> covered = new HashSet<>();
            for (int i : parts) covered.addAll(words(normName(pu.get(i))));
            Set<String> ws = words(gn);
            covered.retainAll(ws);
            if (parts.size() >= 2 && !ws.isEmpty() && (double) covered.size() / ws.size() >= 0.8) {
                used.addAll(parts);
                umissed.remove(name);
                tpu++;
            }
        }
        List<String> uspurious = new ArrayList<>();
        for (int i = 0; i < pu.size(); i++) if (!used.contains(i)) uspurious.add(pu.get(i));
        Counts units = new Counts(tpu, used.size(), pu.size(), gu.size(), umissed, uspurious);

        // Deadlines as a multiset of date|recurrence
        List<String> gd = new ArrayList<>();
        for (JsonNode d : gold.path("deadlines")) {
            gd.add(deadlineKey(d.hasNonNull("date") ? d.get("date").asText() : null,
                    d.hasNonNull("recurrence") ? d.get("recurrence").asText() : null));
        }
        List<String> rest = new ArrayList<>();
        for (Deadline d : pred.deadlines()) rest.add(deadlineKey(d.date(), d.recurrence()));
        int predCount = rest.size();
        int tpd = 0;
        List<String> dmissed = new ArrayList<>();
        for (String k : gd) {
            if (rest.remove(k)) tpd++;
            else dmissed.add(k);
        }
        Counts deadlines = new Counts(tpd, tpd, predCount, gd.size(), dmissed, rest);

        // Document fields
        JsonNode gdoc = gold.path("document");
        DocumentHeader h = pred.document();
        int ok = 0;
        int n = 0;
        List<String> wrong = new ArrayList<>();
        if (gdoc.hasNonNull("type")) {
            n++;
            if (gdoc.get("type").asText().equals(h.type())) ok++;
            else wrong.add("type");
        }
        if (gdoc.hasNonNull("date")) {
            n++;
            if (gdoc.get("date").asText().equals(h.date())) ok++;
            else wrong.add("date");
        }
        if (gdoc.hasNonNull("symbol") && !gdoc.get("symbol").asText().isEmpty()) {
            n++;
            String a = fold(gdoc.get("symbol").asText()).toUpperCase(Locale.ROOT).replace(" ", "");
            String b = fold(h.symbol()).toUpperCase(Locale.ROOT).replace(" ", "");
            if (a.equals(b)) ok++;
            else wrong.add("symbol");
        }
        if (gdoc.hasNonNull("issuer") && !gdoc.get("issuer").asText().isEmpty()) {
            n++;
            if (namesMatch(gdoc.get("issuer").asText(), h.issuer() == null ? "" : h.issuer(), true, 0)) ok++;
            else wrong.add("issuer");
        }
        if (gdoc.hasNonNull("signer")) {
            n++;
            String name = h.signer() == null || h.signer().name() == null ? "" : h.signer().name();
            if (namesMatch(gdoc.get("signer").path("name").asText(""), name, false, 0)) ok++;
            else wrong.add("signer");
        }
        return new DocScore(citations, attrOk, attrN, attrMiss, units, deadlines, ok, n, wrong);
    }
}
