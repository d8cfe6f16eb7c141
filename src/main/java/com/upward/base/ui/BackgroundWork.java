package com.upward.base.ui;

import com.vaadin.flow.component.UI;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs slow work off the UI thread as the signed-in user, and hands its result back to the UI. The page polls while
 * the work runs, so progress shows without server push.
 */
public final class BackgroundWork {

    private static final int POLL_MS = 300;

    private BackgroundWork() {
    }

    /** Returns a future that completes once the outcome has been queued for the UI (tests wait on it). */
    public static <T> CompletableFuture<Void> run(UI ui, Supplier<T> work, Consumer<T> onSuccess,
                                           Consumer<RuntimeException> onFailure) {
        ui.setPollInterval(POLL_MS);
        var result = new CompletableFuture<T>();
        Runnable task = new DelegatingSecurityContextRunnable(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        }, SecurityContextHolder.getContext());
        Thread.ofVirtual().name("upward-background-work").start(task);
        return result.handle((value, error) -> {
            ui.access(() -> {
                ui.setPollInterval(-1);
                if (error == null) {
                    onSuccess.accept(value);
                } else {
                    onFailure.accept(error instanceof RuntimeException re ? re : new IllegalStateException(error));
                }
            });
            return null;
        });
    }

    /** Pushes a progress update into the UI; cheap enough to call every few hundred rows. */
    public static void report(UI ui, Runnable update) {
        ui.access(update::run);
    }
}
