package com.upward.security.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With single sign-on turned on and a provider registered, the login page offers it and the sign-in starts an
 * OpenID Connect authorization request to the provider. (No provider runs here; the role mapping and the account
 * logic have their own tests.)
 */
@SpringBootTest(properties = {
        "upward.sso.enabled=true",
        "upward.sso.button-label=Sign in with Contoso",
        "spring.security.oauth2.client.registration.sso.client-id=upward-portal",
        "spring.security.oauth2.client.registration.sso.client-secret=not-a-real-secret",
        "spring.security.oauth2.client.registration.sso.scope=openid,profile,email",
        "spring.security.oauth2.client.registration.sso.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.sso.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.sso.authorization-uri=https://idp.example.test/authorize",
        "spring.security.oauth2.client.provider.sso.token-uri=https://idp.example.test/token",
        "spring.security.oauth2.client.provider.sso.jwk-set-uri=https://idp.example.test/jwks",
        "spring.security.oauth2.client.provider.sso.user-name-attribute=sub"})
@ViewPackages(packages = "com.upward")
class SsoLoginTest extends SpringBrowserlessTest {

    @Autowired
    FilterChainProxy securityFilters;
    @Autowired
    WebApplicationContext context;

    @Test
    void theLoginPageOffersTheCompanyAccount() {
        navigate(LoginView.class);
        assertThat($(Anchor.class).all()).anySatisfy(link -> {
            assertThat(link.getText()).isEqualTo("Sign in with Contoso");
            assertThat(link.getHref()).isEqualTo("/oauth2/authorization/sso");
            assertThat(link.getElement().hasAttribute("router-ignore")).isTrue();
        });
    }

    @Test
    void theSignInGoesToTheProviderAsAnOpenIdConnectRequest() throws Exception {
        var servletContext = context.getServletContext();
        servletContext.setAttribute(WebApplicationContext.ROOT_WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
        var request = new MockHttpServletRequest(servletContext, "GET", "/oauth2/authorization/sso");
        var response = new MockHttpServletResponse();
        securityFilters.doFilter(request, response, new MockFilterChain());
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).startsWith("https://idp.example.test/authorize?").contains(
                "response_type=code", "client_id=upward-portal", "scope=openid%20profile%20email", "state=",
                "nonce=", "redirect_uri=http://localhost/login/oauth2/code/sso");
    }
}
