/**
 * Internal helpers of the signature code (base58btc, strict JSON reading, JSON.stringify-style writing).
 * Not API: exported only to sibling microcred modules and may change without notice.
 */
package org.microcred.json.proof.internal;
