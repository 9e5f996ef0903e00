package io.planex.index;

import io.planex.extract.json.RecordJson;
import java.util.List;

/**
 * The citation graph of an index: documents and directives as nodes, "cites" and "implements" edges from a
 * document to what it cites. A directive that is itself a document in the index is that document's node;
 * other directives are stub nodes whose id is their canonical symbol. Writers for JSON, DOT and GraphML.
 */
public record CitationGraph(List<Node> nodes, List<Edge> edges) {
    public CitationGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    public enum Kind {
        DOCUMENT, DIRECTIVE;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A node: id (sha256 for documents, canonical symbol for directives), kind, label, level or null. */
    public record Node(String id, Kind kind, String label, String level) {}

    /** An edge; kind is "implements" when the citing document carries the cited one out, else "cites". */
    public record Edge(String from, String to, String kind) {}

    /**
     * The part of the graph within {@code depth} edges (either direction) of the nodes {@code ref} names: a node
     * id, a document id prefix (4+ hex digits), or a document symbol in any spelling (the directive's node, or the
     * document bearing it). Empty when it names none.
     */
    public CitationGraph around(String ref, int depth) {
        java.util.Set<String> start = new java.util.HashSet<>();
        String key = io.planex.extract.model.CitationKey.ofSymbol(ref).orElse(null);
        boolean hex = ref.matches("[0-9a-fA-F]{4,64}");
        for (Node n : nodes) {
            if (n.id().equals(ref) || (hex && n.kind() == Kind.DOCUMENT && n.id().startsWith(ref.toLowerCase(
                    java.util.Locale.ROOT)))) {
                start.add(n.id());
            } else if (key != null) {
                // A directive's id is its symbol; a document's label starts with its own symbol.
                String symbol = n.kind() == Kind.DIRECTIVE ? n.id() : n.label().split(" ", 2)[0];
                if (key.equals(io.planex.extract.model.CitationKey.ofSymbol(symbol).orElse(null))) start.add(n.id());
            }
        }
        java.util.Map<String, java.util.List<String>> neighbours = new java.util.HashMap<>();
        for (Edge e : edges) {
            neighbours.computeIfAbsent(e.from(), k -> new java.util.ArrayList<>()).add(e.to());
            neighbours.computeIfAbsent(e.to(), k -> new java.util.ArrayList<>()).add(e.from());
        }
        java.util.Set<String> kept = new java.util.HashSet<>(start);
        java.util.List<String> frontier = new java.util.ArrayList<>(start);
        for (int d = 0; d < depth && !frontier.isEmpty(); d++) {
            java.util.List<String> next = new java.util.ArrayList<>();
            for (String id : frontier) {
                for (String n : neighbours.getOrDefault(id, List.of())) if (kept.add(n)) next.add(n);
            }
            frontier = next;
        }
        return new CitationGraph(nodes.stream().filter(n -> kept.contains(n.id())).toList(),
                edges.stream().filter(e -> kept.contains(e.from()) && kept.contains(e.to())).toList());
    }

    public String toJson() {
        java.io.StringWriter w = new java.io.StringWriter();
        writeJson(w);
        return w.toString();
    }

    /** Writes {@link #toJson()} to {@code out}, streaming (one line, no trailing newline). */
    public void writeJson(java.io.Writer out) {
        try (com.fasterxml.jackson.core.JsonGenerator g = RecordJson.mapper().getFactory().createGenerator(out)) {
            g.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeArrayFieldStart("nodes");
            for (Node n : nodes) {
                g.writeStartObject();
                g.writeStringField("id", n.id());
                g.writeStringField("kind", n.kind().label());
                g.writeStringField("label", n.label());
                if (n.level() != null) g.writeStringField("level", n.level());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("edges");
            for (Edge e : edges) {
                g.writeStartObject();
                g.writeStringField("from", e.from());
                g.writeStringField("to", e.to());
                g.writeStringField("kind", e.kind());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Graphviz DOT: documents as boxes, stub directives as ellipses, implements edges bold. */
    public String toDot() {
        StringBuilder b = new StringBuilder();
        writeDot(b);
        return b.toString();
    }

    /** Writes {@link #toDot()} to {@code b} without building it in memory first. */
    public void writeDot(Appendable out) {
        Lines b = new Lines(out);
        b.append("digraph planex {\n  rankdir=LR;\n");
        for (Node n : nodes) {
            b.append("  ").append(dotId(n.id())).append(" [label=").append(dotId(n.label()))
                    .append(", shape=").append(n.kind() == Kind.DOCUMENT ? "box" : "ellipse");
            if (n.level() != null) b.append(", level=").append(dotId(n.level()));
            b.append("];\n");
        }
        for (Edge e : edges) {
            b.append("  ").append(dotId(e.from())).append(" -> ").append(dotId(e.to()))
                    .append(" [label=").append(dotId(e.kind()));
            if (e.kind().equals("implements")) b.append(", style=bold");
            b.append("];\n");
        }
        b.append("}\n");
    }

    /** GraphML with node attributes kind, label, level and edge attribute kind. */
    public String toGraphMl() {
        StringBuilder b = new StringBuilder();
        writeGraphMl(b);
        return b.toString();
    }

    /** Writes {@link #toGraphMl()} to {@code out} without building it in memory first. */
    public void writeGraphMl(Appendable out) {
        Lines b = new Lines(out);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n");
        b.append("  <key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n");
        b.append("  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n");
        b.append("  <key id=\"level\" for=\"node\" attr.name=\"level\" attr.type=\"string\"/>\n");
        b.append("  <key id=\"ekind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n");
        b.append("  <graph id=\"planex\" edgedefault=\"directed\">\n");
        for (Node n : nodes) {
            b.append("    <node id=\"").append(xml(n.id())).append("\">");
            b.append("<data key=\"kind\">").append(n.kind().label()).append("</data>");
            b.append("<data key=\"label\">").append(xml(n.label())).append("</data>");
            if (n.level() != null) b.append("<data key=\"level\">").append(xml(n.level())).append("</data>");
            b.append("</node>\n");
        }
        int i = 0;
        for (Edge e : edges) {
            b.append("    <edge id=\"e").append(i++).append("\" source=\"").append(xml(e.from()))
                    .append("\" target=\"").append(xml(e.to())).append("\"><data key=\"ekind\">")
                    .append(xml(e.kind())).append("</data></edge>\n");
        }
        b.append("  </graph>\n</graphml>\n");
    }

    /** An Appendable that rethrows I/O failures unchecked, so the writers read like StringBuilder code. */
    private static final class Lines {
        private final Appendable out;

        Lines(Appendable out) {
            this.out = out;
        }

        Lines append(Object o) {
            try {
                out.append(String.valueOf(o));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return this;
        }
    }

    /** A DOT quoted id: backslashes and quotes escaped, line breaks as \n. */
    static String dotId(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> { }
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /** XML text: markup characters escaped, characters XML 1.0 forbids dropped. */
    static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') continue;
                    if (c == 0xFFFE || c == 0xFFFF) continue;
                    b.append(c);
                }
            }
        }
        return b.toString();
    }
}
