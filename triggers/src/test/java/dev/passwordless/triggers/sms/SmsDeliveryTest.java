package dev.passwordless.triggers.sms;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

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
	void imitateWhenForARetryAndTheSendImitatedFailedThenWaitsAlikeButDoesNotFail() {
		this.publishFails = true;
		assertThatThrownBy(() -> this.delivery.send("+14155550123", "code")).isInstanceOf(SmsDeliveryException.class);
		List<Boolean> reached = new ArrayList<>();

		this.delivery.imitate(Duration.ofMinutes(1), reached::add, false);

		assertThat(this.waits).containsExactly(Duration.ofMillis(80));
		assertThat(reached).containsExactly(false);
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

	@Test
	void sendWhenItEndsBeforeTheCheckpointThenTheCheckpointIsReachedOnceAtItsEnd() {
		List<Boolean> reached = new CopyOnWriteArrayList<>();
		this.delivery.send("+14155550123", "code", Duration.ofMinutes(1), reached::add);
		assertThat(reached).containsExactly(false);
		assertThat(this.sent).hasSize(1);
	}

	@Test
	void sendWhenStillUnderWayAtTheCheckpointThenItIsReachedOnceWhileTheSendWaits() {
		List<Boolean> reached = new CopyOnWriteArrayList<>();
		CountDownLatch checkpoint = new CountDownLatch(1);
		SmsDelivery slow = new SmsDelivery((phone, text) -> {
			try {
				// SNS answers only once the checkpoint was reached: not a wait for time
				assertThat(checkpoint.await(10, TimeUnit.SECONDS)).isTrue();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.sent.add(text);
		}, this.waits::add, this.clock, new Random(7));
		slow.send("+14155550123", "code", Duration.ZERO, (underWay) -> {
			reached.add(underWay);
			checkpoint.countDown();
		});
		assertThat(reached).containsExactly(true);
		assertThat(this.sent).hasSize(1);
	}

	@Test
	void imitateWhenTheImitatedSendIsLongerThanTheCheckpointThenPausesUpToItReachesItAndPausesTheRest() {
		List<String> steps = new ArrayList<>();
		SmsDelivery noting = new SmsDelivery(this::publish, (duration) -> steps.add("pause " + duration.toMillis()),
				this.clock, new Random(7));
		noting.send("+14155550123", "code");
		noting.imitate(Duration.ofMillis(30), (underWay) -> steps.add("checkpoint " + underWay));
		noting.imitate(Duration.ofMillis(100), (underWay) -> steps.add("checkpoint " + underWay));
		assertThat(steps).containsExactly("pause 30", "checkpoint true", "pause 50", "pause 80", "checkpoint false");
	}

	@Test
	void sendWhenTheInvocationIsEndedDuringTheSendThenTheCutShortSendIsNeitherImitatedNorCheckpointed() {
		List<Boolean> reached = new CopyOnWriteArrayList<>();
		SmsDelivery ended = new SmsDelivery((phone, text) -> {
			this.clock.advance(Duration.ofSeconds(5));
			// the host's time-out interrupts the invocation; the SDK gives up
			Thread.currentThread().interrupt();
			throw new SmsDeliveryException(new RuntimeException("AbortedException"));
		}, this.waits::add, this.clock, new Random(7));
		assertThatThrownBy(() -> ended.send("+14155550123", "code", Duration.ofMinutes(1), reached::add))
			.isInstanceOf(SmsDeliveryException.class);
		assertThat(Thread.interrupted()).isTrue();
		ended.imitate();
		assertThat(this.waits).containsExactly(SmsDelivery.FIRST_GUESS);
		assertThat(reached).isEmpty();
	}

	private void publish(String phoneNumber, String text) {
		this.clock.advance(this.publishTakes);
		if (this.publishFails) {
			throw new SmsDeliveryException(new RuntimeException("SnsException"));
		}
		this.sent.add(text);
	}

}
