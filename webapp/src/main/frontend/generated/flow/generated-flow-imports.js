import '@vaadin/vertical-layout/src/vaadin-vertical-layout.js';
import '@vaadin/button/src/vaadin-button.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';
import 'Frontend/generated/jar-resources/disableOnClickFunctions.js';
import '@vaadin/text-field/src/vaadin-text-field.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === 'b0b710c13e94554fa9ddc1a3c9e4db78de968d360e12ff36ae95db67f23ba5ac') {
    pending.push(import('./chunks/chunk-9df947632b3e42b0088a694d8dc1fa88218dc1c2229c50d3ae83914da61858fd.js'));
  }
  if (key === '167cc46808ff9592e74aa4ce63e782dc537661f79237dece83c519b656b7f85f') {
    pending.push(import('./chunks/chunk-7df48eae3185c3212d169067c1e45e4d4cbc51d3a83d0534fcc357a41dd584a9.js'));
  }
  if (key === 'aab94b6952c67bc209d387fb425f82881254cc5802c3ebbd880d6284437214d1') {
    pending.push(import('./chunks/chunk-7df48eae3185c3212d169067c1e45e4d4cbc51d3a83d0534fcc357a41dd584a9.js'));
  }
  if (key === '99fe7fde9c8af83fbaac07e7f4052ae6e00a1597b59e4052c0e4a86cf2db135a') {
    pending.push(import('./chunks/chunk-9df947632b3e42b0088a694d8dc1fa88218dc1c2229c50d3ae83914da61858fd.js'));
  }
  return Promise.all(pending);
}

window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}