/**
 * What credential and token providers share: the cache that refreshes an identity before it
 * expires ({@link io.boto4j.core.internal.identity.RefreshingCache}) and the chain that asks
 * sources in order ({@link io.boto4j.core.internal.identity.ProviderChain}). Not exported.
 */
package io.boto4j.core.internal.identity;
