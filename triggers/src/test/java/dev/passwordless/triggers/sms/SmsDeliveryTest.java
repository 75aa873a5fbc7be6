package dev.passwordless.triggers.sms;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.passwordless.rules.MovableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmsDeliveryTest {

	private final MovableClock clock = MovableClock.stoppedAt(Instant.parse("2026-11-25T10:00:00Z"));

	private final List<String> sent = new ArrayList<>();

	private final List<Duration> waits = new ArrayList<>();

	private Duration publishTakes = Duration.ofMillis(80);

	private boolean publishFails;

	private final SmsDelivery delivery = new SmsDelivery(this::publish, this.waits::add, this.clock, new Random(7));

	@Test
	void imitateWhenNothingWasSentYetThenWaitsTheFirstGuessAndSendsNothing() {
		this.delivery.imitate();
		assertThat(this.waits).containsExactly(SmsDelivery.FIRST_GUESS);
		assertThat(this.sent).isEmpty();
	}

	@Test
	void imitateWhenCodesWereSentThenWaitsAsLongAsOneOfThemTook() {
		this.delivery.send("+14155550123", "code 1");
		this.publishTakes = Duration.ofMillis(120);
		this.delivery.send("+14155550123", "code 2");
		for (int i = 0; i < 50; i++) {
			this.delivery.imitate();
		}
		assertThat(this.waits).containsOnly(Duration.ofMillis(80), Duration.ofMillis(120))
			.contains(Duration.ofMillis(80), Duration.ofMillis(120));
		assertThat(this.sent).hasSize(2);
	}

	@Test
	void imitateWhenManyCodesWereSentThenDrawsOnlyFromTheRecentOnes() {
		this.publishTakes = Duration.ofSeconds(5);
		this.delivery.send("+14155550123", "slow, long ago");
		this.publishTakes = Duration.ofMillis(40);
		for (int i = 0; i < SmsDelivery.REMEMBERED; i++) {
			this.delivery.send("+14155550123", "code");
		}
		for (int i = 0; i < 200; i++) {
			this.delivery.imitate();
		}
		assertThat(this.waits).containsOnly(Duration.ofMillis(40));
	}

	@Test
	void imitateWhenTheSendImitatedFailedThenFailsTheSameWay() {
		this.publishFails = true;
		assertThatThrownBy(() -> this.delivery.send("+14155550123", "code")).isInstanceOf(SmsDeliveryException.class);
		assertThatThrownBy(this.delivery::imitate).isInstanceOf(SmsDeliveryException.class)
			.hasMessage("refusal=SMS_FAILED");
		assertThat(this.waits).containsExactly(Duration.ofMillis(80));
	}

	@Test
	void imitateWhenThePauseOversleepsThenAsksForLessNextTime() {
		SmsDelivery oversleeping = new SmsDelivery(this::publish, (duration) -> {
			this.waits.add(duration);
			this.clock.advance(duration.plusMillis(8));
		}, this.clock, new Random(7));
		oversleeping.send("+14155550123", "code");
		for (int i = 0; i < 40; i++) {
			oversleeping.imitate();
		}
		assertThat(this.waits.getFirst()).isEqualTo(Duration.ofMillis(80));
		assertThat(this.waits.getLast()).isBetween(Duration.ofMillis(72), Duration.ofMillis(73));
	}

	@Test
	void pauseWhenTheThreadIsInterruptedThenReturnsAtOnceAndKeepsTheInterrupt() {
		Thread.currentThread().interrupt();
		Pause.sleeping().pause(Duration.ofHours(1));
		assertThat(Thread.interrupted()).isTrue();
	}

	private void publish(String phoneNumber, String text) {
		this.clock.advance(this.publishTakes);
		if (this.publishFails) {
			throw new SmsDeliveryException(new RuntimeException("SnsException"));
		}
		this.sent.add(text);
	}

}
