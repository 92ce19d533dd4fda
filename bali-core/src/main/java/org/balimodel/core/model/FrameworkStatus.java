package org.balimodel.core.model;

/** Where a framework stands: a draft can be referred to before it is adopted. */
public enum FrameworkStatus {
  /** A draft under discussion, not yet adopted. */
  DRAFT,
  /** Adopted and in force (subject to its dates). */
  ADOPTED,
  /** Replaced by another framework. */
  SUPERSEDED
}
