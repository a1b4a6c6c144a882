/**
 * Internal helpers shared by microcred's own modules (exported only to {@code org.microcred.json},
 * {@code org.microcred.xml} and {@code org.microcred.testkit}). Not API: may change without notice.
 */
package org.microcred.core.internal;
