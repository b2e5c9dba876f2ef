package org.reachable.domain.model;

/**
 * How Dutch texts address the client: informal <em>je</em> or formal <em>u</em>. English has one
 * form, so the register only changes the Dutch texts. No text mixes the two.
 */
public enum Register {
    JE, U
}
