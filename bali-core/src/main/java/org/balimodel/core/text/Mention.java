package org.balimodel.core.text;

import org.balimodel.core.register.EntityKind;

/**
 * An entity a span of text names: its kind, its identifier in the register or the draft, and where
 * the name stands in the span.
 *
 * @param kind the kind of entity
 * @param id its identifier
 * @param start where the name starts in the span
 * @param end where it ends
 */
record Mention(EntityKind kind, String id, int start, int end) {}
