package org.balimodel.core.model;

/** The capacity in which a participant attended a meeting. */
public enum ParticipantRole {
  /** As a member of the Bali Process (states, territories and member organisations). */
  MEMBER,
  /** As an observer of the Bali Process. */
  OBSERVER,
  /** As an invited guest: a partner organisation or a state that is neither member nor observer. */
  GUEST,
  /** As the host of the meeting, when the host is not otherwise a member attending (a partner). */
  HOST,
  /** As a body of the Bali Process, such as the Regional Support Office. */
  BODY
}
