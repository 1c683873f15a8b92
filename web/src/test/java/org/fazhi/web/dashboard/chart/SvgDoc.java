package org.fazhi.web.dashboard.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * An SVG parsed as XML (which fails on any unescaped text), with the lookups the chart tests use.
 * Also used by the dashboard's HTTP test on the SVGs cut out of the page.
 */
public final class SvgDoc {
    private final Document doc;

    private SvgDoc(Document doc) {
        this.doc = doc;
    }

    public static SvgDoc parse(String svg) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder b = f.newDocumentBuilder();
            Document d = b.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            assertEquals("svg", d.getDocumentElement().getLocalName());
            assertEquals("http://www.w3.org/2000/svg", d.getDocumentElement().getNamespaceURI());
            return new SvgDoc(d);
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + svg, e);
        }
    }

    public Element root() {
        return doc.getDocumentElement();
    }

    public List<Element> all(String tag) {
        NodeList nodes = doc.getElementsByTagNameNS("*", tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    /** Elements of a tag whose class attribute contains the word. */
    public List<Element> withClass(String tag, String cls) {
        List<Element> out = new ArrayList<>();
        for (Element e : all(tag)) {
            for (String c : e.getAttribute("class").split(" ")) {
                if (c.equals(cls)) {
                    out.add(e);
                    break;
                }
            }
        }
        return out;
    }

    /** The element's own text, without the text of a {@code <title>} tooltip inside it. */
    public static String ownText(Element e) {
        StringBuilder b = new StringBuilder();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE) {
                b.append(n.getNodeValue());
            }
        }
        return b.toString();
    }

    /** The text of the {@code <title>} child (the tooltip), or null. */
    public static String tooltip(Element e) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el && "title".equals(el.getLocalName())) {
                return el.getTextContent();
            }
        }
        return null;
    }

    public static double num(Element e, String attr) {
        String v = e.getAttribute(attr);
        assertNotNull(v);
        return Double.parseDouble(v);
    }

    /** The accessible name and description the svg's aria-labelledby points at. */
    public String labelText() {
        StringBuilder b = new StringBuilder();
        for (String id : root().getAttribute("aria-labelledby").split(" ")) {
            Element target = null;
            for (String tag : List.of("title", "desc")) {
                for (Element e : all(tag)) {
                    if (id.equals(e.getAttribute("id"))) {
                        target = e;
                    }
                }
            }
            assertNotNull(target, "aria-labelledby names a missing element " + id);
            b.append(b.length() == 0 ? "" : " ").append(target.getTextContent());
        }
        return b.toString();
    }
}
