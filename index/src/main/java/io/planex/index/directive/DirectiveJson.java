package io.planex.index.directive;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.planex.extract.json.RecordJson;
import io.planex.extract.model.DocumentHeader;
import io.planex.index.FacetCount;
import java.util.List;

/** A directive report as JSON (the web API's {@code /api/directives/{symbol}}). */
public final class DirectiveJson {
    private DirectiveJson() {}

    public static String of(DirectiveReport r) {
        ObjectNode root = RecordJson.mapper().createObjectNode();
        root.put("symbol", r.symbol());
        root.put("key", r.key());
        root.put("level", r.level());
        if (r.own() == null) {
            root.putNull("document");
        } else {
            DocumentHeader h = r.own().record().document();
            ObjectNode d = root.putObject("document");
            d.put("id", r.own().id());
            d.put("file", r.own().record().source().file());
            d.put("symbol", h.symbol());
            d.put("title", h.title());
            d.put("issuer", h.issuer());
            d.put("date", h.date());
        }
        root.put("citedBy", r.citedBy());
        root.put("implementedBy", r.implementedBy());
        counts(root.putArray("byLevel"), r.byLevel());
        counts(root.putArray("byYear"), r.byYear());
        ArrayNode chain = root.putArray("chain");
        for (ChainLink l : r.chain()) {
            chain.addObject().put("id", l.id()).put("file", l.file()).put("symbol", l.symbol()).put("title", l.title())
                    .put("issuer", l.issuer()).put("date", l.date()).put("level", l.level()).put("depth", l.depth())
                    .put("via", l.via()).put("implements", l.implementsVia());
        }
        root.put("truncated", r.truncated());
        return root.toString();
    }

    private static void counts(ArrayNode into, List<FacetCount> counts) {
        for (FacetCount c : counts) into.addObject().put("value", c.value()).put("count", c.count());
    }
}
