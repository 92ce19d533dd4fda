/**
 * What the validator and the text importer share and users do not: how a clause's operative verb
 * is found. Not exported.
 */
package org.balimodel.core.internal;
