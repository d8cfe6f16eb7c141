package com.upward.directory.internal;

/** Told how far an import has come, so that the screen can show it. Called from the thread doing the work. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (step, done, total) -> { };

    void update(String step, int done, int total);
}
