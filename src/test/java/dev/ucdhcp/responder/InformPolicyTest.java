package dev.ucdhcp.responder;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import dev.ucdhcp.dhcp.DhcpMessage;
import dev.ucdhcp.dhcp.DhcpMessage.MessageType;
import dev.ucdhcp.encoding.Ipv4Address;
import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.encoding.ProvisioningInputs;
import dev.ucdhcp.responder.Decision.Answer;
import dev.ucdhcp.responder.Decision.Ignored;
import dev.ucdhcp.responder.Decision.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class InformPolicyTest {

	private static final String OPTION_43 = "010C4D532D55432D436C69656E740205687474707303126C796E632E7363686572747A2E6C6F63616C040334343305252F4365727450726F762F4365727450726F766973696F6E696E67536572766963652E737663";

	private static final String OPTION_120 = "00046C796E63077363686572747A056C6F63616C00";

	/** 134 characters: 43 (201 bytes) and 120 (137 bytes) do not both fit 576 bytes. */
	private static final String VERY_LONG_FQDN = "lync-frontend-pool-01.unified-communications"
			+ ".emea-datacenter-frankfurt.internal-services.corporate-network.schertz.local";

	private static final ServerLink LINK = new ServerLink("eth0", Ipv4Address.parse("192.0.2.1"), 24);

	/** What a relay sends from its own address, here one outside every scope. */
	private static final Ipv4Address RELAY = Ipv4Address.parse("203.0.113.1");

	@Test
	void givesAPhoneTheSeedBytesInTheOrderOfItsOption55() {
		Answer answer = answer(policy(Map.of("pool", "lync.schertz.local")),
				Requests.inform("MS-UC-Client", Requests.PHONE_REQUEST_LIST));

		DhcpMessage reply = answer.reply();
		assertThat(reply.options().keySet()).containsExactly(53, 54, 43, 120);
		assertThat(reply.messageType()).contains(MessageType.DHCPACK);
		assertThat(reply.option(54)).hasValueSatisfying((v) -> assertThat(v).containsExactly(192, 0, 2, 1));
		assertThat(hex(reply.option(43).orElseThrow())).isEqualTo(OPTION_43);
		assertThat(hex(reply.option(120).orElseThrow())).isEqualTo(OPTION_120);
		assertThat(answer.sent()).containsExactly(43, 120);
		assertThat(answer.destination()).isEqualTo(Ipv4Address.parse("192.0.2.10"));
		assertThat(answer.port()).isEqualTo(68);
	}

	@Test
	void replyCopiesTheRequestAndLeasesNothing() {
		DhcpMessage request = Requests.inform("MS-UC-Client", Requests.PHONE_REQUEST_LIST);
		DhcpMessage reply = answer(policy(Map.of("pool", "lync.schertz.local")), request).reply();

		assertThat(reply.op()).isEqualTo(DhcpMessage.BOOTREPLY);
		assertThat(reply.xid()).isEqualTo(request.xid());
		assertThat(reply.chaddr()).isEqualTo(request.chaddr());
		assertThat(reply.ciaddr()).isEqualTo(request.ciaddr());
		assertThat(reply.yiaddr()).containsExactly(0, 0, 0, 0);
		// RFC 2131 section 4.3.5: no lease time, renewal or rebinding time to an INFORM
		assertThat(reply.options().keySet()).doesNotContain(51, 58, 59);
	}

	@Test
	void followsOption55OrderWhenThePhoneListsTheRegistrarFirst() {
		Answer answer = answer(policy(Map.of("pool", "lync.schertz.local")),
				Requests.inform("MS-UC-Client", new byte[] { 120, 43 }));

		assertThat(answer.reply().options().keySet()).containsExactly(53, 54, 120, 43);
	}

	@Test
	void sendsAPhoneBothOptionsEvenWithoutOption55() {
		Answer answer = answer(policy(Map.of("pool", "lync.schertz.local")), Requests.inform("MS-UC-Client", null));

		assertThat(answer.sent()).containsExactly(120, 43);
	}

	@Test
	void givesOtherClientsOption120OnlyWhenAskedAndNever43() {
		InformPolicy policy = policy(Map.of("pool", "lync.schertz.local"));

		assertThat(answer(policy, Requests.inform(null, Requests.PHONE_REQUEST_LIST)).sent()).containsExactly(120);
		assertThat(answer(policy, Requests.inform("MS-UC-Client-Beta", Requests.PHONE_REQUEST_LIST)).sent())
			.containsExactly(120);
		assertThat(answer(policy, Requests.inform("ms-uc-client", new byte[] { 1, 43 })).sent()).isEmpty();
		assertThat(answer(policy, Requests.inform(null, null)).reply().options().keySet()).containsExactly(53, 54);
	}

	@Test
	void sendsNtpOnlyWhenConfiguredAndAskedFor() {
		InformPolicy policy = policy(Map.of("pool", "lync.schertz.local", "ntp", "192.0.2.123,192.0.2.124"));

		Answer asked = answer(policy, Requests.inform("MS-UC-Client", Requests.PHONE_REQUEST_LIST));
		Answer notAsked = answer(policy, Requests.inform("MS-UC-Client", new byte[] { 43, 120 }));

		assertThat(asked.sent()).containsExactly(42, 43, 120);
		assertThat(hex(asked.reply().option(42).orElseThrow())).isEqualTo("C000027BC000027C");
		assertThat(notAsked.sent()).containsExactly(43, 120);
	}

	@Test
	void keepsTheRegistrarAndLeavesOutOption43WhenA576ByteReplyHasNoRoom() {
		InformPolicy policy = policy(Map.of("pool", VERY_LONG_FQDN));

		Answer small = answer(policy, Requests.inform("MS-UC-Client", Requests.PHONE_REQUEST_LIST));

		assertThat(small.sent()).containsExactly(120);
		assertThat(small.dropped()).containsExactly(43);
		assertThat(small.reply().encode().length).isLessThanOrEqualTo(576 - 28);
	}

	@Test
	void sendsBothLongOptionsToAClientThatAnnouncesLargerMessages() {
		InformPolicy policy = policy(Map.of("pool", VERY_LONG_FQDN));
		DhcpMessage request = Requests.message(MessageType.DHCPINFORM, Requests.CLIENT, new byte[4], "MS-UC-Client",
				Requests.PHONE_REQUEST_LIST, 1500);

		Answer large = answer(policy, request);

		assertThat(large.sent()).containsExactly(43, 120);
		assertThat(large.reply().encode().length).isGreaterThan(548).isLessThanOrEqualTo(1500 - 28);
	}

	@Test
	void readsOption57AtItsEdges() {
		assertThat(ReplyOptions.limit(sized(575))).isEqualTo(548);
		assertThat(ReplyOptions.limit(sized(576))).isEqualTo(548);
		assertThat(ReplyOptions.limit(sized(577))).isEqualTo(549);
		assertThat(ReplyOptions.limit(sized(1500))).isEqualTo(1472);
		assertThat(ReplyOptions.limit(sized(1501))).isEqualTo(1472);
		assertThat(ReplyOptions.limit(sized(65535))).isEqualTo(1472);
	}

	@ParameterizedTest
	@EnumSource(value = MessageType.class, names = "DHCPINFORM", mode = EnumSource.Mode.EXCLUDE)
	void neverAnswersAnythingButInform(MessageType type) {
		DhcpMessage request = Requests.message(type, Requests.CLIENT, new byte[4], "MS-UC-Client",
				Requests.PHONE_REQUEST_LIST, 0);

		assertThat(decide(policy(Map.of("pool", "lync.schertz.local")), request))
			.isEqualTo(new Ignored(Reason.NOT_INFORM, type.name() + ": this responder never leases an address"));
	}

	@Test
	void ignoresRepliesOfOtherServers() {
		DhcpMessage reply = answer(policy(Map.of("pool", "lync.schertz.local")),
				Requests.inform("MS-UC-Client", Requests.PHONE_REQUEST_LIST))
			.reply();

		assertThat(reason(decide(policy(Map.of("pool", "lync.schertz.local")), reply))).isEqualTo(Reason.NOT_A_REQUEST);
	}

	@Test
	void answersRelayedInformsOnlyWhenAllowedAndThroughTheRelay() {
		DhcpMessage relayed = relayed(new byte[] { 10, 20, 30, 40 }, new byte[] { 10, 20, 30, 1 });
		PhoneProvisioning provisioning = provisioning(Map.of("pool", "lync.schertz.local", "scope", "10.20.30.0/24"));

		Decision refused = new InformPolicy(LINK, false, new ProvisioningByAddress(provisioning)).decide(relayed,
				RELAY);
		Answer allowed = (Answer) new InformPolicy(LINK, true, new ProvisioningByAddress(provisioning)).decide(relayed,
				RELAY);

		assertThat(reason(refused)).isEqualTo(Reason.RELAYED);
		assertThat(allowed.destination()).isEqualTo(Ipv4Address.parse("10.20.30.1"));
		assertThat(allowed.port()).isEqualTo(67);
		assertThat(allowed.reply().giaddr()).containsExactly(10, 20, 30, 1);
	}

	@Test
	void answersARelayOnlyForTheScopeItServesAsIscAndKeaDo() {
		InformPolicy policy = relaying(Map.of("pool", "lync.schertz.local", "scope", "198.51.100.0/24"));

		assertThat(policy.decide(relayed(ip(198, 51, 100, 20), ip(198, 51, 100, 1)), RELAY)).isInstanceOf(Answer.class);
		assertThat(policy.decide(relayed(ip(198, 51, 100, 20), ip(203, 0, 113, 77)), RELAY))
			.isEqualTo(new Ignored(Reason.OUTSIDE_SCOPE, "giaddr 203.0.113.77 is outside the scope and sites served"));
		assertThat(reason(policy.decide(relayed(ip(203, 0, 113, 20), ip(198, 51, 100, 1)), RELAY)))
			.isEqualTo(Reason.OUTSIDE_SCOPE);
	}

	@Test
	void answersARelayOnlyWhenGiaddrAndCiaddrLieInOneSite() {
		InformPolicy policy = relaying(Map.of("pool", "lync.schertz.local", "sites",
				"north,198.51.100.0/25,sba-north.branch.schertz.local\nsouth,198.51.100.128/25"));

		Answer south = (Answer) policy.decide(relayed(ip(198, 51, 100, 200), ip(198, 51, 100, 129)), RELAY);
		assertThat(south.site()).contains("south");
		assertThat(south.destination()).isEqualTo(Ipv4Address.parse("198.51.100.129"));
		assertThat(reason(policy.decide(relayed(ip(198, 51, 100, 20), ip(198, 51, 100, 129)), RELAY)))
			.isEqualTo(Reason.OUTSIDE_SCOPE);
		assertThat(reason(policy.decide(relayed(ip(198, 51, 100, 20), ip(203, 0, 113, 77)), RELAY)))
			.isEqualTo(Reason.OUTSIDE_SCOPE);
	}

	@Test
	void neverAnswersABroadcastOrNetworkAddressDirectOrRelayed() {
		InformPolicy direct = policy(Map.of("pool", "lync.schertz.local"));
		InformPolicy relay = relaying(Map.of("pool", "lync.schertz.local", "scope", "198.51.100.0/24"));

		for (byte[] ciaddr : List.of(ip(192, 0, 2, 255), ip(192, 0, 2, 0))) {
			DhcpMessage request = Requests.message(MessageType.DHCPINFORM, ciaddr, new byte[4], "MS-UC-Client", null,
					0);
			assertThat(reason(direct.decide(request, Ipv4Address.of(ciaddr)))).isEqualTo(Reason.NOT_A_HOST);
		}
		assertThat(relay.decide(relayed(ip(198, 51, 100, 255), ip(198, 51, 100, 1)), RELAY)).isEqualTo(
				new Ignored(Reason.NOT_A_HOST, "ciaddr 198.51.100.255 is the broadcast address of 198.51.100.0/24"));
		assertThat(reason(relay.decide(relayed(ip(198, 51, 100, 0), ip(198, 51, 100, 1)), RELAY)))
			.isEqualTo(Reason.NOT_A_HOST);
		assertThat(reason(relay.decide(relayed(ip(198, 51, 100, 20), ip(198, 51, 100, 255)), RELAY)))
			.isEqualTo(Reason.NOT_A_HOST);
		assertThat(reason(relay.decide(relayed(ip(255, 255, 255, 255), ip(198, 51, 100, 1)), RELAY)))
			.isEqualTo(Reason.NOT_A_HOST);
	}

	@Test
	void answersOnlySendersOnItsLinkAskingForTheirOwnAddress() {
		InformPolicy policy = policy(Map.of("pool", "lync.schertz.local"));
		DhcpMessage phone = Requests.inform("MS-UC-Client", null);

		assertThat(policy.decide(phone, Ipv4Address.parse("198.51.100.10")))
			.isEqualTo(new Ignored(Reason.NOT_ON_LINK, "source 198.51.100.10 is not on eth0 192.0.2.1/24"));
		assertThat(policy.decide(phone, Ipv4Address.parse("192.0.2.66")))
			.isEqualTo(new Ignored(Reason.NOT_THE_SENDER, "ciaddr 192.0.2.10 is not the sender's address 192.0.2.66"));
		assertThat(policy.decide(phone, Ipv4Address.parse("192.0.2.10"))).isInstanceOf(Answer.class);
	}

	@Test
	void ignoresInformsWithoutCiaddrOrFromAnotherSubnet() {
		InformPolicy policy = policy(Map.of("pool", "lync.schertz.local"));

		assertThat(reason(decide(policy,
				Requests.message(MessageType.DHCPINFORM, new byte[4], new byte[4], "MS-UC-Client", null, 0))))
			.isEqualTo(Reason.NO_CIADDR);
		assertThat(reason(decide(policy, Requests.message(MessageType.DHCPINFORM, new byte[] { (byte) 198, 51, 100, 7 },
				new byte[4], "MS-UC-Client", null, 0))))
			.isEqualTo(Reason.NOT_ON_LINK);
	}

	@Test
	void answersOnlyInsideTheScopeWhenOneIsGiven() {
		InformPolicy inside = policy(Map.of("pool", "lync.schertz.local", "scope", "192.0.2.0/25"));
		InformPolicy outside = policy(Map.of("pool", "lync.schertz.local", "scope", "192.0.2.128/25"));
		DhcpMessage request = Requests.inform("MS-UC-Client", Requests.PHONE_REQUEST_LIST);

		assertThat(decide(inside, request)).isInstanceOf(Answer.class);
		assertThat(reason(decide(outside, request))).isEqualTo(Reason.OUTSIDE_SCOPE);
	}

	@Test
	void answersEachClientWithTheSiteWhoseScopeHoldsItsCiaddr() {
		InformPolicy policy = policy(Map.of("pool", "lync.schertz.local", "sites",
				"north,192.0.2.0/26,sba-north.branch.schertz.local\nsouth,192.0.2.64/26"));

		Answer north = answer(policy, informFrom(192, 0, 2, 10));
		Answer south = answer(policy, informFrom(192, 0, 2, 70));

		assertThat(north.site()).contains("north");
		assertThat(hex(north.reply().option(120).orElseThrow()))
			.isEqualTo("0009736261" + "2D6E6F727468" + "066272616E6368077363686572747A056C6F63616C00");
		assertThat(south.site()).contains("south");
		assertThat(hex(south.reply().option(120).orElseThrow())).isEqualTo(OPTION_120);
		assertThat(hex(north.reply().option(43).orElseThrow())).isEqualTo(OPTION_43);
		assertThat(hex(south.reply().option(43).orElseThrow())).isEqualTo(OPTION_43);
	}

	@Test
	void givesAClientInNoSitesScopeOption43Only() {
		InformPolicy policy = policy(Map.of("pool", "lync.schertz.local", "sites",
				"north,192.0.2.0/26,sba-north.branch.schertz.local\nsouth,192.0.2.64/26"));

		Answer elsewhere = answer(policy, informFrom(192, 0, 2, 200));

		assertThat(elsewhere.site()).isEmpty();
		assertThat(elsewhere.sent()).containsExactly(43);
		assertThat(hex(elsewhere.reply().option(43).orElseThrow())).isEqualTo(OPTION_43);
	}

	private static DhcpMessage relayed(byte[] ciaddr, byte[] giaddr) {
		return Requests.message(MessageType.DHCPINFORM, ciaddr, giaddr, "MS-UC-Client", Requests.PHONE_REQUEST_LIST, 0);
	}

	private static byte[] ip(int a, int b, int c, int d) {
		return new byte[] { (byte) a, (byte) b, (byte) c, (byte) d };
	}

	/** A direct client sends from its ciaddr. */
	private static Decision decide(InformPolicy policy, DhcpMessage request) {
		return policy.decide(request, Ipv4Address.of(request.ciaddr()));
	}

	private static InformPolicy relaying(Map<String, String> inputs) {
		return new InformPolicy(LINK, true, new ProvisioningByAddress(provisioning(inputs)));
	}

	private static DhcpMessage informFrom(int... ciaddr) {
		byte[] address = { (byte) ciaddr[0], (byte) ciaddr[1], (byte) ciaddr[2], (byte) ciaddr[3] };
		return Requests.message(MessageType.DHCPINFORM, address, new byte[4], "MS-UC-Client",
				Requests.PHONE_REQUEST_LIST, 0);
	}

	private static DhcpMessage sized(int maxMessageSize) {
		return Requests.message(MessageType.DHCPINFORM, Requests.CLIENT, new byte[4], null, null, maxMessageSize);
	}

	private static InformPolicy policy(Map<String, String> inputs) {
		return new InformPolicy(LINK, false, new ProvisioningByAddress(provisioning(inputs)));
	}

	private static PhoneProvisioning provisioning(Map<String, String> inputs) {
		return ProvisioningInputs.parse(inputs).provisioning().orElseThrow();
	}

	private static Answer answer(InformPolicy policy, DhcpMessage request) {
		Decision decision = decide(policy, request);
		assertThat(decision).isInstanceOf(Answer.class);
		return (Answer) decision;
	}

	private static Reason reason(Decision decision) {
		assertThat(decision).isInstanceOf(Ignored.class);
		return ((Ignored) decision).reason();
	}

	private static String hex(byte[] bytes) {
		return HexFormat.of().withUpperCase().formatHex(bytes);
	}

}
