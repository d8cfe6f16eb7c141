package com.upward.base;

import jakarta.persistence.EntityManager;

/**
 * Serialises edits of one record. Optimistic locking alone lets two saves of the same version both pass the
 * service's version check and fails the second only at commit, with an error instead of the conflict message.
 * Locking the row first makes the second save wait until the first commits and then read the version it wrote.
 */
public final class RowLocks {

    private RowLocks() {
    }

    /**
     * Locks the row of a versioned table until the transaction ends and returns its committed version (a locking
     * read sees the latest commit, also under MySQL's repeatable read). {@code table} is a constant of the caller.
     */
    public static long lockedVersion(EntityManager em, String table, long id) {
        Object version = em.createNativeQuery("select version from " + table + " where id = ? for update")
                .setParameter(1, id).getResultStream().findFirst().orElse(-1L);
        return ((Number) version).longValue();
    }
}
