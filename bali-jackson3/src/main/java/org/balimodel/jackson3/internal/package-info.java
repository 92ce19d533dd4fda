/**
 * The Jackson 3 reader and writer behind {@link org.balimodel.jackson3.BaliJacksonModule}; not API.
 */
package org.balimodel.jackson3.internal;
