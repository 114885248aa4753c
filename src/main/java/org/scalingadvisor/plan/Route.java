package org.scalingadvisor.plan;

/** A route by which an innovation spreads. */
public enum Route {
    TRANSFER,
    ORGANISATIONAL_GROWTH,
    NETWORK,
    CHAIN_OR_FRANCHISE,
    SPIN_OUT,
    MANDATE,
    NATIONAL_PROGRAMME,
    MARKET_GROWTH
}
