package org.pragma.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages as a list a screen reader can read as one. PrimeFaces 15 writes each message
 * as {@code <li role="alert">} inside a {@code <ul>}: the role takes the item out of the list, which
 * WCAG 1.3.1 (axe-core's "list" rule) counts as a broken list. The messages' container is already a
 * live region ({@code aria-live}), so a new message is still announced without the role on the item.
 * Each message is also printed once ({@link OnceMessagesRenderer}).
 */
public class ListedMessagesRenderer extends OnceMessagesRenderer {
  @Override
  protected void encodeMessage(ResponseWriter writer, Messages messages, FacesMessage message, String severity, boolean escape)
      throws IOException {
    super.encodeMessage(new ResponseWriterWrapper(writer) {
      @Override
      public void writeAttribute(String name, Object value, String property) throws IOException {
        if (!"role".equals(name)) {
          super.writeAttribute(name, value, property);
        }
      }
    }, messages, message, severity, escape);
  }
}
