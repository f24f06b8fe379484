/**
 * Deterministic generator of one month of sample reports (a CAR and a receipt report, formats.md
 * §1–2) in every layout and wording, with what it decided per employee. A feature of its own: it
 * depends on no other package of the app, and only the demo-data seeder (and the tests) use it.
 * The truth the tests compare against ({@code Expected}, the late receipt report and its truth)
 * lives beside the tests, in {@code src/test}, and is not shipped in the jar.
 */
@NullMarked
package com.ccp.sample;

import org.jspecify.annotations.NullMarked;
