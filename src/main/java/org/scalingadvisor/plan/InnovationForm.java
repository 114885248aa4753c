package org.scalingadvisor.plan;

/** What kind of thing the innovation is: a way of working, a service, or a product sold or procured. */
public enum InnovationForm {
    PRACTICE,
    SERVICE,
    PRODUCT
}
