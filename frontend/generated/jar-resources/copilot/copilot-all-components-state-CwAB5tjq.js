import { n as e } from "./chunk-DiqZc92J.js";
import { dt as t, ut as n } from "./icons-wGoYEurg.js";
//#region frontend/copilot/shared/copilot-all-components-state.ts
var r, i, a = e((() => {
	n(), r = class {
		constructor() {
			this.status = "idle", this.allComponentsViewExists = !1, t(this);
		}
		setStatus(e) {
			this.status = e;
		}
		setAllComponentsViewExists(e) {
			this.allComponentsViewExists = e;
		}
	}, i = new r();
}));
//#endregion
export { a as n, i as t };
