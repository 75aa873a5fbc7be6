package dev.passwordless.triggers.snapstart;

import java.util.List;
import java.util.Map;

import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * One handler's SnapStart runtime hooks (CRaC, through {@code org.crac}: on Lambda the
 * runtime calls them; elsewhere registering is a no-op). Before the snapshot it primes:
 * it runs the handler's real request path with requests that change nothing, so that
 * classes, signing, marshalling and JSON are loaded and warm in the snapshot; a priming
 * step that fails is logged and skipped, since an unprimed function still works. After a
 * restore it renews what must differ between the environments restored from one snapshot
 * (the random generator, the credentials); that failing fails the restore.
 *
 * <p>
 * The runtime holds resources weakly: the handler keeps its hooks in a field.
 *
 * @see "docs/decisions/002-snapstart-priming-and-fewer-round-trips.md"
 */
public final class SnapStartHooks implements Resource {

	/** The variable Lambda sets to how it initialises the execution environment. */
	public static final String INITIALIZATION_TYPE = "AWS_LAMBDA_INITIALIZATION_TYPE";

	/** Its value when the environment is initialised for a SnapStart snapshot. */
	public static final String SNAP_START = "snap-start";

	/** The renewal of a handler with nothing to renew. */
	public static final Runnable NOTHING_TO_RENEW = () -> {
	};

	private final String trigger;

	private final Runnable renew;

	private final List<Runnable> priming;

	private SnapStartHooks(String trigger, Runnable renew, List<Runnable> priming) {
		this.trigger = trigger;
		this.renew = renew;
		this.priming = priming;
	}

	/**
	 * Makes a handler's hooks and, when the environment is being initialised for a
	 * SnapStart snapshot, registers them with the global CRaC context. Elsewhere they are
	 * not registered: the registration (a proxy per resource) would only cost start-up
	 * time.
	 * @param trigger the trigger's name, for the log
	 * @param environment the function's environment, whose {@value #INITIALIZATION_TYPE}
	 * is {@value #SNAP_START} under SnapStart
	 * @param renew what makes a restored environment unique
	 * @param priming the steps run before the snapshot, each on its own (one failing does
	 * not stop the others); none may send or write anything
	 * @return the hooks, for the handler to keep
	 */
	public static SnapStartHooks register(String trigger, Map<String, String> environment, Runnable renew,
			Runnable... priming) {
		SnapStartHooks hooks = new SnapStartHooks(trigger, renew, List.of(priming));
		if (isSnapStart(environment)) {
			Core.getGlobalContext().register(hooks);
		}
		return hooks;
	}

	/**
	 * Whether Lambda is initialising this environment for a SnapStart snapshot.
	 * @param environment the function's environment
	 * @return whether its {@value #INITIALIZATION_TYPE} is {@value #SNAP_START}
	 */
	public static boolean isSnapStart(Map<String, String> environment) {
		return SNAP_START.equals(environment.get(INITIALIZATION_TYPE));
	}

	@Override
	public void beforeCheckpoint(Context<? extends Resource> context) {
		for (Runnable step : this.priming) {
			try {
				step.run();
			}
			catch (RuntimeException | LinkageError ex) {
				System.out.println("{\"trigger\":\"" + this.trigger + "\",\"outcome\":\"priming-failed:"
						+ ex.getClass().getSimpleName() + "\"}");
			}
		}
	}

	@Override
	public void afterRestore(Context<? extends Resource> context) {
		this.renew.run();
	}

}
