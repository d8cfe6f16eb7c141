package com.upward.security.internal;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Loads the provider's user (Spring's {@link OidcUserService}) and turns it into the local account with roles. */
class SsoUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final SsoAccounts accounts;
    private final SsoRoleMapping mapping;

    SsoUserService(SsoAccounts accounts, SsoRoleMapping mapping) {
        this.accounts = accounts;
        this.mapping = mapping;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = delegate.loadUser(request);
        try {
            return new SsoUser(accounts.signIn(user.getClaims(), mapping), user.getIdToken(), user.getUserInfo(),
                    user.getClaims());
        } catch (SsoAccounts.Refused e) {
            throw new OAuth2AuthenticationException(new OAuth2Error("access_denied", e.getMessage(), null),
                    e.getMessage());
        }
    }
}
