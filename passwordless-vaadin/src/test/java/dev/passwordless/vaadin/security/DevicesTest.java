package dev.passwordless.vaadin.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.passwordless.rules.MovableClock;
import dev.passwordless.vaadin.store.InMemoryDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Sign out this device": only the person's own device, its refresh token revoked at
 * Cognito, and a session tied to it ends once its record is gone.
 */
class DevicesTest {

	private static final MasterKey KEY = MasterKey.resolve("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", false,
			Optional.empty());

	private final MovableClock clock = MovableClock.stoppedAt(Instant.parse("2026-12-06T10:00:00Z"));

	private final List<String> revoked = new ArrayList<>();

	private InMemoryDatabase pool;

	private RememberMeRecords records;

	private Devices devices;

	@BeforeEach
	void database() {
		this.pool = InMemoryDatabase.open("devices");
		this.records = new RememberMeRecords(this.pool.database(), KEY);
		this.devices = new Devices(this.records, new RefreshedSignIn() {
			@Override
			public Restored restore(String username, String refreshToken) {
				throw new UnsupportedOperationException();
			}

			@Override
			public void revoke(String refreshToken) {
				DevicesTest.this.revoked.add(refreshToken);
			}
		}, this.clock);
		this.records.create("phone", "ada", "t1", this.clock.instant(), this.clock.instant().plusSeconds(3600),
				"phone-refresh", "phone browser");
		this.records.create("laptop", "ada", "t2", this.clock.instant(), this.clock.instant().plusSeconds(3600),
				"laptop-refresh", "laptop browser");
	}

	@AfterEach
	void close() {
		this.pool.close();
	}

	@Test
	void ofWhenAskedFromOneOfThemThenThatOneIsTheCurrentDevice() {
		assertThat(this.devices.of("ada", "laptop")).extracting(Devices.Device::id, Devices.Device::current)
			.containsExactlyInAnyOrder(org.assertj.core.api.Assertions.tuple("phone", false),
					org.assertj.core.api.Assertions.tuple("laptop", true));
	}

	@Test
	void signOutWhenTheDeviceIsTheirsThenRevokedGoneAndItsSessionEndsAtOnce() {
		assertThat(this.devices.stillSignedIn("phone")).isTrue();

		assertThat(this.devices.signOut("ada", "phone")).isTrue();

		assertThat(this.revoked).containsExactly("phone-refresh");
		assertThat(this.devices.stillSignedIn("phone")).as("not kept from before").isFalse();
		assertThat(this.devices.of("ada", null)).extracting(Devices.Device::id).containsExactly("laptop");
	}

	@Test
	void signOutWhenTheDeviceIsSomeoneElsesThenNothingChanges() {
		assertThat(this.devices.signOut("grace", "phone")).isFalse();

		assertThat(this.revoked).isEmpty();
		assertThat(this.devices.of("ada", null)).hasSize(2);
	}

	@Test
	void stillSignedInWhenTheRecordWentOnAnotherInstanceThenNoticedWithinTheCacheTime() {
		assertThat(this.devices.stillSignedIn("phone")).isTrue();
		this.records.remove("phone");

		this.clock.advance(Duration.ofSeconds(Devices.CACHE_SECONDS));
		assertThat(this.devices.stillSignedIn("phone")).isFalse();
	}

	@Test
	void stillSignedInWhenTheDatabaseCannotBeReadThenTheSessionGoesOn() {
		this.pool.close();

		assertThat(this.devices.stillSignedIn("laptop")).isTrue();
	}

}
