package io.github.courseport.adapters.batch;

import io.github.courseport.adapters.http.naptime.Verdict;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * Verdicts the batch transport makes itself, for failures no HTTP answer classified (a sub-response
 * missing from a batch answer, a batch request that failed as a whole).
 *
 * <p>{@link Verdict.Transient}'s components are changing in the HTTP adapter (a status is being
 * added), and no constructor is common to both forms; until {@code naptime} offers a stable
 * factory, the record's canonical constructor is looked up by its components, the components beyond
 * the reason left empty (no {@code Retry-After}, no status).
 */
final class Verdicts {
  private static final Constructor<?> TRANSIENT = canonical();

  private Verdicts() {}

  /** A transient failure with this reason and no HTTP answer behind it. */
  static Verdict transientFailure(String reason) {
    RecordComponent[] components = Verdict.Transient.class.getRecordComponents();
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      Class<?> type = components[i].getType();
      if (i == 0) {
        args[i] = reason;
      } else if (type == int.class) {
        args[i] = 0;
      } else if (type == long.class) {
        args[i] = 0L;
      } else if (type == boolean.class) {
        args[i] = false;
      } else {
        args[i] = null;
      }
    }
    try {
      return (Verdict) TRANSIENT.newInstance(args);
    } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot make a transient verdict", e);
    }
  }

  private static Constructor<?> canonical() {
    RecordComponent[] components = Verdict.Transient.class.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
    }
    if (types.length == 0 || types[0] != String.class) {
      throw new IllegalStateException("Verdict.Transient no longer starts with its reason");
    }
    try {
      return Verdict.Transient.class.getDeclaredConstructor(types);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("Verdict.Transient has no canonical constructor", e);
    }
  }
}
