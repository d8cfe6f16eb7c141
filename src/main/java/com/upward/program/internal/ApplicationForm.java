package com.upward.program.internal;

import com.upward.program.LocationPreference;
import java.util.Set;

/**
 * An employee's application: focus areas (mentee) or skills offered (mentor) as topics, what they want to learn or
 * can teach, availability, language wishes and preferences. Null values are "not filled in".
 */
public record ApplicationForm(Set<String> topics, String motivation, String availability, String languagePreference,
                              Long preferredMentorId, LocationPreference locationPreference) {

    public static final int MAX_TOPICS = 10;
    public static final int TOPIC_MAX = 80;
    public static final int MOTIVATION_MAX = 2000;
    public static final int AVAILABILITY_MAX = 200;
    public static final int LANGUAGE_PREFERENCE_MAX = 200;
}
