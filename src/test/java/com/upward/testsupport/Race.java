package com.upward.testsupport;

import com.upward.base.BusinessRuleException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/**
 * Runs work on many threads released at the same moment, each signed in as its own person with a security context
 * of its own (as each request of the app has), and returns each thread's result in order.
 */
public final class Race {

    private static final long TIMEOUT_SECONDS = 120;

    private Race() {
    }

    /** A signed-in user for a thread, read before the race starts. */
    public static Authentication signedIn(UserDetailsService users, String username) {
        UserDetails user = users.loadUserByUsername(username);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    /**
     * The same person saves from two tabs at the same moment: {@code save.apply(tab)} returns what it saved; a
     * refusal counts as its message.
     */
    public static List<String> twoTabs(Authentication who, IntFunction<String> save) {
        return atOnce(List.of(who, who), tab -> {
            try {
                return save.apply(tab);
            } catch (BusinessRuleException refused) {
                return refused.getMessage();
            }
        });
    }

    /** Thread {@code i} runs {@code work.apply(i)} as {@code who.get(i)}; all start together. */
    public static <T> List<T> atOnce(List<Authentication> who, IntFunction<T> work) {
        CountDownLatch ready = new CountDownLatch(who.size());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(who.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < who.size(); i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    SecurityContext context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(who.get(n));
                    SecurityContextHolder.setContext(context);
                    try {
                        ready.countDown();
                        start.await();
                        return work.apply(n);
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            ready.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            }
            return results;
        } catch (ExecutionException e) {
            throw new AssertionError("a thread failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError("the race did not finish", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
