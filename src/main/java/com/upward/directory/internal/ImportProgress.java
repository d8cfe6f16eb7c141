package com.upward.directory.internal;

import com.upward.base.i18n.Text;

/** Told how far an import has come, so that the screen can show it. Called from the thread doing the work. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (step, done, total) -> { };
    Text READING_FILE = Text.of("directory.import.step.reading-file");
    Text CHECKING_ROWS = Text.of("directory.import.step.checking-rows");
    Text LOADING_DIRECTORY = Text.of("directory.import.step.loading-directory");
    Text WRITING = Text.of("directory.import.step.writing");

    /** {@code step} names what is being done ("Checking rows"). */
    void update(Text step, int done, int total);
}
