package com.upward.security;

import com.upward.base.BusinessRuleException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@Tag("db")
@Transactional
class UserAccountServiceTest {

    @Autowired
    UserAccountService accounts;
    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder passwordEncoder;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @Test
    @WithMockUser(roles = "ADMIN")
    void adminCreatesAnAccountWithAHashedOneTimePassword() {
        long id = accounts.createAccount(account("new.person." + suffix, "new." + suffix + "@example.com"));

        AppUser saved = users.findById(id).orElseThrow();
        assertThat(saved.getUsername()).isEqualTo("new.person." + suffix);
        assertThat(saved.getRoles()).containsExactly(Role.EMPLOYEE);
        assertThat(saved.isMustChangePassword()).isTrue();
        assertThat(saved.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("Temp-pass-42");
        assertThat(passwordEncoder.matches("Temp-pass-42", saved.getPasswordHash())).isTrue();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void duplicateUsernameIsRefusedWithAMessage() {
        accounts.createAccount(account("twin." + suffix, "first." + suffix + "@example.com"));

        assertThatThrownBy(() -> accounts.createAccount(account("TWIN." + suffix, "second." + suffix + "@example.com")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("The username \"twin." + suffix + "\" is already taken.")
                .extracting("field").isEqualTo("username");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void duplicateEmailIsRefusedWithAMessage() {
        accounts.createAccount(account("one." + suffix, "shared." + suffix + "@example.com"));

        assertThatThrownBy(() -> accounts.createAccount(account("two." + suffix, "Shared." + suffix + "@example.com")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("Another account already uses Shared." + suffix + "@example.com.")
                .extracting("field").isEqualTo("email");
    }

    @Test
    @WithMockUser(roles = "HR")
    void onlyAnAdminMayCreateAccounts() {
        assertThatThrownBy(() -> accounts.createAccount(account("sneaky." + suffix, "sneaky." + suffix + "@example.com")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(users.existsByUsernameIgnoreCase("sneaky." + suffix)).isFalse();
    }

    private static NewAccount account(String username, String email) {
        return new NewAccount(username, email, "New Person", "Temp-pass-42", null, Set.of(Role.EMPLOYEE));
    }
}
