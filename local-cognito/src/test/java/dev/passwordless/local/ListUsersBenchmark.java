package dev.passwordless.local;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;

/**
 * Benchmark of the administration view's first page: ListUsers with {@code Limit 60},
 * without a filter and with a name prefix, against an in-memory pool of 10,000 users,
 * through the real SDK (signed, as an administrator's client is). Each figure is also
 * given as a ratio to AdminGetUser measured in the same run, interleaved, so the ratio
 * holds on a busy machine. Not a test. Run with
 * {@code local-cognito/bench/list-users.sh}.
 */
public final class ListUsersBenchmark {

	private static final String[] FIRST_NAMES = { "Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances",
			"John", "Margaret", "Ken", "Radia", "Tim", "Hedy", "Dennis", "Katherine", "Linus", "Sophie", "Niklaus",
			"Shafi", "Leslie" };

	private ListUsersBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int users = (args.length > 0) ? Integer.parseInt(args[0]) : 10_000;
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 500;
		try (LocalCognito cognito = LocalCognito
			.start(LocalCognitoConfig.inMemory().echoSms(false).triggerHandler("PreSignUp", "").build())) {
			PoolClient client = new PoolClient(cognito.pool());
			String pool = cognito.pool().userPoolId();
			long filling = System.nanoTime();
			for (int i = 0; i < users; i++) {
				String phone = phone(i);
				String name = FIRST_NAMES[i % FIRST_NAMES.length] + " User" + i;
				client.cognito.adminCreateUser((request) -> request.userPoolId(pool)
					.username(phone)
					.messageAction(MessageActionType.SUPPRESS)
					.userAttributes((attribute) -> attribute.name("name").value(name)));
			}
			System.out.printf("%d users created with AdminCreateUser in %.1f s%n", users,
					(System.nanoTime() - filling) / 1e9);
			Map<String, Runnable> calls = new LinkedHashMap<>();
			int[] next = { 0 };
			calls.put("AdminGetUser (baseline)", () -> client.cognito
				.adminGetUser((request) -> request.userPoolId(pool).username(phone(next[0]++ * 7919 % users))));
			calls.put("ListUsers, Limit 60", () -> expect60(
					client.cognito.listUsers((request) -> request.userPoolId(pool).limit(60)).users().size()));
			calls.put("ListUsers, Limit 60, name ^= \"Ada\"",
					() -> expect60(client.cognito
						.listUsers((request) -> request.userPoolId(pool).limit(60).filter("name ^= \"Ada\""))
						.users()
						.size()));
			calls.put("ListUsers, Limit 60, status = \"Enabled\"",
					() -> expect60(client.cognito
						.listUsers((request) -> request.userPoolId(pool).limit(60).filter("status = \"Enabled\""))
						.users()
						.size()));
			Map<String, List<Long>> times = new LinkedHashMap<>();
			calls.keySet().forEach((name) -> times.put(name, new ArrayList<>()));
			for (int round = 0; round < rounds + 200; round++) {
				for (Map.Entry<String, Runnable> call : calls.entrySet()) {
					long start = System.nanoTime();
					call.getValue().run();
					if (round >= 200) {
						times.get(call.getKey()).add(System.nanoTime() - start);
					}
				}
			}
			double baseline = percentile(times.get("AdminGetUser (baseline)"), 50);
			System.out.printf("%d users, %d rounds after 200 of warm-up, interleaved:%n", users, rounds);
			times.forEach((name, list) -> System.out.printf("  %-42s p50 %6.2f ms  p95 %6.2f ms  %5.1fx AdminGetUser%n",
					name, percentile(list, 50), percentile(list, 95), percentile(list, 50) / baseline));
		}
	}

	private static void expect60(int size) {
		if (size != 60) {
			throw new IllegalStateException("expected a full page of 60, got " + size);
		}
	}

	private static String phone(int i) {
		return "+1415" + String.format("%07d", i);
	}

	private static double percentile(List<Long> times, int percentile) {
		List<Long> sorted = new ArrayList<>(times);
		Collections.sort(sorted);
		int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index)) / 1e6;
	}

}
