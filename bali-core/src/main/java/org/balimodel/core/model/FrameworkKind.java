package org.balimodel.core.model;

/** What kind of framework sets priorities for the Bali Process or one of its bodies. */
public enum FrameworkKind {
  /** A strategy for cooperation adopted by ministers (2018 Strategy for Cooperation, Adelaide Strategy 2023). */
  STRATEGY,
  /** A body's work plan, such as the GABF work plan. */
  WORK_PLAN,
  /** A set of recommendations, such as the GABF's AAA recommendations. */
  RECOMMENDATIONS
}
