package dev.passwordless.triggers.snapstart;

import java.security.SecureRandom;
import java.util.function.Supplier;

/**
 * The {@link SecureRandom} behind codes, salts, decoys and the padding's draw, in one
 * place so that it can be renewed: SnapStart restores many execution environments from
 * one snapshot, and a generator made before the snapshot would be the same object, in the
 * same state, in all of them. {@link #renew()} (run after every restore) swaps in a fresh
 * instance, which seeds itself from the operating system of the environment it runs in.
 * Every user asks {@link #get()} at each use, never keeps the instance.
 *
 * @see "docs/decisions/002-snapstart-priming-and-fewer-round-trips.md"
 */
public final class Entropy implements Supplier<SecureRandom> {

	private final Supplier<SecureRandom> source;

	private volatile SecureRandom current;

	/** A fresh {@code new SecureRandom()} now and after each restore. */
	public Entropy() {
		this(SecureRandom::new);
	}

	/**
	 * @param source makes a generator now and at each {@link #renew()}
	 */
	public Entropy(Supplier<SecureRandom> source) {
		this.source = source;
		this.current = source.get();
	}

	/** One generator for tests: {@link #renew()} keeps it. */
	public static Entropy fixed(SecureRandom random) {
		return new Entropy(() -> random);
	}

	/** The generator to use now. */
	@Override
	public SecureRandom get() {
		return this.current;
	}

	/** Replaces the generator with a fresh one (after a SnapStart restore). */
	public void renew() {
		this.current = this.source.get();
	}

}
