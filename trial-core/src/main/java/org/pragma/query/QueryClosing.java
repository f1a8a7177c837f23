package org.pragma.query;

import jakarta.validation.constraints.NotNull;
import org.pragma.shared.FreeText;

/** The data manager closes a query as resolved, with an optional note, on the version read. */
public record QueryClosing(
    @FreeText(max = QueryReply.MAX, multiline = true) String note,
    @NotNull(message = "is required: the version of the query you read") Long version) {}
