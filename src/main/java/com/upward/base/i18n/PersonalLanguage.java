package com.upward.base.i18n;

import java.util.Locale;
import java.util.Optional;

/**
 * The language the signed-in person chose on their profile, and the one their browser asks for. Owned here so that the shell can ask for it; implemented
 * by security, which knows who is signed in.
 */
public interface PersonalLanguage {

    /** Empty when nobody is signed in or the person has not chosen (then the browser's language counts). */
    Optional<Locale> ofSignedInPerson();

    /**
     * Remembers the language a page opened in for the signed-in person who has chosen none, for the emails and
     * notifications sent while they are away; false when nobody is signed in.
     */
    boolean rememberBrowserLanguage(Locale language);
}
