package org.reachable.domain.text.forwarding;

/**
 * Draws a text (a forwarding code's {@code tel:} link) as a QR code a phone's camera opens, so the
 * user need not type {@code **21*+31612345678#} on a phone keypad. A port: the encoder is an
 * adapter's library, a screen only needs the modules to paint.
 */
public interface QrCodes {

    /**
     * The code's modules, {@code [row][column]}, true for dark, with the quiet zone of four modules
     * on each side that scanners need.
     */
    boolean[][] matrix(String text);
}
