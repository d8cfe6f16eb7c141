package com.upward.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class whose queries read other features' tables on purpose. The rule (checked by DataAccessRuleTest): a
 * feature reads its own tables, and another feature's data only through that feature's service. A read model is
 * the exception: a read-only query class that aggregates across features in one statement, where going through
 * each feature's API would load every row into memory (reporting's metrics, the dashboards' figures). It never
 * writes another feature's tables. {@link #value} says why this class needs it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ReadModel {

    /** Why this class reads across features instead of asking the owners. */
    String value();
}
