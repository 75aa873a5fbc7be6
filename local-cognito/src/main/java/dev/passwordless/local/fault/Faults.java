package dev.passwordless.local.fault;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The faults the pool plays now, one per service at most; a fault is used up request by
 * request. Thread-safe.
 */
public final class Faults {

	private final Map<Fault.Target, Fault> active = new EnumMap<>(Fault.Target.class);

	/**
	 * Plays this fault from the next request on, in place of the service's earlier one.
	 */
	public synchronized void play(Fault fault) {
		this.active.put(fault.target(), fault);
	}

	/** Plays none any more. */
	public synchronized void clear() {
		this.active.clear();
	}

	/**
	 * The fault a request to this service meets, using one of its requests up.
	 * @return empty when the service answers as usual
	 */
	public synchronized Optional<Fault> next(Fault.Target target) {
		Fault fault = this.active.get(target);
		if (fault == null) {
			return Optional.empty();
		}
		if (fault.count() == 1) {
			this.active.remove(target);
		}
		else {
			this.active.put(target, new Fault(fault.target(), fault.kind(), fault.delay(), fault.count() - 1));
		}
		return Optional.of(fault);
	}

	/**
	 * What is played, as
	 * {@code {"faults":[{"target":"sns","kind":"slow","millis":6000,"count":1}]}} with
	 * the requests left as {@code count}.
	 */
	public synchronized ObjectNode describe() {
		ObjectNode root = JsonNodeFactory.instance.objectNode();
		ArrayNode list = root.putArray("faults");
		this.active.values().forEach((fault) -> {
			ObjectNode node = list.addObject()
				.put("target", fault.target().name().toLowerCase(Locale.ROOT))
				.put("kind", fault.kind().name().toLowerCase(Locale.ROOT));
			if (fault.kind() == Fault.Kind.SLOW) {
				node.put("millis", fault.delay().toMillis());
			}
			node.put("count", fault.count());
		});
		return root;
	}

	/**
	 * Waits as a slow answer does (an interrupt ends the wait and is kept).
	 * @param delay how long
	 */
	public static void delay(Duration delay) {
		try {
			Thread.sleep(delay);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
