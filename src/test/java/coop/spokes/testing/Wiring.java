package coop.spokes.testing;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * Hand wiring for persistence tests that run services outside the container: each field of each
 * object is given the entity manager or another of the objects whose type fits; fields nothing fits
 * stay null (the test does not reach them). Stands in for CDI's injection, not for its scopes or
 * interceptors, so the test owns the transaction.
 */
public final class Wiring {
  private Wiring() {}

  /** Wires {@code objects} to each other and to {@code em}; returns nothing, as CDI would. */
  public static void wire(EntityManager em, Object... objects) {
    for (Object target : objects) {
      for (Class<?> c = target.getClass(); c != Object.class; c = c.getSuperclass()) {
        for (Field f : c.getDeclaredFields()) {
          if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isFinal(f.getModifiers())) {
            set(target, f, fitting(f.getType(), em, objects));
          }
        }
      }
    }
  }

  private static Object fitting(Class<?> type, EntityManager em, Object[] objects) {
    if (type.isInstance(em)) {
      return em;
    }
    for (Object o : objects) {
      if (type.isInstance(o)) {
        return o;
      }
    }
    return null;
  }

  private static void set(Object target, Field f, Object value) {
    if (value == null) {
      return;
    }
    try {
      f.setAccessible(true);
      f.set(target, value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(f.toString(), e);
    }
  }
}
