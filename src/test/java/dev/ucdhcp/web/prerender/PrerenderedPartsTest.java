package dev.ucdhcp.web.prerender;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.ucdhcp.support.RandomInputs;
import dev.ucdhcp.vendors.TargetRegistry;
import dev.ucdhcp.web.FormView;
import dev.ucdhcp.web.SubmissionReader;
import dev.ucdhcp.web.WebSlice;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The parts of the form rendered ahead change nothing but the cost: every page and htmx
 * fragment reads byte for byte the same before they are ready (each part rendered by its
 * template in the page) and after (the parts written as they were rendered ahead, the
 * result part and the page learnt from the first of their shape, then filled from their
 * skeletons).
 */
@WebSlice
@TestPropertySource(properties = { "ucdhcp.prerendered-parts.enabled=false", "ucdhcp.render-cache.enabled=false" })
class PrerenderedPartsTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private PrerenderedParts parts;

	@Test
	void pagesAndFragmentsReadTheSameWithThePartsRenderedAhead() throws Exception {
		List<Map<String, String>> queries = queries();
		List<String> before = new ArrayList<>();
		for (Map<String, String> query : queries) {
			before.add(page(query, false));
			before.add(page(query, true));
		}
		TargetRegistry targets = new TargetRegistry();
		FormView untouched = FormView.of(new SubmissionReader(targets).read(Map.of()), targets);
		assertThat(this.parts.reusable(untouched)).as("nothing rendered ahead yet").isEqualTo(ReusableParts.NONE);

		this.parts.render();
		ReusableParts ahead = this.parts.reusable(untouched);
		assertThat(ahead.fields()).as("fields rendered ahead").hasSize(untouched.fields().size());
		assertThat(ahead.errors()).as("error lines rendered ahead").hasSize(untouched.fields().size());
		assertThat(ahead.sites()).as("sites part rendered ahead").isNotNull();
		assertThat(ahead.vendors()).as("tabs rendered ahead").isNotNull();
		SubmissionReader reader = new SubmissionReader(targets);
		FormView typed = FormView.of(reader.read(Map.of("pool", "lync.schertz.local", "port", "444")), targets);
		assertThat(this.parts.reusable(typed).fields()).as("valid values filled in")
			.containsKeys("pool", "port")
			.hasSize(untouched.fields().size());
		FormView wrong = FormView.of(reader.read(Map.of("pool", "not a name")), targets);
		assertThat(this.parts.reusable(wrong).fields()).as("a wrong value is rendered with its error")
			.doesNotContainKey("pool");

		for (String pass : List.of("learning the shapes", "filling the skeletons")) {
			List<String> after = new ArrayList<>();
			for (Map<String, String> query : queries) {
				after.add(page(query, false));
				after.add(page(query, true));
			}
			for (int i = 0; i < before.size(); i++) {
				assertThat(after.get(i)).as("%s: query %s, htmx %s", pass, queries.get(i / 2), i % 2 == 1)
					.isEqualTo(before.get(i));
			}
		}
		assertThat(this.parts.resultShapes()).as("result shapes with a skeleton").isGreaterThan(10);
		assertThat(this.parts.pageShapes()).as("page shapes with a skeleton").isGreaterThan(1);
	}

	private String page(Map<String, String> query, boolean htmx) throws Exception {
		MockHttpServletRequestBuilder request = get("/");
		query.forEach(request::param);
		if (htmx) {
			request.header("HX-Request", "true");
		}
		return this.mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

	/** The first visit, each server, errors, a pasted URL, sites, and random inputs. */
	private static List<Map<String, String>> queries() {
		List<Map<String, String>> queries = new ArrayList<>();
		queries.add(Map.of());
		for (String vendor : new TargetRegistry().ids()) {
			queries.add(Map.of("pool", "lync.schertz.local", "vendor", vendor));
			// the same shape with other names, markup characters in the path and URL
			queries.add(Map.of("pool", "sip.contoso.com", "vendor", vendor, "path", "/a&b/c'd.svc"));
			queries.add(Map.of("pool", "pool01.branch.example.org", "web", "webext-very-long-name.branch.example.org",
					"vendor", vendor, "vlan", "220", "scheme", "http", "sites",
					"berlin,10.20.30.0/24\nparis,10.20.40.0/24,sba1.example.org"));
		}
		queries.add(Map.of("pool", "lync.schertz.local", "vendor", "bind"));
		queries.add(Map.of("pool", "not a name"));
		queries.add(Map.of("pool", "https://lync.contoso.com/CertProv/CertProvisioningService.svc"));
		queries.add(Map.of("pool", " "));
		queries.add(Map.of("pool", "lync.schertz.local", "port", "444", "ntp", "10.0.0.1"));
		queries.add(Map.of("pool", "lync.schertz.local", "site", "berlin", "scope", "10.20.30.0/24"));
		queries.add(Map.of("pool", "lync.schertz.local", "sites", "berlin,10.20.30.0/24\nparis,nope"));
		RandomInputs.samples(15, 40, RandomInputs::provisioningInputs).forEach(queries::add);
		return queries;
	}

}
