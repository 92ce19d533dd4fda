package org.balimodel.core.model;

/** The standing of a participant in the Bali Process. */
public enum MemberStatus {
  /** A full member: takes part in the forum's decisions. */
  MEMBER,
  /** An observer: attends and may speak, but is not a member. */
  OBSERVER
}
