package io.planex.testkit.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A synthetic plan: its text (lines; a form feed starts a page) and what an annotator would write for it, in the
 * gold format of the project's corpus (document, citations, named, units, deadlines).
 */
public record GeneratedPlan(String text, Map<String, Object> document, List<Map<String, Object>> citations,
                            List<Map<String, Object>> units, List<Map<String, Object>> deadlines) {

    /** The gold JSON for a source file named {@code fileName}. */
    public String goldJson(String fileName) {
        Map<String, Object> gold = new LinkedHashMap<>();
        gold.put("file", fileName);
        gold.put("document", document);
        gold.put("citations", citations);
        gold.put("named", List.of());
        gold.put("units", units);
        gold.put("deadlines", deadlines);
        return Json.write(gold) + "\n";
    }
}
