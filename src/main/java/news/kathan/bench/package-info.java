/**
 * What the benchmark (bench/) needs inside the service: the hand-written floor that Kathan's serving is measured
 * against. Switched off unless a benchmark asks for it.
 */
@NullMarked
package news.kathan.bench;

import org.jspecify.annotations.NullMarked;
