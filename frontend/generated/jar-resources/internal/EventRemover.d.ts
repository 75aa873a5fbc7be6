/** Mirrors elemental.events.EventRemover. */
export interface EventRemover {
    remove(): void;
}
