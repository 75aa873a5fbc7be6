package dev.passwordless.triggers.limits;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.passwordless.rules.InMemorySendLimitStore;
import dev.passwordless.rules.MovableClock;
import dev.passwordless.triggers.settings.Secrets;
import dev.passwordless.triggers.settings.TestSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmsSendCheckTest {

	private static final String SECRET = "test-send-limit-key-of-at-least-32-chars";

	private final MovableClock clock = MovableClock.stoppedAt(Instant.parse("2026-11-25T10:00:00Z"));

	private final InMemorySendLimitStore store = new InMemorySendLimitStore(this.clock);

	@Test
	void keyForWhenTheSecretOrTheNumberDiffersThenTheKeyDiffersAndNeverShowsTheNumber() {
		String key = check(SECRET).keyFor("+14155550123");
		String otherSecret = check(SECRET + "x").keyFor("+14155550123");
		assertThat(key).startsWith("n#").doesNotContain("4155550123").isNotEqualTo(otherSecret);
		assertThat(check(SECRET).keyFor("+14155550124")).isNotEqualTo(key);
	}

	@Test
	void admitWhenTheBudgetIsSoSmallThatBothSharesAreOneSmsThenTheFirstCodeReportsBoth() {
		SmsSendCheck check = new SmsSendCheck(TestSettings.from(Map.of("DAILY_SMS_BUDGET", "1")), this.store,
				Secrets.hmacKey(Map.of("SEND_LIMIT_KEY", SECRET), "SEND_LIMIT_KEY"), this.clock);
		List<Integer> reached = new ArrayList<>();
		assertThat(check.admit("user", "+14155550123", true, reached::add)).isEmpty();
		assertThat(reached).containsExactly(50, 80);
	}

	@Test
	void admitWhenOnlyTheReserveIsLeftThenANumberThatSignedInBeforeIsAdmittedAndANewOneIsNot() {
		SmsSendCheck check = new SmsSendCheck(TestSettings.from(Map.of("DAILY_SMS_BUDGET", "2")), this.store,
				Secrets.hmacKey(Map.of("SEND_LIMIT_KEY", SECRET), "SEND_LIMIT_KEY"), this.clock);
		BudgetAlarm ignored = (percent) -> {
		};
		assertThat(check.admit("a", "+14155550101", false, ignored)).isEmpty();
		assertThat(check.admit("b", "+14155550102", false, ignored)).contains(SmsSendCheck.Withheld.BUDGET_RESERVED);
		assertThat(check.admit("c", "+14155550103", true, ignored)).isEmpty();
	}

	private SmsSendCheck check(String secret) {
		return new SmsSendCheck(TestSettings.defaults(), this.store,
				Secrets.hmacKey(Map.of("SEND_LIMIT_KEY", secret), "SEND_LIMIT_KEY"), this.clock);
	}

}
