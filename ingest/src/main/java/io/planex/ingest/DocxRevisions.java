package io.planex.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A Word file's text as the document reads once its tracked changes are accepted, without its reviewers' comments and
 * hidden text. Offices send drafts and even signed files with revisions left in: Tika (3.3, the classic DOCX reader)
 * gives deleted text beside what replaced it ("trước ngày 31/10/202510/11/2025"), and each comment inline ("Comment
 * by ...: Đề nghị xem lại thời hạn 30/6"), so a deleted deadline, a deleted unit or a reviewer's date were read as
 * the document's. Here, in {@code word/document.xml}: deletions ({@code w:del}) and a move's old place
 * ({@code w:moveFrom}) are dropped, insertions stay (Tika reads them), comment marks are dropped (Tika prints a
 * comment where its reference stands), and a run formatted hidden ({@code w:vanish}) is dropped.
 */
final class DocxRevisions {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String DOCUMENT = "word/document.xml";

    /** Elements dropped with what they hold. */
    private static final Set<String> DROPPED = Set.of("del", "moveFrom", "commentReference", "commentRangeStart",
            "commentRangeEnd");

    private DocxRevisions() {}

    /**
     * Whether the part may hold any of it: a look for the elements' names in the bytes, so that most files (no
     * revisions) are not parsed.
     */
    static boolean mayHoldAny(String s) {
        return s.contains(":del ") || s.contains(":del>") || s.contains(":moveFrom ") || s.contains(":moveFrom>")
                || s.contains(":commentReference") || s.contains(":vanish");
    }

    /** {@code document.xml} with the changes accepted and comments and hidden runs dropped; empty if none was there. */
    static Optional<byte[]> accepted(byte[] documentXml) {
        if (!mayHoldAny(new String(documentXml, StandardCharsets.UTF_8))) return Optional.empty();
        Document doc = DocxNumbering.parsed(documentXml);
        return doc != null && accept(doc) ? DocxNumbering.serialize(doc) : Optional.empty();
    }

    /** Accepts the document's changes and drops its comments and hidden runs, in place; false if none was there. */
    static boolean accept(Document doc) {
        List<Node> drop = new ArrayList<>();
        NodeList all = doc.getElementsByTagNameNS(W, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            String name = e.getLocalName();
            if (DROPPED.contains(name)) {
                drop.add(e);
            } else if (name.equals("vanish") && hiddenRun(e) != null) {
                drop.add(hiddenRun(e));
            }
        }
        for (Node n : drop) {
            // a node inside one dropped before it has no parent any more
            if (n.getParentNode() != null) n.getParentNode().removeChild(n);
        }
        return !drop.isEmpty();
    }

    /**
     * The run a {@code w:vanish} hides: one in a run's own properties ({@code w:r/w:rPr/w:vanish}); null for one in a
     * paragraph's mark ({@code w:pPr/w:rPr}), which hides only the mark.
     */
    private static Node hiddenRun(Element vanish) {
        Node rPr = vanish.getParentNode();
        if (!(rPr instanceof Element p) || !"rPr".equals(p.getLocalName())) return null;
        Node run = rPr.getParentNode();
        if (!(run instanceof Element r) || !"r".equals(r.getLocalName())) return null;
        // "w:val=0" or "false" turns it off
        String val = vanish.getAttributeNS(W, "val");
        if (val.equals("0") || val.equals("false") || val.equals("off")) return null;
        return run;
    }
}
