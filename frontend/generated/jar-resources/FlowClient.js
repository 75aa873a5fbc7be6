import { onModuleLoad } from './internal/client/bootstrap/Bootstrapper';

export function init() {
  onModuleLoad();
}
