/**
 * @deprecated Use `./vaadin-grid/treeGridConnector.ts` instead. This entrypoint
 * is kept for backwards compatibility and is removed in the next major version.
 */
import './vaadin-grid/treeGridConnector.ts';
