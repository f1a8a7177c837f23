package org.pragma.web.faces;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * Lets pages read record components as properties ({@code #{study.code}}), which Jakarta EL 5
 * (EE 10) cannot do by itself; EL 6 ships the same resolver. Records stay read-only.
 */
public class RecordELResolver extends ELResolver {
  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    RecordComponent component = componentOf(base, property);
    if (component == null) {
      return null;
    }
    try {
      Object value = component.getAccessor().invoke(base);
      context.setPropertyResolved(base, property);
      return value;
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Cannot read " + property + " of " + base.getClass().getSimpleName(), e);
    }
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    RecordComponent component = componentOf(base, property);
    if (component == null) {
      return null;
    }
    context.setPropertyResolved(base, property);
    return null; // read-only: EL 5 expects null for non-writable properties
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (componentOf(base, property) != null) {
      throw new PropertyNotWritableException(property + " of a record cannot be changed");
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    if (componentOf(base, property) == null) {
      return false;
    }
    context.setPropertyResolved(base, property);
    return true;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base != null && base.getClass().isRecord() ? String.class : null;
  }

  private static RecordComponent componentOf(Object base, Object property) {
    if (base == null || property == null || !base.getClass().isRecord()) {
      return null;
    }
    String name = property.toString();
    for (RecordComponent c : base.getClass().getRecordComponents()) {
      if (c.getName().equals(name)) {
        return c;
      }
    }
    return null;
  }
}
