package dev.ucdhcp.web.http;

import java.nio.charset.StandardCharsets;

import dev.ucdhcp.web.WebSlice;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@WebSlice
class RenderCacheFilterTest {

	@Autowired
	private MockMvc mvc;

	@Test
	void theETagIsAWeak64BitChecksumThatTellsBodiesApart() {
		byte[] page = "<p>lync.schertz.local</p>".getBytes(StandardCharsets.UTF_8);
		byte[] other = "<p>lync.schertz.locam</p>".getBytes(StandardCharsets.UTF_8);
		assertThat(Etags.weak(page)).matches("W/\"[0-9a-f]{16}\"")
			.isEqualTo(Etags.weak(page.clone()))
			.isNotEqualTo(Etags.weak(other));
	}

	@Test
	void aReplayedPageEqualsTheRenderedOneWithItsHeaders() throws Exception {
		MvcResult first = this.mvc.perform(get("/?pool=cache1.contoso.com&vendor=kea").header("HX-Request", "true"))
			.andReturn();
		MvcResult second = this.mvc.perform(get("/?pool=cache1.contoso.com&vendor=kea").header("HX-Request", "true"))
			.andReturn();
		assertThat(second.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString())
			.contains("cache1.contoso.com");
		assertThat(second.getResponse().getHeader("HX-Push-Url")).isEqualTo("/?pool=cache1.contoso.com&vendor=kea");
		assertThat(second.getResponse().getContentType()).isEqualTo(first.getResponse().getContentType());
	}

	@Test
	void theFragmentAndTheFullPageAreCachedApart() throws Exception {
		String fragment = this.mvc.perform(get("/?pool=cache2.contoso.com").header("HX-Request", "true"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String page = this.mvc.perform(get("/?pool=cache2.contoso.com")).andReturn().getResponse().getContentAsString();
		String restored = this.mvc
			.perform(get("/?pool=cache2.contoso.com").header("HX-Request", "true")
				.header("HX-History-Restore-Request", "true"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).doesNotContain("<html");
		assertThat(page).contains("<html");
		assertThat(restored).isEqualTo(page);
	}

	@Test
	void aDownloadIsReplayedWithItsFileName() throws Exception {
		this.mvc.perform(get("/download/isc?pool=cache3.contoso.com")).andReturn();
		MvcResult replayed = this.mvc.perform(get("/download/isc?pool=cache3.contoso.com")).andReturn();
		assertThat(replayed.getResponse().getHeader("Content-Disposition")).contains("attachment").contains(".conf");
		assertThat(replayed.getResponse().getContentAsString()).contains("cache3.contoso.com");
	}

	@Test
	void differentParametersNeverShareAnEntry() throws Exception {
		String https = this.mvc.perform(get("/api/v1/options").param("pool", "cache4.contoso.com"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String http = this.mvc
			.perform(get("/api/v1/options").param("pool", "cache4.contoso.com").param("scheme", "http"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(https).contains("6874747073").doesNotContain("HTTP_SCHEME");
		assertThat(http).contains("HTTP_SCHEME");
	}

	@Test
	void aUrlIsStoredTheSecondTimeItIsAskedFor() throws Exception {
		MvcResult once = this.mvc.perform(get("/?pool=cache7.contoso.com&vendor=isc")).andReturn();
		MvcResult twice = this.mvc.perform(get("/?pool=cache7.contoso.com&vendor=isc")).andReturn();
		MvcResult thrice = this.mvc.perform(get("/?pool=cache7.contoso.com&vendor=isc")).andReturn();
		assertThat(once.getResponse().getHeader("ETag")).as("asked once: rendered, not stored").isNull();
		assertThat(twice.getResponse().getHeader("ETag")).as("asked twice: stored").startsWith("W/\"");
		assertThat(thrice.getResponse().getHeader("ETag")).isEqualTo(twice.getResponse().getHeader("ETag"));
		assertThat(thrice.getResponse().getContentAsString()).isEqualTo(once.getResponse().getContentAsString())
			.isEqualTo(twice.getResponse().getContentAsString());
	}

	@Test
	void aBrowserThatHasTheBodyRevalidatesWithA304() throws Exception {
		this.mvc.perform(get("/api/v1/options").param("pool", "cache5.contoso.com")).andReturn();
		MvcResult first = this.mvc.perform(get("/api/v1/options").param("pool", "cache5.contoso.com")).andReturn();
		String etag = first.getResponse().getHeader("ETag");
		assertThat(etag).startsWith("W/\"");
		MvcResult again = this.mvc
			.perform(get("/api/v1/options").param("pool", "cache5.contoso.com").header("If-None-Match", etag))
			.andReturn();
		assertThat(again.getResponse().getStatus()).isEqualTo(304);
		assertThat(again.getResponse().getContentAsByteArray()).isEmpty();
		MvcResult other = this.mvc
			.perform(get("/api/v1/options").param("pool", "cache6.contoso.com").header("If-None-Match", etag))
			.andReturn();
		assertThat(other.getResponse().getStatus()).isEqualTo(200);
	}

}
