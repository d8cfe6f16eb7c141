package com.upward.security.internal;

import com.upward.base.Role;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.Map;

/**
 * {@code upward.sso.*}: single sign-on through OpenID Connect, off by default. The provider itself is a standard
 * Spring Security client registration ({@code spring.security.oauth2.client.registration.<registration-id>.*});
 * see docs/security.md.
 */
@ConfigurationProperties("upward.sso")
public record SsoProperties(boolean enabled, String registrationId, String buttonLabel, String rolesClaim,
                            Map<Role, List<String>> roleGroups) {

    public SsoProperties {
        registrationId = registrationId == null ? "sso" : registrationId;
        buttonLabel = buttonLabel == null ? "Sign in with your company account" : buttonLabel;
        rolesClaim = rolesClaim == null ? "groups" : rolesClaim;
        roleGroups = roleGroups == null ? Map.of() : Map.copyOf(roleGroups);
    }

    public SsoRoleMapping mapping() {
        return new SsoRoleMapping(rolesClaim, roleGroups);
    }

    public String loginPath() {
        return "/oauth2/authorization/" + registrationId;
    }
}
