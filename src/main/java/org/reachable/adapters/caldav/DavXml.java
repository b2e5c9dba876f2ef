package org.reachable.adapters.caldav;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The WebDAV XML the sync sends and reads: PROPFIND, MKCALENDAR bodies and the multistatus
 * answers (RFC 4918 section 13). Parsed with the JDK's DOM, namespace-aware, with no DTDs and no
 * external entities: a server's answer must not make the app read files or other addresses.
 */
final class DavXml {

    static final String DAV = "DAV:";
    static final String CALDAV = "urn:ietf:params:xml:ns:caldav";
    static final String CS = "http://calendarserver.org/ns/";

    /** One {@code <response>}: its href and the properties the server found (status 200), by {@code {ns}name}. */
    record Response(String href, Map<String, Element> found) {

        Optional<Element> prop(String namespace, String name) {
            return Optional.ofNullable(found.get("{" + namespace + "}" + name));
        }

        Optional<String> text(String namespace, String name) {
            return prop(namespace, name).map(e -> e.getTextContent().strip()).filter(t -> !t.isEmpty());
        }

        /** The href inside a property such as current-user-principal or calendar-home-set. */
        Optional<String> hrefIn(String namespace, String name) {
            return prop(namespace, name).flatMap(e -> first(e, DAV, "href")).map(e -> e.getTextContent().strip());
        }

        boolean isCalendar() {
            return prop(DAV, "resourcetype").flatMap(e -> first(e, CALDAV, "calendar")).isPresent();
        }
    }

    private DavXml() {
    }

    static String propfind(String... props) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<d:propfind xmlns:d=\"DAV:\" xmlns:c=\"" + CALDAV + "\" xmlns:cs=\"" + CS + "\"><d:prop>");
        for (String prop : props) {
            xml.append('<').append(prop).append("/>");
        }
        return xml.append("</d:prop></d:propfind>").toString();
    }

    static String mkcalendar(String displayName) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<c:mkcalendar xmlns:d=\"DAV:\" xmlns:c=\"" + CALDAV + "\"><d:set><d:prop>"
                + "<d:displayname>" + escape(displayName) + "</d:displayname>"
                + "<c:supported-calendar-component-set><c:comp name=\"VEVENT\"/></c:supported-calendar-component-set>"
                + "</d:prop></d:set></c:mkcalendar>";
    }

    /** RFC 6578: what changed since {@code token} (everything, with an empty one), with each ETag. */
    static String syncCollection(String token) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<d:sync-collection xmlns:d=\"DAV:\"><d:sync-token>" + escape(token) + "</d:sync-token>"
                + "<d:sync-level>1</d:sync-level><d:prop><d:getetag/></d:prop></d:sync-collection>";
    }

    /** A sync-collection answer: the members as responses, the hrefs gone (status 404), the new token. */
    record SyncAnswer(List<Response> present, List<String> removed, String token) {
    }

    static SyncAnswer syncAnswer(byte[] body) throws IOException {
        Element root = parse(body);
        List<Response> present = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (Element response : children(root, DAV, "response")) {
            Optional<Element> href = first(response, DAV, "href");
            if (href.isEmpty()) {
                continue;
            }
            String status = first(response, DAV, "status").map(Element::getTextContent).orElse("");
            if (status.contains(" 404")) {
                removed.add(href.get().getTextContent().strip());
            } else {
                present.add(response(href.get(), response));
            }
        }
        String token = first(root, DAV, "sync-token").map(e -> e.getTextContent().strip()).orElse("");
        return new SyncAnswer(present, removed, token);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The responses of a 207 Multi-Status body. */
    static List<Response> multistatus(byte[] body) throws IOException {
        Element root = parse(body);
        List<Response> responses = new ArrayList<>();
        for (Element response : children(root, DAV, "response")) {
            Optional<Element> href = first(response, DAV, "href");
            if (href.isEmpty()) {
                continue;
            }
            responses.add(response(href.get(), response));
        }
        return responses;
    }

    private static Response response(Element href, Element response) {
        Map<String, Element> found = new LinkedHashMap<>();
        for (Element propstat : children(response, DAV, "propstat")) {
            String status = first(propstat, DAV, "status").map(Element::getTextContent).orElse("");
            if (!status.contains(" 200")) {
                continue; // a property the server does not have comes back as 404: not found
            }
            for (Element prop : children(propstat, DAV, "prop")) {
                for (Element value : children(prop, null, null)) {
                    found.put("{" + value.getNamespaceURI() + "}" + value.getLocalName(), value);
                }
            }
        }
        return new Response(href.getTextContent().strip(), found);
    }

    private static Element parse(byte[] body) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(body)).getDocumentElement();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("not WebDAV XML: " + e.getMessage(), e);
        }
    }

    /** Child elements, all of them when {@code name} is null. */
    private static List<Element> children(Element parent, String namespace, String name) {
        List<Element> list = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element e && (name == null
                    || name.equals(e.getLocalName()) && namespace.equals(e.getNamespaceURI()))) {
                list.add(e);
            }
        }
        return list;
    }

    private static Optional<Element> first(Element parent, String namespace, String name) {
        return children(parent, namespace, name).stream().findFirst();
    }
}
