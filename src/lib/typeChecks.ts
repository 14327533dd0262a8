/**
 * Type-level checks that a schema in src/data reads exactly (or at least) lib's plain domain
 * types (docs/ARCHITECTURE.md §1). Types only: nothing here exists at run time.
 */

/** true when A and B are the same type. */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** true when every A is a B. */
export type Fits<A, B> = [A] extends [B] ? true : false;
/** Compiles only for `true`: `Holds<Same<X, Y>>` is a type error when X and Y drift apart. */
export type Holds<T extends true> = T;
