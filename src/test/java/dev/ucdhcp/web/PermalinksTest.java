package dev.ucdhcp.web;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.ucdhcp.encoding.HexStyle;
import dev.ucdhcp.encoding.OptionDecoder;
import dev.ucdhcp.encoding.Permalink;
import dev.ucdhcp.encoding.PhoneProvisioning;
import dev.ucdhcp.encoding.ProvisioningInputs;
import dev.ucdhcp.encoding.Scheme;
import dev.ucdhcp.support.RandomInputs;
import dev.ucdhcp.vendors.TargetRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The page's permalinks (address bar, files, change record) and the decoder's rebuild
 * link are written by {@link Permalink} and read back by it as what they were written
 * for; the page itself reads its permalink as the same inputs (it pushes the same URL
 * back).
 */
@WebSlice
@TestPropertySource(properties = { "ucdhcp.base-url=https://ucdhcp.example.com/", "ucdhcp.render-cache.enabled=false" })
class PermalinksTest {

	private static final String BASE = "https://ucdhcp.example.com";

	private static final TargetRegistry TARGETS = new TargetRegistry();

	@Autowired
	private Permalinks permalinks;

	@Autowired
	private MockMvc mvc;

	@Test
	void everyLinkThePageWritesReadsBackAsItsInputs() {
		List<Map<String, String>> samples = RandomInputs.samples(1206L, 2000, RandomInputs::provisioningInputs)
			.toList();
		SubmissionReader reader = new SubmissionReader(TARGETS);
		for (int i = 0; i < samples.size(); i++) {
			String vendor = TARGETS.ids().get(i % TARGETS.ids().size());
			Map<String, String> query = new LinkedHashMap<>(samples.get(i));
			query.put(Submission.VENDOR, vendor);
			Submission submission = reader.read(query);
			PhoneProvisioning provisioning = submission.provisioning().orElseThrow();
			Permalink expected = Permalink.of(provisioning, vendor);
			for (String link : List.of(this.permalinks.relative(provisioning, vendor),
					this.permalinks.page(provisioning, vendor), this.permalinks.absolute(provisioning, vendor),
					this.permalinks.query(provisioning, vendor), this.permalinks.relative(submission))) {
				assertThat(Permalink.read(link)).as("sample %d: %s", i, link).isEqualTo(expected);
			}
			assertThat(this.permalinks.page(provisioning, vendor)).startsWith(BASE + "/?");
		}
	}

	@Test
	void anInvalidFormsAddressReadsBackAsWhatWasTyped() {
		RandomInputs random = new RandomInputs(22);
		SubmissionReader reader = new SubmissionReader(TARGETS);
		for (int i = 0; i < 500; i++) {
			Map<String, String> query = new LinkedHashMap<>(random.provisioningInputs());
			query.put(ProvisioningInputs.NAMES.get(random.nextInt(ProvisioningInputs.NAMES.size())),
					" x" + random.hostile() + "y ");
			query.put(Submission.VENDOR, (i % 5 == 0) ? "bind" : "kea");
			Submission submission = reader.read(query);
			Permalink read = Permalink.read(this.permalinks.relative(submission));
			assertThat(read.vendor()).contains(query.get(Submission.VENDOR));
			Map<String, String> typed = new LinkedHashMap<>();
			submission.typed().forEach((name, value) -> {
				if (!value.isBlank()) {
					typed.put(name, value.strip());
				}
			});
			assertThat(read.inputs()).as("%s", query).isEqualTo(typed);
		}
	}

	@Test
	void theDecodersRebuildLinkReadsBackAsWhatTheCutValueStillNames() {
		List<Map<String, String>> samples = RandomInputs.samples(43L, 2000, RandomInputs::provisioningInputs).toList();
		int cut = 0;
		for (Map<String, String> sample : samples) {
			PhoneProvisioning provisioning = ProvisioningInputs.parse(sample).provisioning().orElseThrow();
			byte[] option43 = provisioning.option43().bytes();
			// cut inside sub-option 5, the path: every other sub-option is still whole
			int pathLength = provisioning.path().value().length();
			if (pathLength < 2) {
				continue;
			}
			byte[] shortened = Arrays.copyOf(option43, option43.length - 1);
			DecodeView view = DecodeView.of(OptionDecoder.decode(HexStyle.CANONICAL.format(shortened)));
			assertThat(view.rebuildHref()).as("a cut value gets a rebuild link").isNotEmpty();
			cut++;
			Map<String, String> expected = new LinkedHashMap<>();
			// the web services FQDN goes to web; the pool's field stays empty (issue 26)
			expected.put(ProvisioningInputs.WEB, provisioning.webServicesFqdn().value());
			if (provisioning.port().value() != 443) {
				expected.put(ProvisioningInputs.PORT, provisioning.port().toString());
			}
			if (provisioning.scheme() != Scheme.HTTPS) {
				expected.put(ProvisioningInputs.SCHEME, provisioning.scheme().text());
			}
			assertThat(Permalink.read(view.rebuildHref())).as(view.rebuildHref())
				.isEqualTo(new Permalink(expected, Optional.empty()));
		}
		assertThat(cut).isGreaterThan(1000);
	}

	@Test
	void thePageAndTheChangeRecordReadThePermalinkAsItsInputs() throws Exception {
		List<Map<String, String>> samples = RandomInputs.samples(120L, 60, RandomInputs::provisioningInputs).toList();
		for (int i = 0; i < samples.size(); i++) {
			String vendor = TARGETS.ids().get(i % TARGETS.ids().size());
			PhoneProvisioning provisioning = ProvisioningInputs.parse(samples.get(i)).provisioning().orElseThrow();
			String relative = this.permalinks.relative(provisioning, vendor);
			String pushed = this.mvc.perform(get(URI.create(relative)).header("HX-Request", "true"))
				.andReturn()
				.getResponse()
				.getHeader("HX-Push-Url");
			assertThat(pushed).as("the page read %s as the same inputs", relative).isEqualTo(relative);
			if (i % 6 == 0) {
				String record = this.mvc
					.perform(get(URI.create("/record?" + this.permalinks.query(provisioning, vendor))))
					.andReturn()
					.getResponse()
					.getContentAsString();
				assertThat(record).contains(HtmlUtils.htmlEscape(this.permalinks.page(provisioning, vendor)));
			}
		}
	}

}
