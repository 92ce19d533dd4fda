package org.balimodel.core.model;

/** The kinds of outcome document a Bali Process meeting issues. */
public enum StatementKind {
  /** A co-chairs' statement: the co-chairs' record of a meeting, the usual outcome of an AHG SOM. */
  CO_CHAIRS_STATEMENT,
  /** A joint statement agreed by the participants. */
  JOINT_STATEMENT,
  /** A declaration adopted by ministers. */
  DECLARATION,
  /** A chair's or co-chairs' summary. */
  SUMMARY
}
