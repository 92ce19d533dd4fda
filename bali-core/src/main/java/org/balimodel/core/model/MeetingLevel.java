package org.balimodel.core.model;

/** The level at which a meeting is held: who sits at the table. */
public enum MeetingLevel {
  /** Ministers: the Ministerial Conference, a ministerial Steering Group meeting. */
  MINISTERIAL,
  /** Senior officials: the AHG SOM, the Senior Officials Steering Group. */
  SENIOR_OFFICIALS,
  /** Officials: working group and task force meetings. */
  OFFICIALS,
  /** Experts: technical experts groups, policy experts' gatherings, workshops. */
  EXPERTS
}
