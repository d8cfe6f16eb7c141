package com.upward.security;

import com.upward.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/images/**", "/actuator/health").permitAll())
                // the reports page previews its PDF in an iframe of the same origin; other sites may not frame us
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                        .loginView(LoginView.class, "/login")
                        // Unknown paths reach Vaadin, which answers with the friendly "not found" page
                        // (status 404) instead of an empty 403.
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated))
                .build();
    }

    /** Delegating encoder: stores {bcrypt} hashes today and still reads older formats after a change. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
