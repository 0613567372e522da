package dev.ucdhcp.doctor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A DhcpServer-module script as ucdhcp writes it: {@code $option120} or
 * {@code $option120ByScope}, {@code $subOptions}, {@code $ntpServers},
 * {@code $voiceVlan}, the {@code $scope} splat, the classes and definitions it adds.
 */
final class PowerShellScript {

	private final PowerShellParser parser;

	PowerShellScript(PowerShellParser parser) {
		this.parser = parser;
	}

	void read(List<String> lines) {
		Optional<String> scope = lines.stream()
			.filter((line) -> line.strip().startsWith("$scope ="))
			.findFirst()
			.flatMap(PowerShellParser::scopeId);
		String table = "";
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			int number = i + 1;
			if (line.startsWith("#")) {
				continue;
			}
			if (line.startsWith("$") && line.contains("@{")) {
				table = line.substring(1, line.indexOf('=')).strip();
				continue;
			}
			if (line.equals("}")) {
				table = "";
				continue;
			}
			Optional<String[]> entry = PowerShellParser.entry(line);
			if (entry.isPresent() && table.equals("option120ByScope")) {
				this.parser.value(120, Optional.of(entry.get()[0]), Optional.empty(), bytes(entry.get()[1]), number,
						false);
			}
			else if (entry.isPresent() && table.equals("subOptions")) {
				this.parser.value(IscValues.number(entry.get()[0]), scope, Optional.of("MSUCClient"),
						bytes(entry.get()[1]), number, false);
			}
			else {
				statement(line, scope, number);
			}
		}
	}

	private void statement(String line, Optional<String> scope, int number) {
		if (line.startsWith("$option120 =")) {
			PowerShellParser.byteArray(line)
				.ifPresent((bytes) -> this.parser.value(120, scope, Optional.empty(), bytes, number, false));
		}
		else if (line.startsWith("$voiceVlan =")) {
			PowerShellParser.byteArray(line)
				.ifPresent((bytes) -> this.parser.value(10, scope, Optional.of("CPEOCPHONE"), bytes, number, false));
		}
		else if (line.startsWith("$ntpServers =")) {
			List<byte[]> addresses = new ArrayList<>();
			for (String part : line.substring(line.indexOf('(') + 1).split("[',)\\s]+")) {
				HexText.ipv4(part).ifPresent(addresses::add);
			}
			this.parser.value(42, scope, Optional.empty(), HexText.concat(addresses.toArray(new byte[0][])), number,
					false);
		}
		else if (line.contains("Add-DhcpServerv4Class")) {
			Map<String, String> params = PowerShellParser.parameters(line);
			if ("Vendor".equalsIgnoreCase(params.get("type"))) {
				this.parser.paste().classes
					.add(VendorClass.exact(params.getOrDefault("name", ""), params.getOrDefault("data", ""), number));
			}
		}
		else if (line.contains("Add-DhcpServerv4OptionDefinition")) {
			definition(PowerShellParser.parameters(line), number);
		}
	}

	private void definition(Map<String, String> params, int number) {
		String type = params.getOrDefault("type", "");
		Optional<String> vendor = Optional.ofNullable(params.get("vendorclass"));
		int code = IscValues.number(params.getOrDefault("optionid", ""));
		List<Integer> codes = code >= 0 ? List.of(code) : List.of(1, 2, 3, 4, 5);
		if (vendor.isPresent() && vendor.get().startsWith("CPE")) {
			codes = List.of(10);
		}
		for (int each : codes) {
			this.parser.paste().definitions.add(new Definition(each, vendor.orElse(Definition.TOP),
					params.getOrDefault("name", ""), type, "server", number, Optional.empty()));
		}
	}

	private static byte[] bytes(String items) {
		return PowerShellParser.bytes(List.of(items.split(",")));
	}

}
