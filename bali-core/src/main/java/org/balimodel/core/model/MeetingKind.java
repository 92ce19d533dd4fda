package org.balimodel.core.model;

/** The kinds of event the Bali Process holds. */
public enum MeetingKind {
  /** A Bali Process Ministerial Conference. */
  MINISTERIAL_CONFERENCE,
  /** A senior officials' meeting, such as the Ad Hoc Group Senior Officials' Meeting (AHG SOM). */
  SENIOR_OFFICIALS_MEETING,
  /** A meeting of the Steering Group, at senior-officials or ministerial level. */
  STEERING_GROUP_MEETING,
  /** The annual (or other) meeting of a working group, experts group or task force. */
  WORKING_GROUP_MEETING,
  /** A table-top exercise that rehearses a response to a scenario. */
  TABLE_TOP_EXERCISE,
  /** A Policy Experts' Gathering (PEG). */
  POLICY_EXPERTS_GATHERING,
  /** A webinar. */
  WEBINAR,
  /** A dialogue, such as the 20th Anniversary Constructive Dialogue. */
  DIALOGUE,
  /** A forum, such as the RSO's Border Cooperation in Practice and Technology Forum. */
  FORUM,
  /** A consultation or innovation session, such as the GABF's sector sessions. */
  CONSULTATION_SESSION,
  /** A workshop or training event. */
  WORKSHOP,
  /** A meeting of the Consultation Mechanism (first held in Jakarta, 13 October 2017). */
  CONSULTATION_MECHANISM_MEETING,
  /** A meeting of a task force, such as the TFPP. */
  TASK_FORCE_MEETING,
  /** A special conference called outside the regular series. */
  SPECIAL_CONFERENCE,
  /** A meeting outside the Bali Process: a UN summit, a global meeting of regional consultative processes. */
  EXTERNAL_MEETING
}
