package org.pragma.query;

import org.pragma.shared.FreeText;
import org.pragma.shared.Required;

/**
 * A query to raise: the patient (study ID), the visit (its code in the schedule), optionally the field it is
 * about ({@code visitOn}, an instrument code such as {@code ODI}, or one item such as {@code ODI.odi3}), and the
 * question for the clinic.
 */
public record NewQuery(
    @Required(message = "is required: the patient's study ID") @FreeText String patient,
    @Required(message = "is required: the visit's code") @FreeText String visit,
    @FreeText String field,
    @Required(message = "is required: what the clinic should check") @FreeText(max = QueryReply.MAX, multiline = true) String question) {}
