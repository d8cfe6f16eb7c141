package com.upward.security;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Page speed (issue 23): the bundle's files, whose names carry a hash of their content, are cached for a year
 * without revalidation; a missing one is not cached; the server's own answers are compressed.
 */
class StaticResponsesTest extends RunningServerTest {

    @Test
    void theBundlesFilesAreCachedForAYearAndNeverRevalidated() throws Exception {
        String index = new ClassPathResource("META-INF/VAADIN/webapp/index.html")
                .getContentAsString(StandardCharsets.UTF_8);
        var entry = Pattern.compile("VAADIN/build/indexhtml-[^\"]+\\.js").matcher(index);
        assertThat(entry.find()).as("the entry script in index.html").isTrue();

        var response = get(browser(), entry.group(), "Accept-Encoding", "br");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Cache-Control")).containsExactly("public, max-age=31536000, immutable");
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("br");
    }

    @Test
    void aMissingFileIsNotCached() throws Exception {
        var response = get(browser(), "VAADIN/build/no-such-file-0000.js");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().allValues("Cache-Control")).noneMatch(v -> v.contains("immutable"));
    }

    @Test
    void theSignInPageIsCompressed() throws Exception {
        var response = get(browser(), "login", "Accept-Encoding", "gzip");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(response.body()).as("gzip bytes, not the page").doesNotContain("<html");
    }
}
