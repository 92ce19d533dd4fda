package org.balimodel.core.model;

/** What kind of document a statement refers to. */
public enum InstrumentKind {
  /** A declaration adopted by ministers (the 2018 Ministerial Declaration, the Bali Declaration). */
  DECLARATION,
  /** A report, such as a working group's report to the Ad Hoc Group. */
  REPORT,
  /** A work plan or forward work plan of a body. */
  WORK_PLAN,
  /** A policy guide, such as the Policy Guide on Returns and Reintegration. */
  POLICY_GUIDE,
  /** An international treaty or protocol, such as the Smuggling of Migrants Protocol. */
  TREATY,
  /** A statement of a meeting, such as a co-chairs' statement. */
  STATEMENT,
  /** Any other document. */
  OTHER
}
