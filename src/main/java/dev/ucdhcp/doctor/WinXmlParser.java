package dev.ucdhcp.doctor;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * {@code Export-DhcpServer} XML into the model: classes, option definitions, server and
 * scope option values. The JDK parser runs with DTDs refused and no external entity,
 * XInclude or entity expansion (XXE and billion laughs end in a named error).
 */
final class WinXmlParser {

	private final String text;

	private final Paste paste = new Paste(PasteFormat.WINXML);

	private final Map<String, Map<Integer, byte[]>> subOptions = new LinkedHashMap<>();

	private final Map<String, Integer> firstLine = new LinkedHashMap<>();

	WinXmlParser(String text) {
		this.text = text;
	}

	Paste parse() {
		Element root = document().getDocumentElement();
		checkSize(root, 1, new int[1]);
		Element ipv4 = child(root, "IPv4").orElse(root);
		child(ipv4, "Classes").ifPresent((classes) -> children(classes, "Class").forEach(this::vendorClass));
		child(ipv4, "OptionDefinitions")
			.ifPresent((defs) -> children(defs, "OptionDefinition").forEach(this::definition));
		child(ipv4, "OptionValues").ifPresent((values) -> values(values, Optional.empty()));
		child(ipv4, "Scopes").ifPresent((scopes) -> children(scopes, "Scope").forEach(this::scope));
		assemble();
		return this.paste;
	}

	private Document document() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(new DefaultHandler());
			return builder.parse(new InputSource(new StringReader(this.text)));
		}
		catch (SAXException ex) {
			throw new UnreadablePasteException("The Export-DhcpServer XML cannot be read (a document type declaration"
					+ " or entity is refused, or the XML is malformed).", false);
		}
		catch (ParserConfigurationException | IOException ex) {
			throw new UnreadablePasteException("The XML parser could not be set up safely.", false);
		}
	}

	private void checkSize(Node node, int depth, int[] count) {
		if (depth > Limits.MAX_DEPTH) {
			throw Limits.exceeded("nested XML elements", Limits.MAX_DEPTH);
		}
		for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (++count[0] > Limits.MAX_NODES) {
				throw Limits.exceeded("XML nodes", Limits.MAX_NODES);
			}
			checkSize(child, depth + 1, count);
		}
	}

	private void vendorClass(Element element) {
		if (!text(element, "Type").equalsIgnoreCase("Vendor")) {
			return;
		}
		String data = text(element, "Data");
		byte[] bytes = data.startsWith("0x") ? HexText.digits(data).orElse(HexText.ascii(data)) : HexText.ascii(data);
		this.paste.classes.add(new VendorClass(text(element, "Name"), bytes, 0, false));
	}

	private void definition(Element element) {
		String vendor = text(element, "VendorClass");
		this.paste.definitions
			.add(new Definition(IscValues.number(text(element, "OptionId")), vendor.isEmpty() ? Definition.TOP : vendor,
					text(element, "Name"), text(element, "Type"), "server", 0, Optional.empty()));
	}

	private void scope(Element element) {
		String id = text(element, "ScopeId");
		String cidr = IscValues.cidr(id, text(element, "SubnetMask"));
		this.paste.networks.add(new Network("scope " + id, cidr, 0, false));
		child(element, "OptionValues").ifPresent((values) -> values(values, Optional.of(cidr)));
	}

	private void values(Element values, Optional<String> scope) {
		for (Element value : children(values, "OptionValue")) {
			if (!text(value, "UserClass").isEmpty()) {
				continue;
			}
			int code = IscValues.number(text(value, "OptionId"));
			String vendor = text(value, "VendorClass");
			String type = this.paste.definitions.stream()
				.filter((def) -> def.code() == code && def.space().equals(vendor.isEmpty() ? Definition.TOP : vendor))
				.map(Definition::type)
				.findFirst()
				.orElse("BinaryData");
			List<String> data = children(value, "Value").stream().map(Node::getTextContent).map(String::strip).toList();
			byte[] bytes = WindowsValues.encode(type, data);
			String where = scope.map((cidr) -> "scope " + cidr).orElse("server");
			if (!vendor.isEmpty()) {
				String key = where + "|" + vendor;
				this.subOptions.computeIfAbsent(key, (k) -> new TreeMap<>()).put(code, HexText.tlv(code, bytes));
				this.firstLine.putIfAbsent(key, 0);
				continue;
			}
			Setting setting = Setting.of(code, scope.isPresent() ? Level.SCOPE : Level.GLOBAL, where, 0, bytes);
			setting = type.equalsIgnoreCase("String") && code == 120 ? setting.with(Trait.TEXT_TYPED) : setting;
			this.paste.add(scope.isPresent() ? setting.inNetwork(scope.get()) : setting);
		}
	}

	private void assemble() {
		for (Map.Entry<String, Map<Integer, byte[]>> entry : this.subOptions.entrySet()) {
			String[] key = entry.getKey().split("\\|", 2);
			byte[] tlv = HexText.concat(entry.getValue().values().toArray(new byte[0][]));
			Setting setting = Setting.of(43, Level.CLASS, key[0] + ", vendor class " + key[1], 0, tlv)
				.selectedBy(key[1]);
			this.paste.add(key[0].startsWith("scope ") ? setting.inNetwork(key[0].substring(6)) : setting);
		}
	}

	private static Optional<Element> child(Element parent, String name) {
		return children(parent, name).stream().findFirst();
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && element.getTagName().equals(name)) {
				found.add(element);
			}
		}
		return found;
	}

	private static String text(Element parent, String name) {
		return child(parent, name).map(Node::getTextContent).map(String::strip).orElse("");
	}

}
