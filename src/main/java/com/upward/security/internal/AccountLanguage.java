package com.upward.security.internal;

import com.upward.base.i18n.Messages;
import com.upward.base.i18n.PersonalLanguage;
import com.upward.security.CurrentUser;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;

/** The language on the signed-in person's account, read when a page opens (they may have changed it elsewhere). */
@Component
class AccountLanguage implements PersonalLanguage {

    private final CurrentUser currentUser;
    private final AppUserRepository users;
    private final MyAccountService myAccount;

    AccountLanguage(CurrentUser currentUser, AppUserRepository users, MyAccountService myAccount) {
        this.currentUser = currentUser;
        this.users = users;
        this.myAccount = myAccount;
    }

    @Override
    public Optional<Locale> ofSignedInPerson() {
        return currentUser.get().flatMap(me -> users.findLanguage(me.userId()))
                .map(Locale::forLanguageTag).filter(Messages::supports);
    }

    @Override
    public boolean rememberBrowserLanguage(Locale language) {
        if (currentUser.get().isEmpty()) {
            return false;
        }
        myAccount.rememberMyBrowserLanguage(language);
        return true;
    }
}
