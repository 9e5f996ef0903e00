package io.planex.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Word's restarted lists, made readable to Tika. When a list is set to start again at 1, Word (and python-docx,
 * docx.js, the OpenXML SDK) gives it a {@code <w:num>} whose {@code <w:lvlOverride>} holds only a
 * {@code <w:startOverride>}. Tika's list manager (3.3) then formats each paragraph of that list from an empty level:
 * "Điều %1." comes out as "1." on every article, "a)" as "0.", "I." as "1.", and the outline of a plan or decision is
 * lost. Here each such num gets a copy of its abstract list of its own, its levels starting where the overrides say,
 * and the overrides are dropped: the labels are the document's, and each restarted list counts from its start.
 */
final class DocxNumbering {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String NUMBERING = "word/numbering.xml";

    private DocxNumbering() {}

    /** {@code numbering.xml} with each start-only override turned into an abstract list of its own; empty if none. */
    static Optional<byte[]> resolve(byte[] numberingXml) {
        Document doc = parsed(numberingXml);
        if (doc == null) return Optional.empty();
        Element root = doc.getDocumentElement();
        Map<String, Element> abstracts = new HashMap<>();
        int maxId = 0;
        List<Element> nums = new ArrayList<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e) || !W.equals(e.getNamespaceURI())) continue;
            if (e.getLocalName().equals("abstractNum")) {
                String id = e.getAttributeNS(W, "abstractNumId");
                abstracts.put(id, e);
                maxId = Math.max(maxId, parse(id));
            } else if (e.getLocalName().equals("num")) {
                nums.add(e);
            }
        }
        Node firstNum = nums.isEmpty() ? null : nums.get(0);
        boolean changed = false;
        for (Element num : nums) {
            Map<String, String> starts = new HashMap<>();
            List<Element> overrides = new ArrayList<>();
            for (Element o : children(num, "lvlOverride")) {
                // an override that brings a level of its own is read right by Tika: left as it is
                if (!children(o, "lvl").isEmpty()) continue;
                List<Element> start = children(o, "startOverride");
                if (start.isEmpty()) continue;
                starts.put(o.getAttributeNS(W, "ilvl"), start.get(0).getAttributeNS(W, "val"));
                overrides.add(o);
            }
            List<Element> ref = children(num, "abstractNumId");
            if (overrides.isEmpty() || ref.isEmpty()) continue;
            Element source = abstracts.get(ref.get(0).getAttributeNS(W, "val"));
            if (source == null) continue;
            Element copy = (Element) source.cloneNode(true);
            String id = Integer.toString(++maxId);
            copy.setAttributeNS(W, "w:abstractNumId", id);
            for (Element lvl : children(copy, "lvl")) {
                String start = starts.get(lvl.getAttributeNS(W, "ilvl"));
                if (start == null) continue;
                List<Element> startElements = children(lvl, "start");
                Element s = startElements.isEmpty() ? doc.createElementNS(W, "w:start") : startElements.get(0);
                s.setAttributeNS(W, "w:val", start);
                if (startElements.isEmpty()) lvl.insertBefore(s, lvl.getFirstChild());
            }
            root.insertBefore(copy, firstNum);
            ref.get(0).setAttributeNS(W, "w:val", id);
            for (Element o : overrides) num.removeChild(o);
            changed = true;
        }
        if (!changed) return Optional.empty();
        return serialize(doc);
    }

    /** The document as UTF-8 XML; empty when it cannot be written. */
    static Optional<byte[]> serialize(Document doc) {
        try {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return Optional.of(out.toString().getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** A package part's XML as a document; null when it is no well-formed XML (Tika then reports the file). */
    static Document parsed(byte[] xml) {
        try {
            return builder().parse(new java.io.ByteArrayInputStream(xml));
        } catch (Exception e) {
            return null;
        }
    }

    static DocumentBuilder builder() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        // a package's XML pulls in nothing from outside
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder();
    }

    /** The child elements of {@code parent} in the WordprocessingML namespace named {@code localName}. */
    static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        NodeList list = parent.getChildNodes();
        for (int i = 0; i < list.getLength(); i++) {
            if (list.item(i) instanceof Element e && W.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static int parse(String id) {
        try {
            return Integer.parseInt(id.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
