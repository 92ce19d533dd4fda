package org.balimodel.core.model;

/** The kinds of organ the Bali Process has. */
public enum BodyKind {
  /** The Bali Process Ministerial Conference (BPMC), its highest level. */
  MINISTERIAL_CONFERENCE,
  /** The Steering Group, which sets the agenda; meets at senior-officials and ministerial level. */
  STEERING_GROUP,
  /** The Ad Hoc Group (AHG), which meets as the Ad Hoc Group Senior Officials' Meeting. */
  AD_HOC_GROUP,
  /** A working group, such as WG-TIP or WG-D, reporting to the Ad Hoc Group. */
  WORKING_GROUP,
  /** A technical experts group, such as TEG-RR. */
  TECHNICAL_EXPERTS_GROUP,
  /** A task force, such as the TFPP. */
  TASK_FORCE,
  /** The Government and Business Forum (GABF), bringing governments and the private sector together. */
  BUSINESS_FORUM,
  /** The Regional Support Office (RSO) in Bangkok. */
  SUPPORT_OFFICE,
  /** The Consultation Mechanism, convened to consult on an emergency or irregular movement. */
  CONSULTATION_MECHANISM,
  /** The Bali Process itself, the regional forum founded in 2002, as an entity statements refer to. */
  FORUM
}
