package org.balimodel.core.model;

/** The kinds of outcome document a Bali Process meeting, or the people who led it, issue. */
public enum StatementKind {
  /**
   * A co-chairs' statement: the co-chairs' record of a meeting, the usual outcome of an AHG SOM, a
   * plenary SOM, a Ministerial Conference, a task force or working group meeting.
   */
  CO_CHAIRS_STATEMENT,
  /**
   * A joint statement: issued after a meeting by named people or members (the two co-chairing
   * foreign ministers after the 2017 Consultation Mechanism meeting), often days later.
   */
  JOINT_STATEMENT,
  /** A declaration adopted by ministers, other than one titled "Ministerial Declaration". */
  DECLARATION,
  /** A ministerial declaration: the 2018 Ministerial Declaration, the 2016 Bali Declaration. */
  MINISTERIAL_DECLARATION,
  /** A chair's or co-chairs' summary. */
  SUMMARY,
  /** A statement of a task force or working group in its own name. */
  BODY_STATEMENT,
  /** A communiqué or press statement. */
  COMMUNIQUE
}
