/**
 * Deterministic generator of one month of sample reports (a CAR and a receipt report, formats.md
 * §1–2) together with the truth of what they contain, taken from the generator's own intent.
 * Used by tests, by the demo-data seeder and by the benchmark.
 */
@NullMarked
package com.ccp.sample;

import org.jspecify.annotations.NullMarked;
