package org.pragma.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.Objects;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages, printing a message whose summary and detail are the same text once (on every
 * page's {@code p:messages}, whatever its showSummary/showDetail): Pragma's messages are one sentence,
 * and Faces' own (a required field, a value that is not a number) repeat it as summary and detail.
 */
public class OnceMessagesRenderer extends MessagesRenderer {
  @Override
  protected void encodeMessage(ResponseWriter writer, Messages component, FacesMessage message, String styleClassPrefix,
      boolean escape) throws IOException {
    boolean same = Objects.equals(message.getSummary(), message.getDetail());
    component.setSkipDetailIfEqualsSummary(same && component.isShowSummary());
    super.encodeMessage(writer, component, message, styleClassPrefix, escape);
  }
}
